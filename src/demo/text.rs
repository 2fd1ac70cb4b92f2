//! Byte-level text facts about a file: its encoding, its line endings, line numbers, and a copy
//! with the comments blanked out so that declarations can be matched without being fooled by
//! commented-out lines.
//!
//! Everything works on bytes: a file may be GBK, and offsets must stay those of the file.

use super::model::{Language, LineEndings, TextEncoding};

/// The UTF-8 byte-order mark.
pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// What the first look at a file's bytes says about its encoding.
pub(crate) enum Sniffed {
    /// Text we can work on, in this encoding.
    Text(TextEncoding),
    /// UTF-16 (by byte-order mark or by the pattern of NUL bytes), decoded for a look inside.
    Utf16(String),
    /// NUL bytes in no UTF-16 pattern: a binary file.
    Binary,
}

/// Tells UTF-8 (with or without BOM), other ASCII-compatible encodings, UTF-16 and binary apart.
pub(crate) fn sniff_encoding(bytes: &[u8]) -> Sniffed {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Sniffed::Utf16(decode_utf16(rest, true));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Sniffed::Utf16(decode_utf16(rest, false));
    }
    if bytes.contains(&0) {
        // UTF-16 without a BOM: ASCII text puts its NULs on odd (LE) or even (BE) offsets; a
        // few on the other side are characters such as U+4E00 (`一`, `00 4E` in UTF-16LE).
        let head = &bytes[..bytes.len().min(4096)];
        let nul_at = |parity: usize| {
            head.iter()
                .enumerate()
                .filter(|(i, b)| **b == 0 && i % 2 == parity)
                .count()
        };
        let (odd, even) = (nul_at(1), nul_at(0));
        let pairs = head.len() / 2;
        return if odd * 8 >= pairs && even * 16 <= odd {
            Sniffed::Utf16(decode_utf16(bytes, true))
        } else if even * 8 >= pairs && odd * 16 <= even {
            Sniffed::Utf16(decode_utf16(bytes, false))
        } else {
            Sniffed::Binary
        };
    }
    if bytes.starts_with(UTF8_BOM) {
        return Sniffed::Text(TextEncoding::Utf8Bom);
    }
    if std::str::from_utf8(bytes).is_ok() {
        Sniffed::Text(TextEncoding::Utf8)
    } else {
        Sniffed::Text(TextEncoding::OtherAsciiCompatible)
    }
}

fn decode_utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Which line endings a file uses.
pub(crate) fn line_endings(bytes: &[u8]) -> LineEndings {
    let mut crlf = 0usize;
    let mut lf = 0usize;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' {
            if i > 0 && bytes[i - 1] == b'\r' {
                crlf += 1;
            } else {
                lf += 1;
            }
        }
    }
    match (crlf, lf) {
        (0, 0) => LineEndings::None,
        (_, 0) => LineEndings::Crlf,
        (0, _) => LineEndings::Lf,
        _ => LineEndings::Mixed,
    }
}

/// The 1-based line number of a byte offset.
pub(crate) fn line_of(bytes: &[u8], offset: usize) -> usize {
    // n line breaks before the offset make n + 1 pieces.
    bytes[..offset.min(bytes.len())]
        .split(|b| *b == b'\n')
        .count()
}

