//! The hosts the mini program calls, read from its code: every `https://` / `wss://` address
//! that a string literal or an attribute value begins with, in its JS, TS, WXS, JSON and WXML
//! files (bundled SDK files included; comments skipped; addresses inside prose, like the
//! documentation links in an SDK's error messages, do not count). Grouped as WeChat's console
//! asks for them: request, socket, uploadFile, downloadFile.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::analyze::is_skipped_dir;
use super::literals::{markup_values, script_literals};
use super::model::{DemoScan, FileRole};

/// The request domains the setup guide lists (the room service, IM, IM pictures).
pub const GUIDE_REQUEST_DOMAINS: [&str; 3] = [
    "https://liveroom.qcloud.com",
    "https://webim.tim.qq.com",
    "https://pic.tim.qq.com",
];

/// Files larger than this are not read for addresses (the bundled IM SDK is about 600 KiB).
const MAX_SOURCE_BYTES: u64 = 8 * 1024 * 1024;

/// How far back from an address we look for the API it is passed to.
const CONTEXT_BYTES: usize = 240;

/// Where an address goes in WeChat's console (开发 → 开发设置 → 服务器域名).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DomainGroup {
    /// request 合法域名: `wx.request` and everything else over HTTPS.
    Request,
    /// socket 合法域名: `wss://` addresses.
    Socket,
    /// uploadFile 合法域名: addresses passed to `wx.uploadFile`.
    UploadFile,
    /// downloadFile 合法域名: addresses passed to `wx.downloadFile`, and media in WXML.
    DownloadFile,
}

impl DomainGroup {
    /// Every group, in the console's order.
    pub const ALL: [Self; 4] = [
        Self::Request,
        Self::Socket,
        Self::UploadFile,
        Self::DownloadFile,
    ];

    /// The console's name for the group.
    #[must_use]
    pub fn console_name(self) -> &'static str {
        match self {
            Self::Request => "request",
            Self::Socket => "socket",
            Self::UploadFile => "uploadFile",
            Self::DownloadFile => "downloadFile",
        }
    }
}

/// One address found in the code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FoundDomain {
    /// The domain as the console takes it: `https://host` or `wss://host` (with a port if given).
    pub domain: String,
    /// Which list it belongs in.
    pub group: DomainGroup,
    /// The file it was found in, relative to the mini program's folder.
    pub rel_path: PathBuf,
    /// 1-based line.
    pub line: usize,
}

/// The domains a mini program calls, per console group, sorted and without duplicates.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RequestDomains {
    /// request 合法域名 found in the code.
    pub request: Vec<String>,
    /// socket 合法域名.
    pub socket: Vec<String>,
    /// uploadFile 合法域名.
    pub upload_file: Vec<String>,
    /// downloadFile 合法域名.
    pub download_file: Vec<String>,
    /// Every address found, with where (first place per domain and group).
    pub found: Vec<FoundDomain>,
}

impl RequestDomains {
    /// The domains of one group found in the code.
    #[must_use]
    pub fn group(&self, group: DomainGroup) -> &[String] {
        match group {
            DomainGroup::Request => &self.request,
            DomainGroup::Socket => &self.socket,
            DomainGroup::UploadFile => &self.upload_file,
            DomainGroup::DownloadFile => &self.download_file,
        }
    }

    /// What to enter for one group: the code's domains, and for request the guide's three too
    /// (sorted, no duplicates). The window's "Copy all" copies these, one per line.
    #[must_use]
    pub fn to_enter(&self, group: DomainGroup) -> Vec<String> {
        let mut all: BTreeSet<String> = self.group(group).iter().cloned().collect();
        if group == DomainGroup::Request {
            all.extend(GUIDE_REQUEST_DOMAINS.iter().map(|d| (*d).to_owned()));
        }
        all.into_iter().collect()
    }

    /// Whether nothing was found.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    fn from_found(mut found: Vec<FoundDomain>) -> Self {
        found.sort_by(|a, b| {
            (a.group, &a.domain, &a.rel_path, a.line).cmp(&(
                b.group,
                &b.domain,
                &b.rel_path,
                b.line,
            ))
        });
        found.dedup_by(|b, a| a.group == b.group && a.domain == b.domain);
        let mut domains = Self::default();
        for item in &found {
            let list = match item.group {
                DomainGroup::Request => &mut domains.request,
                DomainGroup::Socket => &mut domains.socket,
                DomainGroup::UploadFile => &mut domains.upload_file,
                DomainGroup::DownloadFile => &mut domains.download_file,
            };
            list.push(item.domain.clone());
        }
        domains.found = found;
        domains
    }
}

