//! Messages of the setup core: values typed, and what an operation on the demo needs.

use super::code::message_codes;

message_codes! {
    /// The setup core's own messages.
    pub enum SetupCode {
        /// `EXPIRETIME` is not a number of seconds.
        ExpireNotSeconds = "expire-not-seconds" [got],
        /// An optional value given as empty text.
        ValueEmpty = "value-empty" [field],
        /// An optional value with a control character.
        ValueControlCharacter = "value-control-character" [field],
        /// The demo is an archive, not a folder.
        NotAFolder = "setup-not-a-folder" [path],
        /// No `"appid"` line to write the AppID into.
        NoAppIdSlot = "setup-no-app-id-slot" [path],
        /// Field name: the AppID.
        FieldAppId = "field-name-app-id" [],
        /// Field name: the SDKAppID.
        FieldSdkAppId = "field-name-sdk-app-id" [],
        /// Field name: the secret key.
        FieldSecretKey = "field-name-secret-key" [],
        /// Field name: the UserSig lifetime.
        FieldExpire = "field-name-expire" [],
        /// Field name: the licence URL.
        FieldLicenseUrl = "field-name-license-url" [],
        /// Field name: the licence key.
        FieldLicenseKey = "field-name-license-key" [],
        /// Field name: the push domain.
        FieldPushDomain = "field-name-push-domain" [],
        /// Field name: the play domain.
        FieldPlayDomain = "field-name-play-domain" [],
        /// Field name: the live URL key.
        FieldLiveUrlKey = "field-name-live-url-key" [],
    }
}
