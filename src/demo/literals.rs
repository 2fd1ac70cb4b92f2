//! Where the string literals are in JS / TS / WXS / JSON source and the attribute values in WXML,
//! as byte ranges: comments (`//`, `/* */`, `<!-- -->`) and regular-expression literals are
//! stepped over, so a quote inside them never starts a string. Files may not be UTF-8: bytes only.

/// The byte ranges of the string literals in JS / TS / WXS / JSON source, skipping comments and
/// regular-expression literals.
pub(super) fn script_literals(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut literals = Vec::new();
    let mut i = 0;
    // The last byte of code that was not white space: decides whether `/` starts a regex.
    let mut prev: u8 = b'(';
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = find_from(bytes, i, b"\n").unwrap_or(bytes.len());
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = find_from(bytes, i + 2, b"*/").map_or(bytes.len(), |end| end + 2);
            }
            b'/' if starts_regex(prev, &bytes[..i]) => {
                i = skip_regex(bytes, i + 1);
                prev = b'/';
            }
            b'"' | b'\'' | b'`' => {
                let end = string_end(bytes, i + 1, b);
                literals.push((i + 1, end));
                i = (end + 1).min(bytes.len());
                prev = b;
            }
            _ => {
                if !b.is_ascii_whitespace() {
                    prev = b;
                }
                i += 1;
            }
        }
    }
    literals
}

fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Whether a `/` after `prev` (the last code byte) starts a regex rather than a division.
fn starts_regex(prev: u8, before: &[u8]) -> bool {
    if b"(,=:[!&|?{};+-*%<>~^".contains(&prev) {
        return true;
    }
    // `return /x/`, `typeof /x/`…
    let word: Vec<u8> = before
        .trim_ascii_end()
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .copied()
        .collect();
    let word: Vec<u8> = word.into_iter().rev().collect();
    matches!(
        word.as_slice(),
        b"return" | b"typeof" | b"case" | b"do" | b"else" | b"in" | b"of" | b"void"
    )
}

/// The index after a regex literal that starts at `i` (just after its `/`); a line end ends it.
fn skip_regex(bytes: &[u8], mut i: usize) -> usize {
    let mut in_class = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' => in_class = true,
            b']' => in_class = false,
            b'/' if !in_class => return i + 1,
            b'\n' => return i,
            _ => {}
        }
        i += 1;
    }
    i
}

/// The index of the closing quote of a string opened with `quote` (backslash escapes; a plain
/// string also ends at a line end).
fn string_end(bytes: &[u8], mut i: usize, quote: u8) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'\n' if quote != b'`' => return i,
            b if b == quote => return i,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The byte ranges of WXML attribute values (and of string literals inside `{{ }}`), skipping
/// `<!-- -->` comments.
pub(super) fn markup_values(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut values = Vec::new();
    let mut i = 0;
    let mut in_tag = false;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"<!--") {
            i = find_from(bytes, i + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        match bytes[i] {
            b'<' => in_tag = true,
            b'>' => in_tag = false,
            b'=' if in_tag => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                if let Some(&quote @ (b'"' | b'\'')) = bytes.get(j) {
                    let end = find_from(bytes, j + 1, &[quote]).unwrap_or(bytes.len());
                    let value = (j + 1, end);
                    values.push(value);
                    // Strings inside a data binding: src="{{ cdn ? 'https://…' : '' }}".
                    values.extend(
                        script_literals(&bytes[value.0..value.1])
                            .into_iter()
                            .map(|(s, e)| (s + value.0, e + value.0)),
                    );
                    i = end + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    values
}
