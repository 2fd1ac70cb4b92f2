//! Messages of the online check: what Tencent Cloud answered, and why no answer came.

use super::code::message_codes;

message_codes! {
    /// Checking the SDKAppID and key (and the licence URL) with Tencent Cloud.
    pub enum OnlineCode {
        /// `--region` names no region.
        RegionUnknown = "online-region-unknown" [got],
        /// The admin account is empty.
        AdminEmpty = "online-admin-empty" [],
        /// Only the values' form was checked.
        FormOnly = "online-form-only" [sdkappid: num],
        /// The server accepted the pair.
        Works = "online-works" [sdkappid: num, host],
        /// The server refused: its code and the cause.
        Refused = "online-refused" [code: num, cause],
        /// Cause: the UserSig expired.
        CauseExpired = "online-cause-expired" [],
        /// Cause: the UserSig could not be read.
        CauseMalformed = "online-cause-malformed" [],
        /// Cause: the key is not this app's.
        CauseWrongKey = "online-cause-wrong-key" [sdkappid: num],
        /// Cause: the userID does not match.
        CauseUserId = "online-cause-user-id" [admin],
        /// Cause: the SDKAppID does not match.
        CauseSdkAppId = "online-cause-sdk-app-id" [sdkappid: num],
        /// Cause: the server does not know this SDKAppID.
        CauseUnknownSdkAppId = "online-cause-unknown-sdk-app-id" [sdkappid: num],
        /// Cause: the account is not an admin.
        CauseNotAdmin = "online-cause-not-admin" [admin, sdkappid: num],
        /// Cause: another code, with the server's own words.
        CauseOther = "online-cause-other" [info],
        /// The endpoint is not a web address.
        BadEndpoint = "online-bad-endpoint" [value],
        /// No connection.
        Offline = "online-offline" [host, detail],
        /// The host name could not be looked up.
        Dns = "online-dns" [host],
        /// The secure connection failed.
        Tls = "online-tls" [host, detail],
        /// No answer in time.
        Timeout = "online-timeout" [host, seconds: num],
        /// The proxy failed.
        Proxy = "online-proxy" [detail],
        /// The connection was cut.
        Dropped = "online-dropped" [host],
        /// An HTTP error status.
        HttpStatus = "online-http-status" [host, status: num],
        /// An answer that is not the API's JSON.
        BadAnswer = "online-bad-answer" [host, detail],
        /// The licence URL gave a licence.
        LicenceFound = "online-licence-found" [url, bytes: num],
        /// The licence URL gave an error status.
        LicenceMissing = "online-licence-missing" [url, status: num],
        /// The licence URL gave nothing.
        LicenceEmpty = "online-licence-empty" [url],
        /// The console's UserSig verifies with the key.
        KeyProven = "online-key-proven" [userid],
        /// It does not.
        KeyRefuted = "online-key-refuted" [code: num, cause],
        /// A flag that only works with `--online`.
        NeedsOnline = "online-needs-online" [flag],
        /// `check --usersig`: the token cannot be read.
        UserSigUnreadable = "online-usersig-unreadable" [reason],
    }
}
