//! Asking Tencent Cloud, only when the user says so: does the SDKAppID and secret key pair work
//! (IM REST `account_check`, signed with a UserSig for the app's admin), and does the licence URL
//! answer. The secret key never leaves the machine: only the UserSig made with it is sent.
//!
//! Everything here blocks (at most [`timeout`] per request): the window calls it from a
//! background thread, the command line directly.

mod im;
mod licence;
mod net;

use std::time::Duration;

pub use im::{
    AccountCheck, AccountCheckRequest, DEFAULT_ADMIN, Refusal, RefusalKind, account_check,
    account_check_url,
};
pub use licence::{LicenceUrlState, check_licence_url};
pub use net::{NetworkProblem, classify, download_agent, host_of, http_agent, is_web_url};

use crate::credentials::{SdkAppId, SecretKey};
use crate::messages::{Localize, Message, OnlineCode};
use crate::usersig::{self, Verification};

/// Replaces the scheme and host of the IM REST API (tests, private deployments):
/// `http://127.0.0.1:8080`.
pub const IM_ENDPOINT_ENV: &str = "MLVB_SETUP_IM_ENDPOINT";

/// The time each network request may take, in milliseconds (default 10 000); tests shorten it.
pub const TIMEOUT_ENV: &str = "MLVB_SETUP_NET_TIMEOUT_MS";

/// How long one request may take unless [`TIMEOUT_ENV`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The time each request may take: [`TIMEOUT_ENV`] when it holds a number, else 10 s.
#[must_use]
pub fn timeout() -> Duration {
    std::env::var(TIMEOUT_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| *ms > 0)
        .map_or(DEFAULT_TIMEOUT, Duration::from_millis)
}

/// Where the IM app lives: the region decides the REST API's host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// China (the default): `console.tim.qq.com`.
    #[default]
    Cn,
    /// Singapore: `adminapisgp.im.qcloud.com`.
    Sgp,
    /// Seoul: `adminapikr.im.qcloud.com`.
    Kr,
    /// Frankfurt: `adminapiger.im.qcloud.com`.
    Ger,
    /// Silicon Valley: `adminapiusa.im.qcloud.com`.
    Usa,
    /// Jakarta: `adminapiidn.im.qcloud.com`.
    Idn,
}

impl Region {
    /// The short name used by `--region`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Cn => "cn",
            Self::Sgp => "sgp",
            Self::Kr => "kr",
            Self::Ger => "ger",
            Self::Usa => "usa",
            Self::Idn => "idn",
        }
    }

    /// The IM REST API's host for this region.
    #[must_use]
    pub fn host(self) -> &'static str {
        match self {
            Self::Cn => "console.tim.qq.com",
            Self::Sgp => "adminapisgp.im.qcloud.com",
            Self::Kr => "adminapikr.im.qcloud.com",
            Self::Ger => "adminapiger.im.qcloud.com",
            Self::Usa => "adminapiusa.im.qcloud.com",
            Self::Idn => "adminapiidn.im.qcloud.com",
        }
    }

    /// Reads a region name (`cn`, `sgp`, `kr`, `ger`, `usa`, `idn`; any case).
    pub fn parse(raw: &str) -> Result<Self, Message> {
        let wanted = raw.trim().to_ascii_lowercase();
        <Self as strum::IntoEnumIterator>::iter()
            .find(|r| r.name() == wanted)
            .ok_or_else(|| Message::new(OnlineCode::RegionUnknown).with("got", raw))
    }
}

/// What to check with Tencent Cloud: the window fills it from its fields.
#[derive(Debug, Clone)]
pub struct OnlineCheck {
    /// The IM app's SDKAppID.
    pub sdk_app_id: SdkAppId,
    /// The secret key (used here to sign; never sent).
    pub secret_key: SecretKey,
    /// The app's admin account (default `administrator`).
    pub admin: String,
    /// Where the IM app lives.
    pub region: Region,
    /// A licence URL to fetch as well, when the user has one.
    pub licence_url: Option<String>,
    /// Scheme and host to use instead of the region's (`http://127.0.0.1:PORT` in tests); `None`:
    /// [`IM_ENDPOINT_ENV`] when set, else the region's host.
    pub endpoint: Option<String>,
    /// The time each request may take; `None`: [`timeout`].
    pub timeout: Option<Duration>,
}

impl OnlineCheck {
    /// A check of this pair with the default admin and region and no licence URL.
    #[must_use]
    pub fn new(sdk_app_id: SdkAppId, secret_key: SecretKey) -> Self {
        Self {
            sdk_app_id,
            secret_key,
            admin: DEFAULT_ADMIN.to_owned(),
            region: Region::Cn,
            licence_url: None,
            endpoint: None,
            timeout: None,
        }
    }
}

/// What Tencent Cloud said: the pair's answer, and the licence URL's when one was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnlineReport {
    /// The IM server's answer, or why none came.
    pub account: Result<AccountCheck, NetworkProblem>,
    /// The licence URL's state, when a URL was given.
    pub licence: Option<Result<LicenceUrlState, NetworkProblem>>,
}

impl OnlineReport {
    /// Whether the pair works (the licence, when given, does not decide this).
    #[must_use]
    pub fn pair_works(&self) -> bool {
        matches!(self.account, Ok(AccountCheck::Accepted { .. }))
    }

