//! The HTTP client every online check uses (ureq with rustls, `HTTPS_PROXY` honoured), and what
//! can go wrong on the way, in the user's terms.

use std::fmt::Write as _;
use std::io;
use std::time::Duration;

use crate::messages::{Localize, Message, OnlineCode};

/// Why no usable answer came back. Never holds the secret key (nor the UserSig: the URL shown
/// is the host alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkProblem {
    /// The endpoint override is not an `http://` or `https://` address.
    BadEndpoint {
        /// What `MLVB_SETUP_IM_ENDPOINT` (or the URL given) holds.
        value: String,
    },
    /// No connection could be made: offline, a firewall, nothing listening.
    Offline {
        /// The host tried.
        host: String,
        /// What the system said.
        detail: String,
    },
    /// The host name could not be looked up (DNS).
    Dns {
        /// The host tried.
        host: String,
    },
    /// The secure connection failed (a proxy or firewall that rewrites HTTPS, a wrong clock).
    Tls {
        /// The host tried.
        host: String,
        /// What the TLS library said.
        detail: String,
    },
    /// No answer within the time allowed.
    Timeout {
        /// The host tried.
        host: String,
        /// The time allowed, in seconds (rounded up).
        seconds: u64,
    },
    /// The proxy from `HTTPS_PROXY` / `HTTP_PROXY` / `ALL_PROXY` refused or could not be used.
    Proxy {
        /// What went wrong.
        detail: String,
    },
    /// The connection was cut before the whole answer came.
    Dropped {
        /// The host tried.
        host: String,
    },
    /// The server answered with an HTTP error status.
    HttpStatus {
        /// The host.
        host: String,
        /// The status, e.g. 500.
        status: u16,
    },
    /// The answer could not be read as the API's JSON.
    BadAnswer {
        /// The host.
        host: String,
        /// What is wrong with it.
        detail: String,
    },
}

impl Localize for NetworkProblem {
    fn message(&self) -> Message {
        use OnlineCode as C;
        match self {
            Self::BadEndpoint { value } => {
                Message::new(C::BadEndpoint).with("value", value.as_str())
            }
            Self::Offline { host, detail } => Message::new(C::Offline)
                .with("host", host.as_str())
                .with("detail", detail.as_str()),
            Self::Dns { host } => Message::new(C::Dns).with("host", host.as_str()),
            Self::Tls { host, detail } => Message::new(C::Tls)
                .with("host", host.as_str())
                .with("detail", detail.as_str()),
            Self::Timeout { host, seconds } => Message::new(C::Timeout)
                .with("host", host.as_str())
                .with("seconds", *seconds),
            Self::Proxy { detail } => Message::new(C::Proxy).with("detail", detail.as_str()),
            Self::Dropped { host } => Message::new(C::Dropped).with("host", host.as_str()),
            Self::HttpStatus { host, status } => Message::new(C::HttpStatus)
                .with("host", host.as_str())
                .with("status", *status),
            Self::BadAnswer { host, detail } => Message::new(C::BadAnswer)
                .with("host", host.as_str())
                .with("detail", detail.as_str()),
        }
    }
}

impl std::fmt::Display for NetworkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for NetworkProblem {}

/// An agent with the whole-request `timeout`, the proxy from the environment, HTTP error
/// statuses returned as answers (so they can be told apart) and our user agent.
#[must_use]
pub fn http_agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .proxy(ureq::Proxy::try_from_env())
        .user_agent(concat!("mlvb-setup/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// An agent for a long download: no overall limit, but `stall` for connecting, for the answer
/// to start, and for each read (a server that stops sending is given up on).
#[must_use]
pub fn download_agent(stall: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(stall))
        .timeout_recv_response(Some(stall))
        .timeout_per_read(Some(stall))
        .http_status_as_error(false)
        .proxy(ureq::Proxy::try_from_env())
        .user_agent(concat!("mlvb-setup/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// The host (and port) of `url`, for messages: never the path or query (the UserSig).
#[must_use]
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    // Drop any user:password@ part.
    authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host)
        .to_owned()
}

/// Whether `url` is an `http://` or `https://` address with a host.
#[must_use]
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && !host_of(url).is_empty()
}

fn seconds_of(timeout: Duration) -> u64 {
    timeout.as_secs() + u64::from(timeout.subsec_nanos() > 0)
}

/// Says what went wrong on the way to `host`.
#[must_use]
pub fn classify(err: &ureq::Error, host: &str, timeout: Duration) -> NetworkProblem {
    let host = host.to_owned();
    match err {
        ureq::Error::Timeout(_) => NetworkProblem::Timeout {
            host,
            seconds: seconds_of(timeout),
        },
        ureq::Error::HostNotFound => NetworkProblem::Dns { host },
        ureq::Error::ConnectionFailed => NetworkProblem::Offline {
            host,
            detail: err.to_string(),
        },
        ureq::Error::Tls(_)
        | ureq::Error::Rustls(_)
        | ureq::Error::Pem(_)
        | ureq::Error::TlsRequired => NetworkProblem::Tls {
            host,
            detail: err.to_string(),
        },
        ureq::Error::InvalidProxyUrl | ureq::Error::ConnectProxyFailed(_) => {
            NetworkProblem::Proxy {
                detail: err.to_string(),
            }
        }
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => {
            NetworkProblem::BadEndpoint { value: host }
        }
        ureq::Error::Io(io) => classify_io(io, host, timeout),
        ureq::Error::StatusCode(status) => NetworkProblem::HttpStatus {
            host,
            status: *status,
        },
        _ => NetworkProblem::BadAnswer {
            host,
            detail: err.to_string(),
        },
    }
}

fn classify_io(err: &io::Error, host: String, timeout: Duration) -> NetworkProblem {
    use io::ErrorKind as K;
    match err.kind() {
        K::TimedOut | K::WouldBlock => NetworkProblem::Timeout {
            host,
            seconds: seconds_of(timeout),
        },
        K::ConnectionReset | K::ConnectionAborted | K::UnexpectedEof | K::BrokenPipe => {
            NetworkProblem::Dropped { host }
        }
        _ => {
            let detail = err.to_string();
            let lower = detail.to_ascii_lowercase();
            // The system's resolver reports a failed look-up as a plain I/O error.
            if [
                "lookup",
                "resolve",
                "name or service",
                "nodename",
                "no such host",
            ]
            .iter()
            .any(|word| lower.contains(word))
            {
                NetworkProblem::Dns { host }
            } else {
                NetworkProblem::Offline { host, detail }
            }
        }
    }
}

/// The current time as Unix seconds.
#[must_use]
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Percent-encodes a query value (everything but the URL's unreserved characters).
#[must_use]
pub fn query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'*') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_never_include_the_query() {
        assert_eq!(
            host_of("https://console.tim.qq.com/v4/x?usersig=abc"),
            "console.tim.qq.com"
        );
        assert_eq!(host_of("http://u:p@127.0.0.1:99/x"), "127.0.0.1:99");
        assert!(is_web_url("http://127.0.0.1:8080"));
        assert!(!is_web_url("ftp://x"));
        assert_eq!(query_value("a b/é"), "a%20b%2F%C3%A9");
    }
}
