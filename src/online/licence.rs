//! Fetching the licence URL: does Tencent's server hand out a licence file there?

use crate::messages::{Localize, Message, OnlineCode};

use super::net::{self, NetworkProblem};

/// The most of a licence file we read (they are a few KiB).
const MAX_LICENCE_BYTES: u64 = 4 * 1024 * 1024;

/// What the licence URL gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LicenceUrlState {
    /// 200 and a non-empty body: the licence is there.
    Found {
        /// The URL fetched.
        url: String,
        /// The size of what came back.
        bytes: u64,
    },
    /// An error status (404 most often): no licence at this URL.
    Missing {
        /// The URL fetched.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// 200 but nothing in it.
    Empty {
        /// The URL fetched.
        url: String,
    },
}

impl LicenceUrlState {
    /// Whether a licence was found.
    #[must_use]
    pub fn is_found(&self) -> bool {
        matches!(self, Self::Found { .. })
    }
}

impl Localize for LicenceUrlState {
    fn message(&self) -> Message {
        match self {
            Self::Found { url, bytes } => Message::new(OnlineCode::LicenceFound)
                .with("url", url.as_str())
                .with("bytes", *bytes),
            Self::Missing { url, status } => Message::new(OnlineCode::LicenceMissing)
                .with("url", url.as_str())
                .with("status", *status),
            Self::Empty { url } => Message::new(OnlineCode::LicenceEmpty).with("url", url.as_str()),
        }
    }
}

/// Fetches `url` (GET, following redirects). Blocking, at most `timeout`.
pub fn check_licence_url(
    url: &str,
    timeout: std::time::Duration,
) -> Result<LicenceUrlState, NetworkProblem> {
    let url = url.trim();
    if !net::is_web_url(url) {
        return Err(NetworkProblem::BadEndpoint {
            value: url.to_owned(),
        });
    }
    let host = net::host_of(url);
    let mut response = net::http_agent(timeout)
        .get(url)
        .call()
        .map_err(|err| net::classify(&err, &host, timeout))?;
    let status = response.status().as_u16();
    if status != 200 {
        return Ok(LicenceUrlState::Missing {
            url: url.to_owned(),
            status,
        });
    }
    let mut bytes = 0u64;
    let mut reader = response
        .body_mut()
        .with_config()
        .limit(MAX_LICENCE_BYTES)
        .reader();
    let mut buf = [0u8; 8192];
    loop {
        match std::io::Read::read(&mut reader, &mut buf) {
            Ok(0) => break,
            Ok(n) => bytes += n as u64,
            Err(err) => {
                return Err(NetworkProblem::Offline {
                    host,
                    detail: err.to_string(),
                });
            }
        }
    }
    Ok(if bytes == 0 {
        LicenceUrlState::Empty {
            url: url.to_owned(),
        }
    } else {
        LicenceUrlState::Found {
            url: url.to_owned(),
            bytes,
        }
    })
}
