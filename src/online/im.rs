//! IM REST `v4/im_open_login_svc/account_check`, signed with a UserSig for the app's admin: the
//! server accepts it only when the SDKAppID and the secret key belong together.

use crate::credentials::{SdkAppId, SecretKey};
use crate::messages::{Localize, Message, OnlineCode};
use crate::usersig;

use super::net::{self, NetworkProblem};
use super::{IM_ENDPOINT_ENV, Region};

/// Every IM app has this admin account unless it was changed in the console.
pub const DEFAULT_ADMIN: &str = "administrator";

/// How long the UserSig made for the check lasts: ten minutes. It is an admin's UserSig (it
/// could call every REST API of the app), so it must not outlive the check; a clock more than
/// ten minutes behind gets 70001, whose message says to set the clock.
const CHECK_SIG_SECONDS: i64 = 600;

/// The most of an answer we read: the API's JSON is a few hundred bytes.
const MAX_ANSWER_BYTES: u64 = 64 * 1024;

/// One `account_check` call.
#[derive(Debug, Clone)]
pub struct AccountCheckRequest {
    /// The IM app's SDKAppID.
    pub sdk_app_id: SdkAppId,
    /// The key to sign the admin's UserSig with (never sent).
    pub secret_key: SecretKey,
    /// The admin account the UserSig is signed for.
    pub admin: String,
    /// Where the IM app lives.
    pub region: Region,
    /// Scheme and host instead of the region's; `None`: [`IM_ENDPOINT_ENV`], else the region's.
    pub endpoint: Option<String>,
    /// The time the request may take; `None`: [`super::timeout`].
    pub timeout: Option<std::time::Duration>,
}

/// What the IM server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountCheck {
    /// `"ActionStatus":"OK"`: the SDKAppID and the key belong together.
    Accepted {
        /// The SDKAppID checked.
        sdk_app_id: u32,
        /// The host that answered.
        host: String,
    },
    /// The server refused the request: its `ErrorCode`, `ErrorInfo`, and what it means.
    Refused(Refusal),
}

impl Localize for AccountCheck {
    fn message(&self) -> Message {
        match self {
            Self::Accepted { sdk_app_id, host } => Message::new(OnlineCode::Works)
                .with("sdkappid", *sdk_app_id)
                .with("host", host.as_str()),
            Self::Refused(refusal) => refusal.message(),
        }
    }
}

/// What a refusal means for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefusalKind {
    /// 70001: the UserSig expired (the computer's clock is off).
    Expired,
    /// 70002, 70003, 70005: the UserSig could not be read.
    MalformedUserSig,
    /// 70009: the key is not this app's.
    WrongKey,
    /// 70013: the UserSig's userID is not the one checked.
    UserIdMismatch,
    /// 70014: the UserSig's SDKAppID is not the one checked.
    SdkAppIdMismatch,
    /// 70020: the server does not know this SDKAppID.
    UnknownSdkAppId,
    /// 60010, 70403: the account is not one of the app's admins.
    NotAdmin,
    /// Any other code: shown with the server's ErrorInfo.
    Other,
}

impl RefusalKind {
    /// The kind of a server `ErrorCode` (from Tencent's published IM error-code table).
    #[must_use]
    pub fn of(code: i64) -> Self {
        match code {
            70001 => Self::Expired,
            70002 | 70003 | 70005 => Self::MalformedUserSig,
            70009 => Self::WrongKey,
            70013 => Self::UserIdMismatch,
            70014 => Self::SdkAppIdMismatch,
            70020 => Self::UnknownSdkAppId,
            60010 | 70403 => Self::NotAdmin,
            _ => Self::Other,
        }
    }
}

/// A refusal by the IM server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The server's `ErrorCode`.
    pub error_code: i64,
    /// The server's `ErrorInfo`, as it sent it.
    pub error_info: String,
    /// What it means.
    pub kind: RefusalKind,
    /// The SDKAppID checked.
    pub sdk_app_id: u32,
    /// The admin account the UserSig was signed for.
    pub admin: String,
}

impl Refusal {
    /// The cause and the fix, in the user's terms.
    #[must_use]
    pub fn cause(&self) -> Message {
        use OnlineCode as C;
        match self.kind {
            RefusalKind::Expired => Message::new(C::CauseExpired),
            RefusalKind::MalformedUserSig => Message::new(C::CauseMalformed),
            RefusalKind::WrongKey => {
                Message::new(C::CauseWrongKey).with("sdkappid", self.sdk_app_id)
            }
            RefusalKind::UserIdMismatch => {
                Message::new(C::CauseUserId).with("admin", self.admin.as_str())
            }
            RefusalKind::SdkAppIdMismatch => {
                Message::new(C::CauseSdkAppId).with("sdkappid", self.sdk_app_id)
            }
            RefusalKind::UnknownSdkAppId => {
                Message::new(C::CauseUnknownSdkAppId).with("sdkappid", self.sdk_app_id)
            }
            RefusalKind::NotAdmin => Message::new(C::CauseNotAdmin)
                .with("admin", self.admin.as_str())
                .with("sdkappid", self.sdk_app_id),
            RefusalKind::Other => {
                Message::new(C::CauseOther).with("info", self.error_info.as_str())
            }
        }
    }
}

