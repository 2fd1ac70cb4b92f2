//! Messages about UserSigs: why one cannot be read, and why the server would refuse it.

use super::code::message_codes;
use super::{Arg, Localize, Message};
use crate::usersig::{
    Base64Problem, Expected, Privilege, ServerErrorCode, UserSigError, VerifyFailure,
};

message_codes! {
    /// Reading and checking UserSigs.
    pub enum UserSigCode {
        /// Empty.
        Empty = "sig-empty" [],
        /// A character outside every base64 alphabet.
        NotBase64Character = "sig-not-base64-character" [character, position: num],
        /// Impossible base64.
        NotBase64 = "sig-not-base64" [detail],
        /// Not zlib.
        NotZlib = "sig-not-zlib" [detail],
        /// Too large.
        TooLarge = "sig-too-large" [limit: num],
        /// Not UTF-8.
        NotUtf8 = "sig-not-utf8" [],
        /// Not JSON.
        NotJson = "sig-not-json" [detail],
        /// Not a JSON object.
        NotJsonObject = "sig-not-json-object" [],
        /// A field is missing.
        MissingField = "sig-missing-field" [field],
        /// A field of the wrong type.
        FieldType = "sig-field-type" [field, expected, got],
        /// `TLS.userbuf` not base64.
        UserbufNotBase64 = "sig-userbuf-not-base64" [got],
        /// TLSSigAPI version 1.
        LegacyVersion = "sig-legacy-version" [],
        /// A character a PrivateMapKey cannot hold.
        PmkCharacter = "pmk-character" [field, character, codepoint, position: num],
        /// Too long for a PrivateMapKey.
        PmkTooLong = "pmk-too-long" [field, length: num],
        /// An empty room name.
        PmkEmptyRoom = "pmk-empty-room" [],
        /// Field name: the room name.
        FieldRoomName = "pmk-field-room-name" [],
        /// Base64: padding in the middle.
        B64PaddingMiddle = "b64-padding-middle" [position: num],
        /// Base64: impossible length.
        B64Length = "b64-length" [],
        /// Base64: impossible last character.
        B64LastSymbol = "b64-last-symbol" [position: num],
        /// Base64: wrong padding.
        B64Padding = "b64-padding" [],
        /// Expected: a signature.
        ExpectedSignature = "expected-signature" [],
        /// Expected: a string.
        ExpectedText = "expected-text" [],
        /// Expected: a whole number.
        ExpectedNumber = "expected-number" [],
        /// Cause of 70014.
        CauseSdkAppId = "cause-sdk-app-id" [made_for: num, checked: num],
        /// Cause of 70013.
        CauseUserId = "cause-user-id" [made_for, checked],
        /// Cause of 70009 (empty userbuf).
        CauseEmptyUserbuf = "cause-empty-userbuf" [],
        /// Cause of 70009.
        CauseSignature = "cause-signature" [sdkappid: num],
        /// Cause of 70001.
        CauseExpired = "cause-expired" [expired, ago, checked, issued, expire: num],
        /// Cause of 70001 with EXPIRETIME 0.
        CauseExpiredAtOnce = "cause-expired-at-once" [expired, ago, checked, issued, expire: num],
        /// A span of time: whole days.
        DurationDays = "duration-days" [count: num],
        /// … hours.
        DurationHours = "duration-hours" [count: num],
        /// … minutes.
        DurationMinutes = "duration-minutes" [count: num],
        /// … seconds.
        DurationSeconds = "duration-seconds" [count: num],
        /// Two parts of a span, largest first.
        DurationJoin = "duration-join" [head, tail],
        /// A span before now.
        DurationNegative = "duration-negative" [span],
        /// Server error summary: 70001.
        Summary70001 = "server-70001" [],
        /// Server error summary: 70003.
        Summary70003 = "server-70003" [],
        /// Server error summary: 70009.
        Summary70009 = "server-70009" [],
        /// Server error summary: 70013.
        Summary70013 = "server-70013" [],
        /// Server error summary: 70014.
        Summary70014 = "server-70014" [],
        /// Privilege: create the room.
        PrivCreateRoom = "priv-create-room" [],
        /// Privilege: enter the room.
        PrivEnterRoom = "priv-enter-room" [],
        /// Privilege: send audio.
        PrivSendAudio = "priv-send-audio" [],
        /// Privilege: receive audio.
        PrivReceiveAudio = "priv-receive-audio" [],
        /// Privilege: send video.
        PrivSendVideo = "priv-send-video" [],
        /// Privilege: receive video.
        PrivReceiveVideo = "priv-receive-video" [],
        /// Privilege: send screen sharing.
        PrivSendSubstream = "priv-send-substream" [],
        /// Privilege: receive screen sharing.
        PrivReceiveSubstream = "priv-receive-substream" [],
        /// A server error: code, summary and cause.
        ServerError = "server-error" [code: num, summary, cause],
    }
}

