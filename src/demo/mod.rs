//! Finding the credential files of a downloaded demo, by content, in a folder or a `.zip`.

mod analyze;
mod archive;
mod domains;
mod json;
mod literals;
mod model;
mod scan;
mod shapes;
mod text;
mod walk;

pub use analyze::{MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of, refuse_oversized};
pub use archive::{scan_zip, unpack_zip};
pub use domains::{
    DomainGroup, FoundDomain, GUIDE_REQUEST_DOMAINS, RequestDomains, find_in_file,
    find_request_domains, find_request_domains_in_zip, mini_program_domains,
};
pub use model::*;
pub use scan::{ScanError, ZipEntryProblem, read, scan, scan_dir, scan_dir_with_progress};
pub use walk::{ScanProgress, ScannedDemo};
