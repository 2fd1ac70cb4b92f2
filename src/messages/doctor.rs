//! Messages of the doctor ("Ready?"): what is still in the way, and its fix.

use super::code::message_codes;

message_codes! {
    /// The problems the doctor finds, and its own report lines.
    pub enum DoctorCode {
        /// No credential file or project file at all.
        NothingFound = "doctor-nothing-found" [path],
        /// A file the scan refused.
        FileRefused = "doctor-file-refused" [path, reason],
        /// The SDKAppID is still empty or a placeholder.
        SdkAppIdUnfilled = "doctor-sdk-app-id-unfilled" [path, line: num, name],
        /// The secret key is still empty or a placeholder.
        SecretKeyUnfilled = "doctor-secret-key-unfilled" [path, line: num, name],
        /// EXPIRETIME is 0 or less.
        ExpireNotPositive = "doctor-expire-not-positive" [path, line: num, name, value],
        /// A licence value the file declares is empty.
        LicenceUnfilled = "doctor-licence-unfilled" [path, line: num, name],
        /// A push/play domain or live URL key the file declares is empty.
        LiveValueUnfilled = "doctor-live-value-unfilled" [path, line: num, name],
        /// Files hold different SDKAppIDs.
        SdkAppIdDiffers = "doctor-sdk-app-id-differs" [values],
        /// Files hold different keys.
        SecretKeyDiffers = "doctor-secret-key-differs" [groups],
        /// A file holds another SDKAppID than the one typed.
        SdkAppIdNotTyped = "doctor-sdk-app-id-not-typed" [path, line: num, found, typed],
        /// A file holds another key than the one typed.
        SecretKeyNotTyped = "doctor-secret-key-not-typed" [path, line: num],
        /// `project.config.json` has no AppID.
        AppIdMissing = "doctor-app-id-missing" [path],
        /// `project.config.json` has an AppID that is not one.
        AppIdInvalid = "doctor-app-id-invalid" [path, reason],
        /// The project's domain list leaves out domains the code calls.
        DomainsNotListed = "doctor-domains-not-listed" [group, path, count: num, missing],
        /// DevTools' service port is off.
        ServicePortOff = "doctor-service-port-off" [path],
        /// A licence is filled in, but the app still has one of Tencent's own IDs, for which no
        /// user's licence is issued.
        TencentAppId = "doctor-tencent-app-id" [path, target, id],
        /// `--online` could not be done with the files' values.
        OnlineSkipped = "doctor-online-skipped" [],
        /// Nothing is left to fix.
        AllClear = "doctor-all-clear" [path],
        /// How many problems remain.
        ProblemCount = "doctor-problem-count" [count: num],
        /// Heading of the server domains to enter.
        DomainsHeading = "doctor-domains-heading" [],
        /// Heading of the demo-wide problems.
        WholeDemo = "doctor-whole-demo" [],
    }
}
