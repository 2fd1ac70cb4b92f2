//! A patch plan: the files that change and how, shown as a diff before anything is written.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::diff::{self, DiffLine, slash_path};
use super::{FileChange, NoteKind, PlanNote};
use crate::messages::{Message, PatchCode};

/// Every file change of one patch, ready to be shown and then applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchPlan {
    /// The demo folder every path is relative to.
    pub root: PathBuf,
    /// The files whose bytes change, in the order they are written.
    pub changes: Vec<FileChange>,
    /// Files that were looked at and already hold the requested values (relative paths).
    pub unchanged: Vec<PathBuf>,
    /// What the user should know before applying.
    pub notes: Vec<PlanNote>,
}

impl PatchPlan {
    /// Builds a plan; changes whose patched bytes equal the original move to `unchanged`.
    #[must_use]
    pub fn new(root: PathBuf, changes: Vec<FileChange>, notes: Vec<PlanNote>) -> Self {
        let (changes, same): (Vec<_>, Vec<_>) =
            changes.into_iter().partition(|c| c.original != c.patched);
        Self {
            root,
            changes,
            unchanged: same.into_iter().map(|c| c.rel_path).collect(),
            notes,
        }
    }

    /// Whether applying the plan would change nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The plan as a standard unified diff (`--- a/` / `+++ b/` headers, 3 lines of context),
    /// with every occurrence of each `redact` string shown as `<secret key>`.
    ///
    /// Bytes that are not UTF-8 are shown as `�`, a CRLF line shows without its `\r`, and a
    /// last line without a newline is followed by `\ No newline at end of file`.
    #[must_use]
    pub fn unified_diff(&self, redact: &[&str]) -> String {
        diff::render(&self.diff_lines(redact))
    }

    /// The lines of [`unified_diff`](Self::unified_diff), each with its kind, for colouring.
    ///
    /// Besides `redact`, the key each file held before (its old `SECRETKEY`) is redacted too,
    /// so the `-` lines never show it either.
    #[must_use]
    pub fn diff_lines(&self, redact: &[&str]) -> Vec<DiffLine> {
        let mut out = Vec::new();
        for change in &self.changes {
            let old_keys = old_keys(&change.rel_path, &change.original);
            let mut all: Vec<&str> = redact.to_vec();
            all.extend(old_keys.iter().map(String::as_str));
            diff::file_diff(
                &change.rel_path,
                &change.original,
                &change.patched,
                &all,
                &mut out,
            );
        }
        out
    }

    /// When `root` is inside a git work tree, adds a note for each file to be patched that has
    /// uncommitted changes or is not tracked. Does nothing when git is not installed or `root`
    /// is not in a repository.
    pub fn check_git(&mut self) {
        if self.changes.is_empty() {
            return;
        }
        let Some(prefix) = git_output(&self.root, ["rev-parse", "--show-prefix"]) else {
            return;
        };
        let prefix = String::from_utf8_lossy(&prefix).trim_end().to_owned();
        let mut args: Vec<OsString> =
            ["status", "--porcelain", "-z", "--untracked-files=all", "--"]
                .into_iter()
                .map(OsString::from)
                .collect();
        args.extend(
            self.changes
                .iter()
                .map(|c| c.rel_path.clone().into_os_string()),
        );
        let Some(status) = git_output(&self.root, args) else {
            return;
        };
        for (code, path) in parse_porcelain(&status) {
            let Some(rel) = path.strip_prefix(prefix.as_str()) else {
                continue;
            };
            let Some(change) = self.changes.iter().find(|c| slash_path(&c.rel_path) == rel) else {
                continue;
            };
            let (kind, message) = if code == "??" {
                (NoteKind::GitUntracked, PatchCode::NoteGitUntracked)
            } else {
                (NoteKind::GitUncommitted, PatchCode::NoteGitUncommitted)
            };
            let note = PlanNote {
                kind,
                rel_path: Some(change.rel_path.clone()),
                line: None,
                message: Message::new(message),
            };
            if !self.notes.contains(&note) {
                self.notes.push(note);
            }
        }
    }
}

