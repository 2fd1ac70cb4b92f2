//! Finding the credential files of a downloaded demo, by content, in a folder or a `.zip`.

mod analyze;
mod apps;
mod archive;
mod domains;
mod json;
mod licence;
mod literals;
mod model;
mod scan;
mod shapes;
mod text;
mod walk;

pub use analyze::{
    MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of, platform_of_path, refuse_oversized,
};
pub use apps::rebound_id;
pub use archive::{scan_zip, unpack_zip, unpack_zip_as, unpacked_name};
pub use domains::{
    DomainGroup, FoundDomain, GUIDE_REQUEST_DOMAINS, RequestDomains, find_in_file,
    find_request_domains, find_request_domains_in_zip, mini_program_domains,
};
pub use model::*;
pub use scan::{ScanError, ZipEntryProblem, read, scan, scan_dir, scan_dir_with_progress};
pub use walk::{ScanProgress, ScannedDemo};
