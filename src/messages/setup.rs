//! Messages of the setup core: values typed, and what an operation on the demo needs.

use super::code::message_codes;

message_codes! {
    /// The setup core's own messages.
    pub enum SetupCode {
        /// `EXPIRETIME` is not a number of seconds.
        ExpireNotSeconds = "expire-not-seconds" [got],
        /// An optional value given as empty text.
        ValueEmpty = "value-empty" [field],
        /// The secret key typed into another field.
        ValueIsSecretKey = "value-is-secret-key" [field],
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
        /// Field name: the Android package name.
        FieldAndroidPackage = "field-name-android-package" [],
        /// Field name: the iOS bundle ID.
        FieldIosBundleId = "field-name-ios-bundle-id" [],
        /// The licence URL is not an `http(s)://` URL.
        LicenseUrlNotUrl = "license-url-not-url" [got],
        /// A domain that is no host name; `reason` is one of the `domain-reason-…` texts.
        DomainInvalid = "domain-invalid" [field, got, reason],
        /// Domain reason: a character a host name cannot hold.
        DomainReasonCharacters = "domain-reason-characters" [],
        /// Domain reason: nothing left once the scheme and path are taken away.
        DomainReasonEmpty = "domain-reason-empty" [],
        /// Domain reason: an international name with no ASCII form.
        DomainReasonInternational = "domain-reason-international" [],
        /// Domain reason: longer than 253 characters.
        DomainReasonTooLong = "domain-reason-too-long" [],
        /// Domain reason: an empty part or one over 63 characters.
        DomainReasonLabel = "domain-reason-label" [],
        /// Domain reason: a part starting or ending with `-`.
        DomainReasonHyphen = "domain-reason-hyphen" [],
        /// Domain reason: a single word, no dot.
        DomainReasonOneLabel = "domain-reason-one-label" [],
        /// Not an Android package name.
        AndroidPackageInvalid = "android-package-invalid" [got],
        /// Not an iOS bundle ID.
        BundleIdInvalid = "bundle-id-invalid" [got],
        /// Warning: the licence URL is plain `http`.
        WarnLicenseUrlNotHttps = "warn-license-url-not-https" [],
        /// Warning: the licence URL does not end in `.license`.
        WarnLicenseUrlNotLicense = "warn-license-url-not-license" [],
        /// Warning: the licence URL is on another host than usual.
        WarnLicenseUrlUnusualHost = "warn-license-url-unusual-host" [host, usual],
        /// Warning: the licence key is not 32 hexadecimal characters.
        WarnLicenseKeyShape = "warn-license-key-shape" [length: num],
        /// Warning: the push and play domains are the same.
        WarnSamePushPlayDomain = "warn-same-push-play-domain" [domain],
        /// Note: a pasted URL (or upper case, a final dot) reduced to the bare host name.
        NoteDomainReduced = "note-domain-reduced" [field, got, host],
        /// Note: a port taken off a domain.
        NoteDomainPortDropped = "note-domain-port-dropped" [field, port],
        /// Note: an international domain written in its ASCII form.
        NoteDomainPunycode = "note-domain-punycode" [field, got, host],
        /// A `--platform` name that is none of ours.
        PlatformUnknown = "platform-unknown" [got, known],
        /// An Android app built with another package name than the licence's.
        AndroidPackageMismatch = "android-package-mismatch" [path, target, found, wanted],
        /// An iOS target built with another bundle ID than the licence's.
        IosBundleIdMismatch = "ios-bundle-id-mismatch" [path, target, configuration, found, wanted],
        /// An app whose ID is computed, so it cannot be checked against the licence's.
        AppIdComputedMismatch = "app-id-computed-mismatch" [path, target, written, wanted],
    }
}