/// The kind of source a file is, by its name; `None` for files not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SourceKind {
    /// JS, TS, WXS, JSON: string literals, with `//` and `/* */` comments skipped.
    Script,
    /// WXML: attribute values, with `<!-- -->` comments skipped.
    Markup,
}

fn source_kind(path: &Path) -> Option<SourceKind> {
    let name = path.file_name()?.to_str()?;
    // npm's manifests name home pages and repositories, not hosts the program calls.
    if name == "package.json" || name == "package-lock.json" {
        return None;
    }
    let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "js" | "mjs" | "cjs" | "ts" | "wxs" | "json" => Some(SourceKind::Script),
        "wxml" => Some(SourceKind::Markup),
        _ => None,
    }
}

/// Finds the domains in every source file under `dir` (the mini program's folder). Files that
/// cannot be read are passed over; symbolic links are not followed.
#[must_use]
pub fn find_request_domains(dir: &Path) -> RequestDomains {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let Ok(entries) = fs::read_dir(dir.join(&rel)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name();
            let child = rel.join(&name);
            if kind.is_dir() {
                if !is_skipped_dir(&name.to_string_lossy()) {
                    stack.push(child);
                }
            } else if kind.is_file()
                && source_kind(&child).is_some()
                && entry.metadata().is_ok_and(|m| m.len() <= MAX_SOURCE_BYTES)
                && let Ok(bytes) = fs::read(entry.path())
            {
                found.extend(find_in_file(&child, &bytes));
            }
        }
    }
    RequestDomains::from_found(found)
}

/// The mini program of a scanned demo (folder or `.zip`) and the domains its code calls: the
/// folder of the `project.config.json` the scan found (relative to the demo, or inside the
/// archive), or `None` when the scan found none.
#[must_use]
pub fn mini_program_domains(scan: &DemoScan) -> Option<(PathBuf, RequestDomains)> {
    let config = scan
        .files
        .iter()
        .find(|f| f.role == FileRole::ProjectConfig)?;
    let rel_dir = config
        .rel_path
        .parent()
        .unwrap_or(Path::new(""))
        .to_path_buf();
    let domains = if scan.root.is_dir() {
        find_request_domains(&scan.root.join(&rel_dir))
    } else {
        find_request_domains_in_zip(&scan.root, &rel_dir)
    };
    Some((rel_dir, domains))
}

/// Finds the domains in the entries of a `.zip` below `rel_dir` (paths relative to it); an
/// archive that cannot be read gives none. Nothing is unpacked.
#[must_use]
pub fn find_request_domains_in_zip(zip: &Path, rel_dir: &Path) -> RequestDomains {
    let Ok(file) = fs::File::open(zip) else {
        return RequestDomains::default();
    };
    let Ok(mut archive) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return RequestDomains::default();
    };
    let mut found = Vec::new();
    for index in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(index) else {
            continue;
        };
        let Some(path) = entry.enclosed_name() else {
            continue;
        };
        let Ok(rel) = path.strip_prefix(rel_dir) else {
            continue;
        };
        let skipped = rel
            .components()
            .any(|c| is_skipped_dir(&c.as_os_str().to_string_lossy()));
        if !entry.is_file()
            || skipped
            || source_kind(rel).is_none()
            || entry.size() > MAX_SOURCE_BYTES
        {
            continue;
        }
        let rel = rel.to_path_buf();
        let mut bytes = Vec::new();
        if std::io::Read::read_to_end(&mut (&mut entry).take(MAX_SOURCE_BYTES), &mut bytes).is_ok()
        {
            found.extend(find_in_file(&rel, &bytes));
        }
    }
    RequestDomains::from_found(found)
}

