//! `check --online` against an IM REST API stand-in on 127.0.0.1 that verifies the UserSig it
//! receives the way the server does (with the core's verifier and the key it was given): each
//! answer gives its cause and exit code, and the key never appears in any request.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mlvb_setup::credentials::SecretKey;
use mlvb_setup::usersig::{self, Verification};

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const OTHER_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";
const SDKAPPID: u64 = 1_400_123_456;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Verifies the UserSig like the server and answers OK or the server's code.
    Server,
    /// Answers 200 with a body that is not JSON.
    Malformed,
    /// Answers 500.
    Status500,
    /// Never answers (until the test process ends).
    Stall,
}

struct StandIn {
    base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .try_into()
        .unwrap()
}

fn query(url: &str, name: &str) -> Option<String> {
    let (_, q) = url.split_once('?')?;
    q.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| v.to_owned())
    })
}

/// What the server answers for a request to `url`.
fn server_answer(url: &str) -> String {
    let fail = |code: u32, info: &str| {
        format!(r#"{{"ActionStatus":"FAIL","ErrorCode":{code},"ErrorInfo":"{info}"}}"#)
    };
    let (Some(sig), Some(identifier)) = (query(url, "usersig"), query(url, "identifier")) else {
        return fail(60004, "missing parameter");
    };
    let key = SecretKey::from_exact(KEY.to_owned());
    match usersig::verify(&sig, SDKAPPID, &key, Some(&identifier), now()) {
        Verification::Invalid(failure) => fail(failure.code.code(), "usersig check failed"),
        Verification::Valid { .. } if identifier != "administrator" => {
            fail(70403, "requires app administrator permissions")
        }
        Verification::Valid { .. } => r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[{"UserID":"administrator","ResultCode":0,"ResultInfo":"","AccountStatus":"Imported"}]}"#.to_owned(),
    }
}

fn stand_in(mode: Mode) -> StandIn {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let base = format!("http://{}", server.server_addr().to_ip().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&requests);
    std::thread::spawn(move || {
        for mut request in server.incoming_requests() {
            let mut body = String::new();
            request.as_reader().read_to_string(&mut body).unwrap();
            let headers: Vec<String> = request.headers().iter().map(ToString::to_string).collect();
            let url = request.url().to_owned();
            seen.lock().unwrap().push(format!(
                "{} {url}\n{}\n\n{body}",
                request.method(),
                headers.join("\n")
            ));
            let response = if url.starts_with("/licence/good") {
                tiny_http::Response::from_string("licence-bytes").with_status_code(200)
            } else if url.starts_with("/licence/") {
                tiny_http::Response::from_string("no such licence").with_status_code(404)
            } else {
                match mode {
                    Mode::Server => {
                        tiny_http::Response::from_string(server_answer(&url)).with_status_code(200)
                    }
                    Mode::Malformed => tiny_http::Response::from_string("<html>portal</html>")
                        .with_status_code(200),
                    Mode::Status500 => {
                        tiny_http::Response::from_string("oops").with_status_code(500)
                    }
                    Mode::Stall => {
                        std::thread::sleep(Duration::from_secs(30));
                        continue;
                    }
                }
            };
            let _ = request.respond(response);
        }
    });
    StandIn { base, requests }
}

fn check(stand_in: &StandIn, key: &str, extra: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    cmd.args(["check", "--sdkappid", "1400123456"])
        .args(extra)
        .env("MLVB_SECRET_KEY", key)
        .env("MLVB_SETUP_IM_ENDPOINT", &stand_in.base)
        .env("MLVB_SETUP_NET_TIMEOUT_MS", "700")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    for proxy in [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(proxy);
    }
    cmd.output().unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap()
}

/// No request the stand-in saw holds either key.
fn assert_no_key_sent(stand_in: &StandIn) {
    for request in stand_in.requests.lock().unwrap().iter() {
        assert!(
            !request.contains(KEY) && !request.contains(OTHER_KEY),
            "{request}"
        );
    }
}

