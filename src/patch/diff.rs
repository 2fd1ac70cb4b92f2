//! Unified diffs of one file's bytes, for showing a plan: line-based (Myers, through the
//! `similar` crate), 3 lines of context, redacted, tolerant of non-UTF-8 bytes, CRLF and a
//! missing final newline.

use std::path::Path;
use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, DiffTag, capture_diff_slices_deadline, group_diff_ops};

/// How many unchanged lines surround each change.
const CONTEXT: usize = 3;

/// How long the diff may look for the shortest edit before it settles for a longer one (only
/// ever reached on huge unrelated files; credential files take microseconds).
const DIFF_TIME_LIMIT: Duration = Duration::from_secs(1);

/// What a line of a diff is, so that a GUI can colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiffLineKind {
    /// `--- a/…` or `+++ b/…`.
    Header,
    /// `@@ -l,n +l,n @@`.
    Hunk,
    /// An unchanged line around a change, starting with a space.
    Context,
    /// A line of the new content, starting with `+`.
    Added,
    /// A line of the old content, starting with `-`.
    Removed,
    /// `\ No newline at end of file`, after the line it is about.
    NoNewlineMarker,
}

/// One line of a unified diff.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DiffLine {
    /// What the line is.
    pub kind: DiffLineKind,
    /// The line exactly as in the text diff, prefix (`+`, `-`, space) included, without newline.
    pub text: String,
}

/// The text shown for a line that ends without a newline.
pub const NO_NEWLINE_MARKER: &str = "\\ No newline at end of file";

/// What a redacted value is shown as.
pub const REDACTED: &str = "<secret key>";

/// One line of a file: its bytes without `\n` (a `\r` stays, so CRLF ↔ LF is a change), and
/// whether a `\n` ended it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Line<'a> {
    bytes: &'a [u8],
    has_newline: bool,
}

fn split_lines(content: &[u8]) -> Vec<Line<'_>> {
    let mut lines: Vec<Line<'_>> = content
        .split_inclusive(|&b| b == b'\n')
        .map(|chunk| match chunk.strip_suffix(b"\n") {
            Some(bytes) => Line {
                bytes,
                has_newline: true,
            },
            None => Line {
                bytes: chunk,
                has_newline: false,
            },
        })
        .collect();
    lines.shrink_to_fit();
    lines
}

/// GNU-style range of 0-based `first` and `count` lines: `start,count`, `start` alone when the
/// count is 1. A side has no line in a hunk only when that whole file is empty (otherwise
/// context would be there), hence `0,0`.
fn hunk_range(first: usize, count: usize) -> String {
    match count {
        0 => "0,0".to_owned(),
        1 => format!("{}", first + 1),
        c => format!("{},{c}", first + 1),
    }
}

/// Replaces every occurrence of each non-empty `redact` string by [`REDACTED`], longest first.
#[must_use]
pub fn redact_text(text: &str, redact: &[&str]) -> String {
    let mut secrets: Vec<&str> = redact.iter().copied().filter(|s| !s.is_empty()).collect();
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut out = text.to_owned();
    for secret in secrets {
        if out.contains(secret) {
            out = out.replace(secret, REDACTED);
        }
    }
    out
}

fn display(line: &Line<'_>, prefix: char, redact: &[&str]) -> String {
    let bytes = line.bytes.strip_suffix(b"\r").unwrap_or(line.bytes);
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len() + 1);
    out.push(prefix);
    out.push_str(&redact_text(&text, redact));
    out
}

/// The line diff of `a` to `b`, grouped into hunks with [`CONTEXT`] lines around each change.
fn line_hunks(a: &[Line<'_>], b: &[Line<'_>]) -> Vec<Vec<DiffOp>> {
    let deadline = Instant::now() + DIFF_TIME_LIMIT;
    let ops = capture_diff_slices_deadline(Algorithm::Myers, a, b, Some(deadline));
    group_diff_ops(ops, CONTEXT)
}