impl Localize for Refusal {
    fn message(&self) -> Message {
        Message::new(OnlineCode::Refused)
            .with("code", self.error_code)
            .with("cause", self.cause())
    }
}

/// The scheme and host the request goes to: `MLVB_SETUP_IM_ENDPOINT`, else the region's host.
fn base_url(region: Region, endpoint: Option<&str>) -> Result<String, NetworkProblem> {
    let chosen = endpoint
        .map(str::to_owned)
        .or_else(|| std::env::var(IM_ENDPOINT_ENV).ok());
    match chosen {
        Some(value) if !value.trim().is_empty() => {
            let value = value.trim();
            if net::is_web_url(value) {
                Ok(value.trim_end_matches('/').to_owned())
            } else {
                Err(NetworkProblem::BadEndpoint {
                    value: value.to_owned(),
                })
            }
        }
        _ => Ok(format!("https://{}", region.host())),
    }
}

/// The full request URL (with the UserSig in its query: never show it).
pub fn account_check_url(
    request: &AccountCheckRequest,
    usersig: &str,
    random: u32,
) -> Result<String, NetworkProblem> {
    Ok(format!(
        "{}/v4/im_open_login_svc/account_check?sdkappid={}&identifier={}&usersig={}&random={random}&contenttype=json",
        base_url(request.region, request.endpoint.as_deref())?,
        request.sdk_app_id.get(),
        net::query_value(&request.admin),
        net::query_value(usersig),
    ))
}

#[derive(serde::Deserialize)]
struct Answer {
    #[serde(rename = "ActionStatus")]
    action_status: String,
    #[serde(rename = "ErrorCode", default)]
    error_code: i64,
    #[serde(rename = "ErrorInfo", default)]
    error_info: String,
}

fn random_u32() -> u32 {
    use std::hash::{BuildHasher as _, Hasher as _};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(net::now_unix().unsigned_abs());
    hasher.finish() as u32
}

/// Calls `account_check` at `now` (Unix seconds) and reads the answer. Blocking, at most
/// [`super::timeout`].
pub fn account_check(
    request: &AccountCheckRequest,
    now: i64,
) -> Result<AccountCheck, NetworkProblem> {
    let sdkappid = request.sdk_app_id.get();
    let sig = usersig::generate(
        u64::from(sdkappid),
        &request.secret_key,
        &request.admin,
        CHECK_SIG_SECONDS,
        now,
        None,
    );
    let url = account_check_url(request, &sig, random_u32())?;
    let host = net::host_of(&url);
    let timeout = request.timeout.unwrap_or_else(super::timeout);
    let body = serde_json::json!({ "CheckItem": [{ "UserID": request.admin }] }).to_string();
    let mut response = net::http_agent(timeout)
        .post(&url)
        .header("Content-Type", "application/json")
        .send(body.as_str())
        .map_err(|err| net::classify(&err, &host, timeout))?;
    let status = response.status().as_u16();
    if status != 200 {
        return Err(NetworkProblem::HttpStatus { host, status });
    }
    let text = response
        .body_mut()
        .with_config()
        .limit(MAX_ANSWER_BYTES)
        .read_to_string()
        .map_err(|err| match err {
            ureq::Error::BodyExceedsLimit(_) => NetworkProblem::BadAnswer {
                host: host.clone(),
                detail: err.to_string(),
            },
            other => net::classify(&other, &host, timeout),
        })?;
    let answer: Answer = serde_json::from_str(&text).map_err(|err| NetworkProblem::BadAnswer {
        host: host.clone(),
        detail: err.to_string(),
    })?;
    if answer.action_status.eq_ignore_ascii_case("OK") && answer.error_code == 0 {
        return Ok(AccountCheck::Accepted {
            sdk_app_id: sdkappid,
            host,
        });
    }
    Ok(AccountCheck::Refused(Refusal {
        error_code: answer.error_code,
        kind: RefusalKind::of(answer.error_code),
        error_info: answer.error_info,
        sdk_app_id: sdkappid,
        admin: request.admin.clone(),
    }))
}
