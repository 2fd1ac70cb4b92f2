//! Finding the credential files of a downloaded demo, by content, in a folder or a `.zip`.

mod analyze;
mod archive;
mod json;
mod model;
mod scan;
mod shapes;
mod text;

pub use analyze::{MAX_FILE_BYTES, analyze_file, is_skipped_dir, language_of};
pub use archive::{scan_zip, unpack_zip};
pub use model::*;
pub use scan::{ScanError, ZipEntryProblem, scan, scan_dir};