fn field_arg(field: &str) -> Arg {
    if field == "room name" {
        Message::new(UserSigCode::FieldRoomName).into()
    } else {
        Arg::from(field)
    }
}

impl Localize for Base64Problem {
    fn message(&self) -> Message {
        match self {
            Self::PaddingInMiddle(p) => {
                Message::new(UserSigCode::B64PaddingMiddle).with("position", *p)
            }
            Self::Length => Message::new(UserSigCode::B64Length),
            Self::LastSymbol(p) => Message::new(UserSigCode::B64LastSymbol).with("position", *p),
            Self::Padding => Message::new(UserSigCode::B64Padding),
        }
    }
}

impl Localize for Expected {
    fn message(&self) -> Message {
        Message::new(match self {
            Self::Signature => UserSigCode::ExpectedSignature,
            Self::Text => UserSigCode::ExpectedText,
            Self::WholeNumber => UserSigCode::ExpectedNumber,
        })
    }
}

impl Localize for UserSigError {
    fn message(&self) -> Message {
        use UserSigCode as C;
        match self {
            Self::Empty => Message::new(C::Empty),
            Self::NotBase64Character {
                character,
                position,
            } => Message::new(C::NotBase64Character)
                .with("character", format!("{character:?}"))
                .with("position", *position),
            Self::NotBase64 { detail } => {
                Message::new(C::NotBase64).with("detail", detail.message())
            }
            Self::NotZlib { detail } => Message::new(C::NotZlib).with("detail", detail.as_str()),
            Self::TooLarge { limit } => Message::new(C::TooLarge).with("limit", *limit),
            Self::NotUtf8 => Message::new(C::NotUtf8),
            Self::NotJson { detail } => Message::new(C::NotJson).with("detail", detail.as_str()),
            Self::NotJsonObject => Message::new(C::NotJsonObject),
            Self::MissingField(field) => Message::new(C::MissingField).with("field", *field),
            Self::FieldType {
                field,
                expected,
                got,
            } => Message::new(C::FieldType)
                .with("field", *field)
                .with("expected", expected.message())
                .with("got", got.as_str()),
            Self::UserbufNotBase64 { got } => {
                Message::new(C::UserbufNotBase64).with("got", got.as_str())
            }
            Self::LegacyVersion => Message::new(C::LegacyVersion),
            Self::PrivateMapKeyCharacter {
                field,
                character,
                position,
            } => Message::new(C::PmkCharacter)
                .with("field", field_arg(field))
                .with("character", format!("{character:?}"))
                .with("codepoint", format!("U+{:04X}", u32::from(*character)))
                .with("position", *position),
            Self::PrivateMapKeyTooLong { field, length } => Message::new(C::PmkTooLong)
                .with("field", field_arg(field))
                .with("length", *length),
            Self::PrivateMapKeyEmptyRoom => Message::new(C::PmkEmptyRoom),
        }
    }
}

impl Localize for ServerErrorCode {
    fn message(&self) -> Message {
        Message::new(match self {
            Self::Expired => UserSigCode::Summary70001,
            Self::Malformed => UserSigCode::Summary70003,
            Self::SignatureMismatch => UserSigCode::Summary70009,
            Self::UserIdMismatch => UserSigCode::Summary70013,
            Self::SdkAppIdMismatch => UserSigCode::Summary70014,
        })
    }
}

impl Localize for VerifyFailure {
    fn message(&self) -> Message {
        Message::new(UserSigCode::ServerError)
            .with("code", self.code.code())
            .with("summary", self.code.message())
            .with("cause", self.cause.clone())
    }
}

impl Localize for Privilege {
    fn message(&self) -> Message {
        use UserSigCode as C;
        Message::new(match self {
            Self::CreateRoom => C::PrivCreateRoom,
            Self::EnterRoom => C::PrivEnterRoom,
            Self::SendAudio => C::PrivSendAudio,
            Self::ReceiveAudio => C::PrivReceiveAudio,
            Self::SendVideo => C::PrivSendVideo,
            Self::ReceiveVideo => C::PrivReceiveVideo,
            Self::SendSubstreamVideo => C::PrivSendSubstream,
            Self::ReceiveSubstreamVideo => C::PrivReceiveSubstream,
        })
    }
}
