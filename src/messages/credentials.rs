//! Messages about the three credentials: why a value was refused, what looks off.

use super::code::message_codes;
use super::{Arg, Localize, Message};
use crate::credentials::{
    CredentialError, CredentialField, CredentialWarning, SdkAppIdHint, Shown, WarningKind,
};

message_codes! {
    /// Field validation of the AppID, the SDKAppID and the secret key.
    pub enum CredentialCode {
        /// The AppID field is empty.
        AppIdEmpty = "app-id-empty" [],
        /// The SDKAppID field is empty.
        SdkAppIdEmpty = "sdk-app-id-empty" [],
        /// The secret key field is empty.
        SecretKeyEmpty = "secret-key-empty" [],
        /// An AppID of digits only.
        AppIdLooksLikeSdkAppId = "app-id-looks-like-sdk-app-id" [got],
        /// An AppID of the wrong form.
        AppIdMalformed = "app-id-malformed" [got],
        /// An SDKAppID that is not a number.
        SdkAppIdNotANumber = "sdk-app-id-not-a-number" [got],
        /// … and looks like a mini-program AppID.
        SdkAppIdLooksLikeAppId = "sdk-app-id-looks-like-app-id" [got],
        /// … and looks like the secret key.
        SdkAppIdLooksLikeSecretKey = "sdk-app-id-looks-like-secret-key" [got],
        /// SDKAppID 0.
        SdkAppIdZero = "sdk-app-id-zero" [],
        /// An SDKAppID over 32 bits.
        SdkAppIdTooLarge = "sdk-app-id-too-large" [got],
        /// A control character in the key.
        SecretKeyControlCharacter = "secret-key-control-character" [position: num],
        /// A value shown only by its length (it may be the key).
        ValueLength = "value-length" [count: num],
        /// An SDKAppID outside the issued ranges.
        SdkAppIdOutsideRanges = "sdk-app-id-outside-ranges" [sdkappid: num],
        /// A key that is not 64 hex characters.
        SecretKeyUnusualShape = "secret-key-unusual-shape" [count: num],
        /// A key that looks like an AppID.
        SecretKeyLooksLikeAppId = "secret-key-looks-like-app-id" [],
    }
}

impl From<&Shown> for Arg {
    fn from(value: &Shown) -> Self {
        match value {
            Shown::Text(text) => Self::Text(text.clone()),
            Shown::Length(count) => Message::new(CredentialCode::ValueLength)
                .with("count", *count)
                .into(),
        }
    }
}

impl Localize for CredentialError {
    fn message(&self) -> Message {
        use CredentialCode as C;
        match self {
            Self::Empty(CredentialField::AppId) => Message::new(C::AppIdEmpty),
            Self::Empty(CredentialField::SdkAppId) => Message::new(C::SdkAppIdEmpty),
            Self::Empty(CredentialField::SecretKey) => Message::new(C::SecretKeyEmpty),
            Self::AppIdLooksLikeSdkAppId { got } => {
                Message::new(C::AppIdLooksLikeSdkAppId).with("got", got)
            }
            Self::AppIdMalformed { got } => Message::new(C::AppIdMalformed).with("got", got),
            Self::SdkAppIdNotANumber { got, hint } => {
                let code = match hint {
                    SdkAppIdHint::None => C::SdkAppIdNotANumber,
                    SdkAppIdHint::LooksLikeAppId => C::SdkAppIdLooksLikeAppId,
                    SdkAppIdHint::LooksLikeSecretKey => C::SdkAppIdLooksLikeSecretKey,
                };
                Message::new(code).with("got", got)
            }
            Self::SdkAppIdZero => Message::new(C::SdkAppIdZero),
            Self::SdkAppIdTooLarge { got } => Message::new(C::SdkAppIdTooLarge).with("got", got),
            Self::SecretKeyControlCharacter { position } => {
                Message::new(C::SecretKeyControlCharacter).with("position", *position)
            }
        }
    }
}

impl Localize for CredentialWarning {
    fn message(&self) -> Message {
        use CredentialCode as C;
        match self.kind {
            WarningKind::SdkAppIdOutsideRanges => {
                Message::new(C::SdkAppIdOutsideRanges).with("sdkappid", self.value)
            }
            WarningKind::SecretKeyUnusualShape => {
                Message::new(C::SecretKeyUnusualShape).with("count", self.value)
            }
            WarningKind::SecretKeyLooksLikeAppId => Message::new(C::SecretKeyLooksLikeAppId),
        }
    }
}