/// Whether a file looks minified: a line far longer than anyone writes by hand.
pub(crate) fn looks_minified(bytes: &[u8]) -> bool {
    const LONGEST_HAND_WRITTEN_LINE: usize = 4000;
    let mut start = 0;
    memchr::memchr_iter(b'\n', bytes)
        .chain(std::iter::once(bytes.len()))
        .any(|end| {
            let long = end - start > LONGEST_HAND_WRITTEN_LINE;
            start = end + 1;
            long
        })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lex {
    Code,
    LineComment,
    BlockComment(u32),
    Quoted(u8),
    TripleQuoted,
    Template,
}

/// A copy of `bytes` of the same length in which every comment byte (and every `\r`) is a space;
/// line breaks, strings and code are kept, so offsets and line numbers match the file.
pub(crate) fn blank_comments(bytes: &[u8], language: Language) -> Vec<u8> {
    let nested_block_comments = language == Language::Swift;
    let triple_quotes = matches!(
        language,
        Language::Java | Language::Kotlin | Language::Swift
    );
    let backtick_templates = language == Language::JavaScript;
    let mut out = bytes.to_vec();
    let mut state = Lex::Code;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        match state {
            Lex::Code => match (b, next) {
                (b'/', Some(b'/')) => {
                    state = Lex::LineComment;
                    out[i] = b' ';
                }
                (b'/', Some(b'*')) => {
                    state = Lex::BlockComment(1);
                    out[i] = b' ';
                    out[i + 1] = b' ';
                    i += 1;
                }
                (b'"', _) if triple_quotes && bytes[i..].starts_with(b"\"\"\"") => {
                    state = Lex::TripleQuoted;
                    i += 2;
                }
                (b'"' | b'\'', _) => state = Lex::Quoted(b),
                (b'`', _) if backtick_templates => state = Lex::Template,
                _ => {}
            },
            Lex::LineComment => {
                if b == b'\n' {
                    state = Lex::Code;
                } else {
                    out[i] = b' ';
                }
            }
            Lex::BlockComment(depth) => {
                if b == b'*' && next == Some(b'/') {
                    out[i] = b' ';
                    out[i + 1] = b' ';
                    i += 1;
                    state = if depth > 1 {
                        Lex::BlockComment(depth - 1)
                    } else {
                        Lex::Code
                    };
                } else if nested_block_comments && b == b'/' && next == Some(b'*') {
                    out[i] = b' ';
                    out[i + 1] = b' ';
                    i += 1;
                    state = Lex::BlockComment(depth + 1);
                } else if b != b'\n' {
                    out[i] = b' ';
                }
            }
            Lex::Quoted(quote) => {
                if b == b'\\' {
                    i += 1;
                } else if b == quote || b == b'\n' {
                    // An unterminated string ends with its line, as compilers report it.
                    state = Lex::Code;
                }
            }
            Lex::TripleQuoted => {
                if bytes[i..].starts_with(b"\"\"\"") {
                    state = Lex::Code;
                    i += 2;
                }
            }
            Lex::Template => {
                if b == b'\\' {
                    i += 1;
                } else if b == b'`' {
                    state = Lex::Code;
                }
            }
        }
        i += 1;
    }
    for b in &mut out {
        if *b == b'\r' {
            *b = b' ';
        }
    }
    out
}

/// The lines of `bytes` with the byte offset each starts at (split on `\n`, which is dropped).
pub(crate) fn lines_with_offsets(bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut start = 0usize;
    bytes.split(|b| *b == b'\n').map(move |line| {
        let at = start;
        start += line.len() + 1;
        (at, line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_blanked_but_strings_kept() {
        let src =
            b"int a = 1; // SDKAPPID = 2\r\n/* SECRETKEY\n= 3 */ String u = \"http://x\"; /*/ x */";
        let out = blank_comments(src, Language::Java);
        assert_eq!(out.len(), src.len());
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains("SDKAPPID"));
        assert!(!text.contains("SECRETKEY"));
        assert!(text.contains("\"http://x\""));
        assert_eq!(text.matches('x').count(), 1);
        assert_eq!(text.matches('\n').count(), 2);
    }

    #[test]
    fn swift_block_comments_nest() {
        let src = b"/* a /* b */ let SDKAPPID = 1 */ let X = 2";
        let text = String::from_utf8(blank_comments(src, Language::Swift)).unwrap();
        assert!(!text.contains("SDKAPPID"));
        assert!(text.contains("let X = 2"));
    }

    #[test]
    fn encodings_and_endings() {
        assert!(matches!(
            sniff_encoding(b"abc"),
            Sniffed::Text(TextEncoding::Utf8)
        ));
        assert!(matches!(
            sniff_encoding(b"\xEF\xBB\xBFabc"),
            Sniffed::Text(TextEncoding::Utf8Bom)
        ));
        assert!(matches!(
            sniff_encoding(b"// \xD6\xD0\xCE\xC4\n"),
            Sniffed::Text(TextEncoding::OtherAsciiCompatible)
        ));
        match sniff_encoding(b"\xFF\xFEa\0b\0") {
            Sniffed::Utf16(text) => assert_eq!(text, "ab"),
            _ => panic!("not UTF-16"),
        }
        match sniff_encoding(b"\0a\0b\0c") {
            Sniffed::Utf16(text) => assert!(text.starts_with("ab")),
            _ => panic!("not UTF-16"),
        }
        assert!(matches!(
            sniff_encoding(b"\x01\0\0\x05\x07"),
            Sniffed::Binary
        ));
        assert_eq!(line_endings(b"a\nb\n"), LineEndings::Lf);
        assert_eq!(line_endings(b"a\r\nb"), LineEndings::Crlf);
        assert_eq!(line_endings(b"a\r\nb\n"), LineEndings::Mixed);
        assert_eq!(line_endings(b"ab"), LineEndings::None);
        assert_eq!(line_of(b"a\nb\nc", 4), 3);
    }
}