/// Appends the diff of one file to `out`; nothing when the contents are equal.
pub(crate) fn file_diff(
    rel_path: &Path,
    old: &[u8],
    new: &[u8],
    redact: &[&str],
    out: &mut Vec<DiffLine>,
) {
    if old == new {
        return;
    }
    let (a, b) = (split_lines(old), split_lines(new));
    let name = slash_path(rel_path);
    let header = |text: String| DiffLine {
        kind: DiffLineKind::Header,
        text: redact_text(&text, redact),
    };
    out.push(header(format!("--- a/{name}")));
    out.push(header(format!("+++ b/{name}")));
    for hunk in line_hunks(&a, &b) {
        let (Some(first), Some(last)) = (hunk.first(), hunk.last()) else {
            continue;
        };
        let old_lines = first.old_range().start..last.old_range().end;
        let new_lines = first.new_range().start..last.new_range().end;
        out.push(DiffLine {
            kind: DiffLineKind::Hunk,
            text: format!(
                "@@ -{} +{} @@",
                hunk_range(old_lines.start, old_lines.len()),
                hunk_range(new_lines.start, new_lines.len())
            ),
        });
        let mut push = |line: &Line<'_>, kind: DiffLineKind, prefix: char| {
            out.push(DiffLine {
                kind,
                text: display(line, prefix, redact),
            });
            if !line.has_newline {
                out.push(DiffLine {
                    kind: DiffLineKind::NoNewlineMarker,
                    text: NO_NEWLINE_MARKER.to_owned(),
                });
            }
        };
        // Each run of changes shows all its removed lines, then all its added ones.
        let mut i = 0;
        while i < hunk.len() {
            let (tag, old_range, new_range) = hunk[i].as_tag_tuple();
            if tag == DiffTag::Equal {
                old_range.for_each(|l| push(&a[l], DiffLineKind::Context, ' '));
                i += 1;
                continue;
            }
            let run_end = hunk[i..]
                .iter()
                .position(|op| op.tag() == DiffTag::Equal)
                .map_or(hunk.len(), |n| i + n);
            let run = &hunk[i..run_end];
            let removed =
                old_range.start..run.last().map_or(old_range.end, |op| op.old_range().end);
            let added = new_range.start..run.last().map_or(new_range.end, |op| op.new_range().end);
            removed.for_each(|l| push(&a[l], DiffLineKind::Removed, '-'));
            added.for_each(|l| push(&b[l], DiffLineKind::Added, '+'));
            i = run_end;
        }
    }
}

