//! Messages of the demo download.

use super::code::message_codes;

message_codes! {
    /// Downloading and unpacking the demo.
    pub enum DownloadCode {
        /// Not a web address.
        BadUrl = "download-bad-url" [url],
        /// The target exists and is not empty.
        TargetExists = "download-target-exists" [path],
        /// The target's parent folder is missing.
        ParentMissing = "download-parent-missing" [path],
        /// An HTTP error status.
        HttpStatus = "download-http-status" [url, status: num],
        /// Fewer bytes than announced.
        Truncated = "download-truncated" [got: num, expected: num],
        /// Larger than any demo.
        TooLarge = "download-too-large" [limit: num],
        /// Not a whole zip.
        NotAZip = "download-not-a-zip" [detail],
        /// A temporary file or folder failed.
        Io = "download-io" [path, reason],
        /// Cancelled.
        Cancelled = "download-cancelled" [],
        /// The download starts.
        Starting = "download-starting" [url, path],
        /// The download is done.
        Done = "download-done" [path, size, files: num],
    }
}