    /// The one sentence that sums up the pair's answer.
    #[must_use]
    pub fn summary(&self) -> Message {
        match &self.account {
            Ok(answer) => answer.message(),
            Err(problem) => problem.message(),
        }
    }
}

/// Checks the pair (and the licence URL when given) with Tencent Cloud. Blocking: at most two
/// requests of [`timeout`] each. Call it from a background thread in the window.
#[must_use]
pub fn check_with_tencent(check: &OnlineCheck) -> OnlineReport {
    let request = AccountCheckRequest {
        sdk_app_id: check.sdk_app_id,
        secret_key: check.secret_key.clone(),
        admin: check.admin.clone(),
        region: check.region,
        endpoint: check.endpoint.clone(),
        timeout: check.timeout,
    };
    let account = account_check(&request, net::now_unix());
    let timeout = check.timeout.unwrap_or_else(timeout);
    let licence = check
        .licence_url
        .as_deref()
        .filter(|url| !url.trim().is_empty())
        .map(|url| check_licence_url(url, timeout));
    OnlineReport { account, licence }
}

/// Runs [`check_with_tencent`] on a thread named `mlvb-online-check` (the window's "Check with
/// Tencent Cloud" button); the report comes through the returned channel, and `wake` is called
/// when it is there (e.g. `ctx.request_repaint()`).
pub fn spawn_check(
    check: OnlineCheck,
    wake: impl Fn() + Send + 'static,
) -> std::io::Result<std::sync::mpsc::Receiver<OnlineReport>> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("mlvb-online-check".to_owned())
        .spawn(move || {
            let _ = sender.send(check_with_tencent(&check));
            wake();
        })?;
    Ok(receiver)
}

/// What a UserSig pasted from Tencent's console (its UserSig tool) proves about the typed key:
/// if it verifies with the key and the SDKAppID, the key is the app's, without going online.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProof {
    /// The console's UserSig verifies: the key belongs to this SDKAppID.
    Proven {
        /// The userID the console signed it for.
        userid: String,
    },
    /// It does not: the server's code and the cause (70009 most often: another key).
    Refuted(usersig::VerifyFailure),
}

impl Localize for KeyProof {
    fn message(&self) -> Message {
        match self {
            Self::Proven { userid } => {
                Message::new(OnlineCode::KeyProven).with("userid", userid.as_str())
            }
            Self::Refuted(failure) => Message::new(OnlineCode::KeyRefuted)
                .with("code", failure.code.code())
                .with("cause", failure.cause.clone()),
        }
    }
}

/// Verifies a UserSig made by Tencent's console with the typed key, offline. Its expiry is not
/// held against it (the console's tokens may be old): only the signature and the SDKAppID count.
#[must_use]
pub fn prove_key_offline(token: &str, sdk_app_id: SdkAppId, key: &SecretKey) -> KeyProof {
    let sdkappid = u64::from(sdk_app_id.get());
    // Checked at its own issue time, so an old token still proves the key.
    let at = usersig::decode(token).map_or(0, |d| d.time);
    match usersig::verify(token, sdkappid, key, None, at) {
        Verification::Valid { decoded, .. } => KeyProof::Proven {
            userid: decoded.identifier,
        },
        Verification::Invalid(failure) => KeyProof::Refuted(failure),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_and_their_hosts() {
        assert_eq!(
            Region::parse(" SGP ").map(Region::host),
            Ok("adminapisgp.im.qcloud.com")
        );
        assert_eq!(Region::default().host(), "console.tim.qq.com");
        assert!(Region::parse("mars").is_err());
        for region in <Region as strum::IntoEnumIterator>::iter() {
            assert_eq!(Region::parse(region.name()), Ok(region));
        }
    }

    #[test]
    fn server_codes_and_their_meaning() {
        assert_eq!(RefusalKind::of(70009), RefusalKind::WrongKey);
        assert_eq!(RefusalKind::of(70014), RefusalKind::SdkAppIdMismatch);
        assert_eq!(RefusalKind::of(70020), RefusalKind::UnknownSdkAppId);
        assert_eq!(RefusalKind::of(70403), RefusalKind::NotAdmin);
        assert_eq!(RefusalKind::of(60010), RefusalKind::NotAdmin);
        assert_eq!(RefusalKind::of(12345), RefusalKind::Other);
    }

    #[test]
    fn the_request_url_names_the_admin_and_never_the_key() {
        let key = SecretKey::from_exact("k".repeat(64));
        let request = AccountCheckRequest {
            sdk_app_id: SdkAppId::new(1_400_000_001).unwrap(),
            secret_key: key,
            admin: "admin one".to_owned(),
            region: Region::Kr,
            endpoint: Some("http://127.0.0.1:9/".to_owned()),
            timeout: None,
        };
        let url = account_check_url(&request, "SIG*-_", 7).unwrap();
        assert_eq!(
            url,
            "http://127.0.0.1:9/v4/im_open_login_svc/account_check?sdkappid=1400000001&identifier=admin%20one&usersig=SIG*-_&random=7&contenttype=json"
        );
        assert!(!url.contains(&"k".repeat(64)));
        let bad = AccountCheckRequest {
            endpoint: Some("127.0.0.1:9".to_owned()),
            ..request
        };
        assert!(matches!(
            account_check_url(&bad, "s", 1),
            Err(NetworkProblem::BadEndpoint { .. })
        ));
    }
}