/// A relative path with `/` separators, as diffs and manifests write it.
pub(crate) fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Renders diff lines as text, one per line, with a final newline.
pub(crate) fn render(lines: &[DiffLine]) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(&line.text);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(old: &[u8], new: &[u8], redact: &[&str]) -> String {
        let mut out = Vec::new();
        file_diff(Path::new("dir/f.js"), old, new, redact, &mut out);
        render(&out)
    }

    fn numbered(n: usize) -> String {
        let lines: Vec<String> = (1..=n).map(|i| format!("line {i}\n")).collect();
        lines.concat()
    }

    #[test]
    fn one_change_with_three_lines_of_context() {
        let old = numbered(10);
        let new = old.replace("line 5\n", "line five\n");
        let expected = "--- a/dir/f.js\n+++ b/dir/f.js\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n";
        assert_eq!(diff(old.as_bytes(), new.as_bytes(), &[]), expected);
    }

    #[test]
    fn distant_changes_make_two_hunks_and_near_ones_one() {
        let old = numbered(20);
        let far = old.replace("line 2\n", "x\n").replace("line 19\n", "y\n");
        let text = diff(old.as_bytes(), far.as_bytes(), &[]);
        assert_eq!(text.matches("@@ -").count(), 2, "{text}");
        assert!(text.contains("@@ -1,5 +1,5 @@\n"), "{text}");
        assert!(text.contains("@@ -16,5 +16,5 @@\n"), "{text}");
        // Six unchanged lines between two changes: still one hunk (like GNU diff).
        let near = old.replace("line 5\n", "x\n").replace("line 12\n", "y\n");
        let text = diff(old.as_bytes(), near.as_bytes(), &[]);
        assert_eq!(text.matches("@@ -").count(), 1, "{text}");
        assert!(text.contains("@@ -2,14 +2,14 @@\n"), "{text}");
    }

    #[test]
    fn crlf_lines_show_without_carriage_return() {
        let old =
            b"// \xe6\xb5\x8b\xe8\xaf\x95\r\nint SDKAPPID = 0;\r\nString SECRETKEY = \"\";\r\n";
        let new = b"// \xe6\xb5\x8b\xe8\xaf\x95\r\nint SDKAPPID = 1400000001;\r\nString SECRETKEY = \"k3y\";\r\n";
        let text = diff(old, new, &["k3y"]);
        let expected = "--- a/dir/f.js\n+++ b/dir/f.js\n@@ -1,3 +1,3 @@\n // 测试\n-int SDKAPPID = 0;\n-String SECRETKEY = \"\";\n+int SDKAPPID = 1400000001;\n+String SECRETKEY = \"<secret key>\";\n";
        assert_eq!(text, expected);
        assert!(!text.contains('\r'));
    }

    #[test]
    fn missing_final_newline_is_marked() {
        let old = b"var SDKAPPID = 0;\nvar SECRETKEY = \"\";";
        let new = b"var SDKAPPID = 0;\nvar SECRETKEY = \"s3cr3t\";";
        let expected = "--- a/dir/f.js\n+++ b/dir/f.js\n@@ -1,2 +1,2 @@\n var SDKAPPID = 0;\n-var SECRETKEY = \"\";\n\\ No newline at end of file\n+var SECRETKEY = \"<secret key>\";\n\\ No newline at end of file\n";
        assert_eq!(diff(old, new, &["s3cr3t"]), expected);
        // Only the newline added: the line shows as changed.
        let text = diff(b"a\nb", b"a\nb\n", &[]);
        assert!(
            text.ends_with(" a\n-b\n\\ No newline at end of file\n+b\n"),
            "{text}"
        );
        // Context line without final newline.
        let text = diff(b"x\ny\nz", b"X\ny\nz", &[]);
        assert!(
            text.ends_with("-x\n+X\n y\n z\n\\ No newline at end of file\n"),
            "{text}"
        );
    }

    #[test]
    fn empty_side_and_non_utf8() {
        assert_eq!(
            diff(b"", b"a\nb\n", &[]),
            "--- a/dir/f.js\n+++ b/dir/f.js\n@@ -0,0 +1,2 @@\n+a\n+b\n"
        );
        assert_eq!(
            diff(b"a\n", b"", &[]),
            "--- a/dir/f.js\n+++ b/dir/f.js\n@@ -1 +0,0 @@\n-a\n"
        );
        let text = diff(b"k = \"\xc4\xe3\";\n", b"k = \"\xc4\xe3x\";\n", &[]);
        assert!(
            text.contains("-k = \"\u{fffd}\u{fffd}\";\n+k = \"\u{fffd}\u{fffd}x\";\n"),
            "{text}"
        );
        assert_eq!(diff(b"same", b"same", &[]), "");
    }

    #[test]
    fn redaction_is_complete_and_ignores_empty_strings() {
        let text = redact_text("abcabc ab", &["", "ab", "abc"]);
        assert_eq!(text, "<secret key><secret key> <secret key>");
    }

    /// A tiny deterministic generator, so the property test needs no crate.
    fn next(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    fn lcs_len(a: &[Line<'_>], b: &[Line<'_>]) -> usize {
        let mut table = vec![vec![0_usize; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                table[i][j] = if a[i] == b[j] {
                    table[i + 1][j + 1] + 1
                } else {
                    table[i + 1][j].max(table[i][j + 1])
                };
            }
        }
        table[0][0]
    }

    /// Applies the hunks of a rendered diff to `old`, as `patch` would.
    fn apply(old: &[u8], diff: &[DiffLine]) -> Vec<u8> {
        let lines: Vec<&[u8]> = old.split_inclusive(|&b| b == b'\n').collect();
        let (mut out, mut next_old, mut last) = (Vec::new(), 0, DiffLineKind::Header);
        for line in diff {
            let text = &line.text.as_bytes()[1.min(line.text.len())..];
            match line.kind {
                DiffLineKind::Header => {}
                DiffLineKind::Hunk => {
                    let start = line.text[4..].split([',', ' ']).next().unwrap();
                    let start = start.parse::<usize>().unwrap().saturating_sub(1);
                    while next_old < start {
                        out.extend_from_slice(lines[next_old]);
                        next_old += 1;
                    }
                }
                DiffLineKind::Context | DiffLineKind::Removed => {
                    let old_line = lines[next_old];
                    assert_eq!(old_line.strip_suffix(b"\n").unwrap_or(old_line), text);
                    if line.kind == DiffLineKind::Context {
                        out.extend_from_slice(old_line);
                    }
                    next_old += 1;
                }
                DiffLineKind::Added => {
                    out.extend_from_slice(text);
                    out.push(b'\n');
                }
                DiffLineKind::NoNewlineMarker => {
                    if last == DiffLineKind::Added {
                        out.pop();
                    }
                }
            }
            last = line.kind;
        }
        out.extend(lines[next_old..].iter().copied().flatten());
        out
    }

    #[test]
    fn diffs_are_valid_and_minimal() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..500 {
            let gen_text = |state: &mut u64| -> Vec<u8> {
                let len = next(state) % 12;
                (0..len)
                    .flat_map(|_| [b"abc"[(next(state) % 3) as usize], b'\n'])
                    .collect()
            };
            let (old, new) = (gen_text(&mut state), gen_text(&mut state));
            let mut out = Vec::new();
            file_diff(Path::new("f"), &old, &new, &[], &mut out);
            assert_eq!(apply(&old, &out), new, "{old:?} → {new:?}");
            let (a, b) = (split_lines(&old), split_lines(&new));
            let removed = out
                .iter()
                .filter(|l| l.kind == DiffLineKind::Removed)
                .count();
            assert_eq!(
                a.len() - removed,
                lcs_len(&a, &b),
                "not minimal for {old:?} → {new:?}"
            );
        }
    }
}