/// Finds the domains in one file's bytes (`rel_path` decides how it is read).
#[must_use]
pub fn find_in_file(rel_path: &Path, bytes: &[u8]) -> Vec<FoundDomain> {
    let Some(kind) = source_kind(rel_path) else {
        return Vec::new();
    };
    let literals = match kind {
        SourceKind::Script => script_literals(bytes),
        SourceKind::Markup => markup_values(bytes),
    };
    let mut found = Vec::new();
    for (start, end) in literals {
        let Some((domain, secure_socket)) = leading_domain(&bytes[start..end]) else {
            continue;
        };
        let group = if secure_socket {
            DomainGroup::Socket
        } else if kind == SourceKind::Markup {
            DomainGroup::DownloadFile
        } else {
            api_before(&bytes[start.saturating_sub(CONTEXT_BYTES)..start])
        };
        found.push(FoundDomain {
            domain,
            group,
            rel_path: rel_path.to_path_buf(),
            line: bytes[..start].split(|b| *b == b'\n').count(),
        });
    }
    found
}

/// The domain a literal begins with (`https://host[:port]` or `wss://…`, lowercased), and
/// whether it is a socket address. `None` for text that does not begin with one, or whose host
/// is built at run time (`"https://" + host`, `` `https://${host}` ``).
fn leading_domain(literal: &[u8]) -> Option<(String, bool)> {
    let text = literal.trim_ascii_start();
    let lower: Vec<u8> = text.iter().take(8).map(u8::to_ascii_lowercase).collect();
    let (scheme, socket) = if lower.starts_with(b"https://") {
        ("https://", false)
    } else if lower.starts_with(b"wss://") {
        ("wss://", true)
    } else {
        return None;
    };
    let rest = &text[scheme.len()..];
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':')))
        .unwrap_or(rest.len());
    let authority = std::str::from_utf8(&rest[..end]).ok()?.to_ascii_lowercase();
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
            (host.trim_end_matches('.'), Some(port))
        }
        Some((host, _)) => (host.trim_end_matches('.'), None),
        None => (authority.trim_end_matches('.'), None),
    };
    // A host is followed by the end, a path, a query or a fragment; anything else (`${`, `"+`)
    // means it is built at run time.
    let next = rest.get(end).copied();
    if !matches!(next, None | Some(b'/' | b'?' | b'#' | b'"' | b'\'' | b'`'))
        || !host.contains('.')
        || host.starts_with('.')
        || host.starts_with('-')
    {
        return None;
    }
    let domain = match port {
        Some(port) => format!("{scheme}{host}:{port}"),
        None => format!("{scheme}{host}"),
    };
    Some((domain, socket))
}

/// The group an address belongs in, from the API named closest before it.
fn api_before(context: &[u8]) -> DomainGroup {
    let last = |needle: &[u8]| context.windows(needle.len()).rposition(|w| w == needle);
    [
        (last(b"uploadFile"), DomainGroup::UploadFile),
        (last(b"downloadFile"), DomainGroup::DownloadFile),
        (last(b"connectSocket"), DomainGroup::Socket),
        (last(b"request"), DomainGroup::Request),
    ]
    .into_iter()
    .filter_map(|(at, group)| at.map(|at| (at, group)))
    .max_by_key(|(at, _)| *at)
    .map_or(DomainGroup::Request, |(_, group)| group)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains(name: &str, text: &str) -> Vec<(String, DomainGroup, usize)> {
        find_in_file(Path::new(name), text.as_bytes())
            .into_iter()
            .map(|f| (f.domain, f.group, f.line))
            .collect()
    }

    #[test]
    fn literals_that_begin_with_an_address_count() {
        let found = domains(
            "a.js",
            "var u = 'https://lvb.qcloud.com/weapp/x';\n// 'https://comment.example.com'\nconsole.warn(\"see https://docs.example.com/x\");\nwx.connectSocket({ url: \"wss://im.example.com:8443/ws\" });\nvar b = 'https://' + host;",
        );
        assert_eq!(
            found,
            [
                ("https://lvb.qcloud.com".to_owned(), DomainGroup::Request, 1),
                (
                    "wss://im.example.com:8443".to_owned(),
                    DomainGroup::Socket,
                    4
                ),
            ]
        );
    }

    #[test]
    fn a_regex_with_a_quote_does_not_derail_the_strings() {
        let found = domains(
            "m.js",
            r#"a=s.replace(/"/g,""),b="https://cos.example.com/u";/* "https://no.example.com" */"#,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "https://cos.example.com");
    }
}
