//! Unified diffs of one file's bytes, for showing a plan: line-based (Myers), 3 lines of
//! context, redacted, tolerant of non-UTF-8 bytes, CRLF and a missing final newline.

use std::path::Path;

/// How many unchanged lines surround each change.
const CONTEXT: usize = 3;

/// Past this many differing lines the diff stops looking for the shortest edit and shows the
/// differing middle as removed-then-added (keeps time and memory bounded on unrelated files).
const MAX_EDIT_DISTANCE: usize = 2_000;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One step of an edit script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// Old line `.0` equals new line `.1`.
    Equal(usize, usize),
    /// Old line removed.
    Delete(usize),
    /// New line added.
    Insert(usize),
}

/// The shortest edit script from `old` to `new` (Myers' greedy algorithm on the part between the
/// common prefix and suffix).
fn edit_script(old: &[Line<'_>], new: &[Line<'_>]) -> Vec<Op> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (a, b) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Equal(i, i)).collect();
    let middle = myers(a, b).unwrap_or_else(|| {
        (0..a.len())
            .map(Op::Delete)
            .chain((0..b.len()).map(Op::Insert))
            .collect()
    });
    ops.extend(middle.into_iter().map(|op| match op {
        Op::Equal(i, j) => Op::Equal(i + prefix, j + prefix),
        Op::Delete(i) => Op::Delete(i + prefix),
        Op::Insert(j) => Op::Insert(j + prefix),
    }));
    let (old_tail, new_tail) = (old.len() - suffix, new.len() - suffix);
    ops.extend((0..suffix).map(|i| Op::Equal(old_tail + i, new_tail + i)));
    ops
}

/// Myers' O((N+M)·D) diff; `None` when the edit distance exceeds [`MAX_EDIT_DISTANCE`].
// The paper's notation (a, b, n, m, d, k, v, x, y) is kept on purpose. Signed diagonals need
// isize; every value cast back to usize is a checked-non-negative index below a slice length.
#[allow(
    clippy::many_single_char_names,
    clippy::cast_possible_wrap,
    clippy::cast_sign_loss
)]
fn myers(a: &[Line<'_>], b: &[Line<'_>]) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max_d = (a.len() + b.len()).min(MAX_EDIT_DISTANCE) as isize;
    let offset = max_d + 1;
    let at = |k: isize| (k + offset) as usize;
    let mut v = vec![0_isize; (2 * max_d + 3) as usize];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=max_d {
        trace.push(v.clone());
        for k in (-d..=d).step_by(2) {
            let mut x = if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) {
                v[at(k + 1)]
            } else {
                v[at(k - 1)] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[at(k)] = x;
            if x >= n && y >= m {
                return Some(backtrack(&trace, n, m, at));
            }
        }
    }
    None
}

/// Walks the trace of [`myers`] back from the end into an edit script.
#[allow(
    clippy::many_single_char_names,
    clippy::cast_possible_wrap,
    clippy::cast_sign_loss
)]
fn backtrack(trace: &[Vec<isize>], n: isize, m: isize, at: impl Fn(isize) -> usize) -> Vec<Op> {
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for (d, v) in trace.iter().enumerate().rev() {
        let d = d as isize;
        let k = x - y;
        let prev_k = if k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = v[at(prev_k)];
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            ops.push(Op::Equal((x - 1) as usize, (y - 1) as usize));
            x -= 1;
            y -= 1;
        }
        if d > 0 {
            if x == prev_x {
                ops.push(Op::Insert((y - 1) as usize));
            } else {
                ops.push(Op::Delete((x - 1) as usize));
            }
        }
        x = prev_x;
        y = prev_y;
    }
    ops.reverse();
    ops
}

/// Groups the edit script into hunks: ranges of `ops` holding changes with their context.
fn hunks(ops: &[Op]) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        if matches!(op, Op::Equal(..)) {
            continue;
        }
        let start = i.saturating_sub(CONTEXT);
        let end = (i + CONTEXT + 1).min(ops.len());
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => out.push(start..end),
        }
    }
    out
}

/// GNU-style range: `start,count`, `start` alone when the count is 1. A side has no line in a
/// hunk only when that whole file is empty (otherwise context would be there), hence `0,0`.
fn hunk_range(first: Option<usize>, count: usize) -> String {
    match (first, count) {
        (Some(f), 1) => format!("{}", f + 1),
        (Some(f), c) => format!("{},{c}", f + 1),
        (None, _) => "0,0".to_owned(),
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
    let ops = edit_script(&a, &b);
    let name = slash_path(rel_path);
    let header = |text: String| DiffLine {
        kind: DiffLineKind::Header,
        text: redact_text(&text, redact),
    };
    out.push(header(format!("--- a/{name}")));
    out.push(header(format!("+++ b/{name}")));
    for range in hunks(&ops) {
        let slice = &ops[range];
        let (mut old_first, mut old_count, mut new_first, mut new_count) = (None, 0, None, 0);
        for op in slice {
            match *op {
                Op::Equal(i, j) => {
                    old_first.get_or_insert(i);
                    new_first.get_or_insert(j);
                    (old_count, new_count) = (old_count + 1, new_count + 1);
                }
                Op::Delete(i) => {
                    old_first.get_or_insert(i);
                    old_count += 1;
                }
                Op::Insert(j) => {
                    new_first.get_or_insert(j);
                    new_count += 1;
                }
            }
        }
        out.push(DiffLine {
            kind: DiffLineKind::Hunk,
            text: format!(
                "@@ -{} +{} @@",
                hunk_range(old_first, old_count),
                hunk_range(new_first, new_count)
            ),
        });
        for op in slice {
            let (line, kind, prefix) = match *op {
                Op::Equal(i, _) => (&a[i], DiffLineKind::Context, ' '),
                Op::Delete(i) => (&a[i], DiffLineKind::Removed, '-'),
                Op::Insert(j) => (&b[j], DiffLineKind::Added, '+'),
            };
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

    #[test]
    #[allow(clippy::many_single_char_names)] // a, b, i, j, x, y as in the algorithm
    fn edit_scripts_are_valid_and_minimal() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..500 {
            let gen_text = |state: &mut u64| -> Vec<u8> {
                let len = next(state) % 12;
                (0..len)
                    .flat_map(|_| [b"abc"[(next(state) % 3) as usize], b'\n'])
                    .collect()
            };
            let (old, new) = (gen_text(&mut state), gen_text(&mut state));
            let (a, b) = (split_lines(&old), split_lines(&new));
            let ops = edit_script(&a, &b);
            let (mut i, mut j, mut equal) = (0, 0, 0);
            for op in &ops {
                match *op {
                    Op::Equal(x, y) => {
                        assert_eq!((x, y), (i, j));
                        assert_eq!(a[x], b[y]);
                        (i, j, equal) = (i + 1, j + 1, equal + 1);
                    }
                    Op::Delete(x) => {
                        assert_eq!(x, i);
                        i += 1;
                    }
                    Op::Insert(y) => {
                        assert_eq!(y, j);
                        j += 1;
                    }
                }
            }
            assert_eq!((i, j), (a.len(), b.len()));
            assert_eq!(equal, lcs_len(&a, &b), "not minimal for {old:?} → {new:?}");
        }
    }
}