/// The key values a file's bytes hold (its `SECRETKEY` literals, with and without quotes).
fn old_keys(rel_path: &Path, bytes: &[u8]) -> Vec<String> {
    let Some(Ok(file)) = crate::demo::analyze_file(rel_path, bytes) else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    for constant in file.constants {
        if constant.kind != crate::demo::ConstantKind::SecretKey {
            continue;
        }
        let Some(literal) = bytes.get(constant.value_span.clone()) else {
            continue;
        };
        let literal = String::from_utf8_lossy(literal).into_owned();
        let inner = literal
            .trim_start_matches('@')
            .trim_matches(|c| c == '"' || c == '\'')
            .to_owned();
        for value in [inner, literal] {
            // Too short to be a key, and redacting it would blank ordinary text.
            if value.chars().count() >= 4 && !keys.contains(&value) {
                keys.push(value);
            }
        }
    }
    keys
}

/// Runs `git -C root <args>` quietly; `None` when git is missing or fails (e.g. not a repo).
fn git_output<I, S>(root: &Path, args: I) -> Option<Vec<u8>>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    // A demo's own `.git/config` is not ours to run: no fsmonitor hook, no hooks, no pager, no
    // editor, no credential prompt; and the child never sees the secret key's variable.
    let output = Command::new("git")
        .args([
            "-c",
            "core.fsmonitor=false",
            "-c",
            "core.untrackedCache=false",
        ])
        .args(["-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat"])
        .arg("--no-pager")
        .arg("--no-optional-locks")
        .arg("--literal-pathspecs")
        .arg("-C")
        .arg(root)
        .args(args)
        .env_remove(crate::credentials::SECRET_KEY_ENV)
        .env("GIT_PAGER", "cat")
        .env("GIT_EDITOR", "true")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}

/// Parses `git status --porcelain -z`: `XY path\0`, with a second `\0`-ended path (the
/// source) after renames and copies. Paths are relative to the repository's top folder.
fn parse_porcelain(bytes: &[u8]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut fields = bytes.split(|&b| b == 0).filter(|f| !f.is_empty());
    while let Some(field) = fields.next() {
        if field.len() < 4 {
            continue;
        }
        let code = String::from_utf8_lossy(&field[..2]).into_owned();
        let path = String::from_utf8_lossy(&field[3..]).into_owned();
        if code.contains('R') || code.contains('C') {
            fields.next();
        }
        out.push((code, path));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(path: &str, original: &str, patched: &str) -> FileChange {
        FileChange {
            rel_path: PathBuf::from(path),
            original: original.as_bytes().to_vec(),
            patched: patched.as_bytes().to_vec(),
            edits: Vec::new(),
        }
    }

    #[test]
    fn unchanged_files_are_set_apart() {
        let plan = PatchPlan::new(
            PathBuf::from("/demo"),
            vec![change("a.js", "x", "y"), change("b.js", "same", "same")],
            Vec::new(),
        );
        assert_eq!(plan.changes.len(), 1);
        assert_eq!(plan.unchanged, vec![PathBuf::from("b.js")]);
        assert!(!plan.is_empty());
        let empty = PatchPlan::new(
            PathBuf::from("/demo"),
            vec![change("b.js", "s", "s")],
            Vec::new(),
        );
        assert!(empty.is_empty());
        assert_eq!(empty.unified_diff(&[]), "");
    }

    #[test]
    fn porcelain_parsing() {
        let parsed = parse_porcelain(b" M sub/a.js\0R  new.js\0old.js\0?? b c.js\0");
        assert_eq!(
            parsed,
            vec![
                (" M".to_owned(), "sub/a.js".to_owned()),
                ("R ".to_owned(), "new.js".to_owned()),
                ("??".to_owned(), "b c.js".to_owned()),
            ]
        );
    }
}