#[test]
fn the_right_pair_is_accepted() {
    let server = stand_in(Mode::Server);
    let out = check(&server, KEY, &["--online"]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(
        text(&out).contains("Tencent Cloud accepted SDKAppID 1400123456"),
        "{}",
        text(&out)
    );
    let requests = server.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert!(request.starts_with("POST /v4/im_open_login_svc/account_check?sdkappid=1400123456&identifier=administrator&usersig="), "{request}");
    assert!(request.contains("&contenttype=json"), "{request}");
    assert!(request.contains("&random="), "{request}");
    assert!(
        request.ends_with(r#"{"CheckItem":[{"UserID":"administrator"}]}"#),
        "{request}"
    );
    assert!(!text(&out).contains(KEY));
    assert_no_key_sent(&server);
}

#[test]
fn a_wrong_key_is_70009_and_exit_1() {
    let server = stand_in(Mode::Server);
    let out = check(&server, OTHER_KEY, &["--online"]);
    assert_eq!(code(&out), 1, "{}", text(&out));
    let shown = text(&out);
    assert!(shown.contains("error 70009"), "{shown}");
    assert!(
        shown.contains("the secret key is not the one of SDKAppID 1400123456"),
        "{shown}"
    );
    assert!(!shown.contains(OTHER_KEY));
    assert_no_key_sent(&server);
}

#[test]
fn a_wrong_key_in_json() {
    let server = stand_in(Mode::Server);
    let out = check(&server, OTHER_KEY, &["--online", "--json"]);
    assert_eq!(code(&out), 1, "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["account"]["status"], "refused");
    assert_eq!(doc["account"]["error_code"], 70009);
    assert_eq!(doc["account"]["kind"], "wrong-key");
    assert_eq!(doc["account"]["message"]["code"], "online-refused");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(OTHER_KEY));
}

#[test]
fn another_apps_sdkappid_is_70014() {
    let server = stand_in(Mode::Server);
    let cmd_args = ["--online", "--region", "sgp"];
    // The stand-in knows only 1400123456; the CLI signs for 1400999999.
    let out = {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
        cmd.args(["check", "--sdkappid", "1400999999"])
            .args(cmd_args)
            .env("MLVB_SECRET_KEY", KEY)
            .env("MLVB_SETUP_IM_ENDPOINT", &server.base)
            .env("MLVB_SETUP_NET_TIMEOUT_MS", "700")
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("HTTPS_PROXY")
            .env_remove("https_proxy")
            .env_remove("ALL_PROXY")
            .env_remove("all_proxy");
        cmd.output().unwrap()
    };
    assert_eq!(code(&out), 1, "{}", text(&out));
    assert!(text(&out).contains("error 70014"), "{}", text(&out));
    assert!(
        text(&out).contains("made for another SDKAppID than 1400999999"),
        "{}",
        text(&out)
    );
    assert_no_key_sent(&server);
}

#[test]
fn an_account_that_is_not_an_admin() {
    let server = stand_in(Mode::Server);
    let out = check(&server, KEY, &["--online", "--admin", "alice"]);
    assert_eq!(code(&out), 1, "{}", text(&out));
    assert!(text(&out).contains("error 70403"), "{}", text(&out));
    assert!(
        text(&out).contains("alice is not an admin of IM app 1400123456"),
        "{}",
        text(&out)
    );
    assert!(server.requests.lock().unwrap()[0].contains("identifier=alice"));
    assert_no_key_sent(&server);
}

#[test]
fn a_malformed_answer_is_no_answer_exit_2() {
    let server = stand_in(Mode::Malformed);
    let out = check(&server, KEY, &["--online"]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(
        text(&out).contains("sent an answer that is not the IM API's"),
        "{}",
        text(&out)
    );
    assert_no_key_sent(&server);
}

#[test]
fn a_server_error_is_no_answer_exit_2() {
    let server = stand_in(Mode::Status500);
    let out = check(&server, KEY, &["--online", "--json"]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["account"]["status"], "no-answer");
    assert_eq!(doc["account"]["message"]["code"], "online-http-status");
    assert_eq!(doc["account"]["message"]["args"]["status"], 500);
    assert_no_key_sent(&server);
}

#[test]
fn a_stalled_server_times_out_exit_2() {
    let server = stand_in(Mode::Stall);
    let out = check(&server, KEY, &["--online"]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(
        text(&out).contains("did not answer within 1 seconds"),
        "{}",
        text(&out)
    );
    assert_no_key_sent(&server);
}

#[test]
fn nothing_listening_is_a_connection_failure() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = StandIn {
        base: format!("http://127.0.0.1:{port}"),
        requests: Arc::default(),
    };
    let out = check(&server, KEY, &["--online"]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(
        text(&out).contains("Could not connect to 127.0.0.1:"),
        "{}",
        text(&out)
    );
}

#[test]
fn without_online_only_the_form_is_checked() {
    let server = stand_in(Mode::Server);
    let out = check(&server, KEY, &[]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(
        text(&out).contains("Only the form was checked"),
        "{}",
        text(&out)
    );
    assert!(server.requests.lock().unwrap().is_empty());
    // A key of three letters is still only a form check, with its warning.
    let out = check(&server, "xyz", &[]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(
        text(&out).contains("Only the form was checked"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("warning"), "{}", text(&out));
}

#[test]
fn a_console_usersig_proves_the_key_offline() {
    let server = stand_in(Mode::Server);
    let key = SecretKey::from_exact(KEY.to_owned());
    // An old token from the console still proves the key: expiry does not count here.
    let token = usersig::generate(SDKAPPID, &key, "console-user", 180, 1_600_000_000, None);
    let out = check(&server, KEY, &["--usersig", &token]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(
        text(&out).contains("verifies with this key and SDKAppID"),
        "{}",
        text(&out)
    );
    let out = check(&server, OTHER_KEY, &["--usersig", &token]);
    assert_eq!(code(&out), 1, "{}", text(&out));
    assert!(text(&out).contains("error 70009"), "{}", text(&out));
    let out = check(&server, KEY, &["--usersig", "not a usersig"]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("--usersig"), "{}", text(&out));
    assert!(server.requests.lock().unwrap().is_empty());
}

#[test]
fn the_licence_url_is_fetched_with_online() {
    let server = stand_in(Mode::Server);
    let good = format!("{}/licence/good.licence", server.base);
    let out = check(&server, KEY, &["--online", "--license-url", &good]);
    assert_eq!(code(&out), 0, "{}", text(&out));
    assert!(
        text(&out).contains("answers with a licence (13 bytes)"),
        "{}",
        text(&out)
    );
    let missing = format!("{}/licence/missing.licence", server.base);
    let out = check(
        &server,
        KEY,
        &["--online", "--license-url", &missing, "--json"],
    );
    assert_eq!(code(&out), 1, "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["account"]["status"], "works");
    assert_eq!(doc["licence"]["status"], "missing");
    assert_eq!(doc["licence"]["message"]["args"]["status"], 404);
    // Without --online nothing is fetched: the flag is refused.
    let out = check(&server, KEY, &["--license-url", &good]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert_no_key_sent(&server);
}

#[test]
fn bad_flags_are_exit_2() {
    let server = stand_in(Mode::Server);
    let out = check(&server, KEY, &["--online", "--region", "mars"]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("--region"), "{}", text(&out));
    let out = check(&server, KEY, &["--online", "--admin", " "]);
    assert_eq!(code(&out), 2, "{}", text(&out));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    let out = cmd
        .args(["check", "--sdkappid", "wx0123456789abcdef", "--online"])
        .env("MLVB_SECRET_KEY", KEY)
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", text(&out));
    assert!(text(&out).contains("--sdkappid"), "{}", text(&out));
    assert!(server.requests.lock().unwrap().is_empty());
}

#[test]
fn https_proxy_is_honoured() {
    use std::io::{Read as _, Write as _};
    // A proxy on 127.0.0.1 that records the CONNECT it gets and refuses it: nothing goes further.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(String::new()));
    let record = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            record
                .lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&head));
            let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let out = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"))
        .args([
            "check",
            "--sdkappid",
            "1400123456",
            "--online",
            "--region",
            "ger",
        ])
        .env("MLVB_SECRET_KEY", KEY)
        .env_remove("MLVB_SETUP_IM_ENDPOINT")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .env("HTTPS_PROXY", &proxy)
        .env("MLVB_SETUP_NET_TIMEOUT_MS", "2000")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", text(&out));
    let seen = seen.lock().unwrap().clone();
    assert!(
        seen.starts_with("CONNECT adminapiger.im.qcloud.com:443"),
        "{seen}"
    );
    assert!(!seen.contains(KEY) && !seen.contains("usersig"), "{seen}");
    assert!(text(&out).contains("proxy"), "{}", text(&out));
}

#[test]
fn the_core_api_the_window_calls() {
    use mlvb_setup::credentials::SdkAppId;
    use mlvb_setup::online::{AccountCheck, OnlineCheck, RefusalKind, spawn_check};
    let server = stand_in(Mode::Server);
    let sdkappid = SdkAppId::new(1_400_123_456).unwrap();
    let mut check = OnlineCheck::new(sdkappid, SecretKey::from_exact(OTHER_KEY.to_owned()));
    // The endpoint and timeout are given here, not through the environment.
    check.endpoint = Some(server.base.clone());
    check.timeout = Some(Duration::from_secs(5));
    let report = spawn_check(check.clone(), || {}).unwrap().recv().unwrap();
    let Ok(AccountCheck::Refused(refusal)) = &report.account else {
        panic!("{report:?}");
    };
    assert_eq!(refusal.error_code, 70009);
    assert_eq!(refusal.kind, RefusalKind::WrongKey);
    assert_eq!(report.summary().code.id(), "online-refused");
    check.secret_key = SecretKey::from_exact(KEY.to_owned());
    let report = mlvb_setup::online::check_with_tencent(&check);
    assert!(report.pair_works(), "{report:?}");
    assert_no_key_sent(&server);
}
