//! The official vectors (`shared/fixtures/usersig/official-vectors.json`): every token of every
//! official library decodes, verifies and expires as the server would, and ours are the Python
//! library's byte for byte.
//!
//! The fixtures are found at `$MLVB_SHARED_DIR/fixtures/usersig/` or, by default, in the
//! `shared/` folder beside this crate's folder.

use std::collections::HashMap;
use std::path::PathBuf;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use mlvb_setup::credentials::SecretKey;
use mlvb_setup::usersig::{
    DecodedUserSig, Room, ServerErrorCode, Verification, content_to_sign, decode, generate,
    generate_private_map_key, private_map_key_userbuf, signature, verify,
};
use serde::Deserialize;
use serde_json::Value;

/// One case: the inputs typed, each library's outputs (`python_sig`, `go_userbuf_base64`,
/// `decoded_json_node`, …) looked up by name.
#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    kind: String,
    sdkappid: u64,
    key: String,
    userid: String,
    expire: i64,
    time: i64,
    roomid: Option<u32>,
    roomstr: Option<String>,
    privilege_map: Option<u32>,
    userbuf_base64: Option<String>,
    content_to_sign: String,
    #[serde(rename = "expected_TLS_sig")]
    expected_tls_sig: String,
    #[serde(flatten)]
    outputs: HashMap<String, Value>,
}

/// One library's token for a case, with what that library put in the userbuf.
struct LibraryToken<'a> {
    library: &'static str,
    text: &'a str,
    userbuf_base64: Option<&'a str>,
    json: Option<&'a str>,
}

impl Case {
    fn key(&self) -> SecretKey {
        SecretKey::from_exact(self.key.clone())
    }

    /// A string output such as `python_sig`; `None` when absent or null.
    fn output(&self, field: &str) -> Option<&str> {
        self.outputs.get(field).and_then(Value::as_str)
    }

    fn room(&self) -> Option<Room> {
        match self.kind.as_str() {
            "pmk" => Some(Room::Numeric(self.roomid.expect("pmk case without roomid"))),
            "pmk_str" => Some(Room::Named(
                self.roomstr.clone().expect("pmk_str, no roomstr"),
            )),
            _ => None,
        }
    }

    fn tokens(&self) -> Vec<LibraryToken<'_>> {
        ["python", "node", "go", "java"]
            .into_iter()
            .filter_map(|library| {
                Some(LibraryToken {
                    library,
                    text: self.output(&format!("{library}_sig"))?,
                    userbuf_base64: self.output(&format!("{library}_userbuf_base64")),
                    json: self.output(&format!("decoded_json_{library}")),
                })
            })
            .collect()
    }

    /// Go signs an empty userbuf but leaves it out of the document (its own verifier refuses
    /// the result too): the one token in the vectors no server can accept.
    fn is_go_empty_userbuf(&self, token: &LibraryToken<'_>) -> bool {
        token.library == "go" && self.userbuf_base64.as_deref() == Some("")
    }
}

fn vectors_path() -> PathBuf {
    let shared = std::env::var_os("MLVB_SHARED_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    );
    shared.join("fixtures/usersig/official-vectors.json")
}

fn cases() -> Vec<Case> {
    let path = vectors_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "cannot read the official UserSig vectors at {} ({err}); set MLVB_SHARED_DIR to the shared/ folder",
            path.display()
        )
    });
    let cases: Vec<Case> = serde_json::from_str(&text).expect("official-vectors.json parses");
    assert!(
        cases.len() >= 22,
        "expected at least 22 cases, got {}",
        cases.len()
    );
    cases
}

fn report(failures: &[String]) {
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
}

fn status(verification: &Verification) -> Option<ServerErrorCode> {
    verification.failure().map(|failure| failure.code)
}

#[test]
fn python_tokens_are_reproduced_byte_for_byte() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for case in cases() {
        let key = case.key();
        let userbuf = case
            .userbuf_base64
            .as_deref()
            .map(|b64| STANDARD.decode(b64).expect("userbuf_base64 is base64"));
        let ours = match case.room() {
            Some(room) => generate_private_map_key(
                case.sdkappid,
                &key,
                &case.userid,
                case.expire,
                case.time,
                &room,
                case.privilege_map.expect("pmk case without privilege_map"),
            ),
            None => Ok(generate(
                case.sdkappid,
                &key,
                &case.userid,
                case.expire,
                case.time,
                userbuf.as_deref(),
            )),
        };
        match (case.output("python_sig"), case.output("python_error"), ours) {
            (Some(python), _, Ok(ours)) => {
                compared += 1;
                if ours != python {
                    failures.push(format!("{}: ours {ours}\n  python {python}", case.name));
                }
            }
            (_, Some(_), Err(err)) => {
                assert!(!err.to_string().contains(&case.key) || case.key.is_empty());
            }
            (_, python_error, ours) => failures.push(format!(
                "{}: python error {python_error:?}, ours {ours:?}",
                case.name
            )),
        }
    }
    report(&failures);
    assert!(compared >= 21, "only {compared} Python tokens compared");
}

#[test]
fn content_to_sign_and_signature_match() {
    let mut failures = Vec::new();
    for case in cases() {
        let content = content_to_sign(
            &case.userid,
            case.sdkappid,
            case.time,
            case.expire,
            case.userbuf_base64.as_deref(),
        );
        if content != case.content_to_sign {
            failures.push(format!("{}: content {content:?}", case.name));
        }
        let sig = signature(&case.key(), &content);
        if sig != case.expected_tls_sig {
            failures.push(format!("{}: TLS.sig {sig}", case.name));
        }
    }
    report(&failures);
}

#[test]
fn private_map_key_userbufs_match_python() {
    let mut failures = Vec::new();
    for case in cases() {
        let Some(room) = case.room() else { continue };
        let privilege_map = case.privilege_map.expect("pmk case without privilege_map");
        let ours = private_map_key_userbuf(
            case.sdkappid,
            &case.userid,
            case.expire,
            case.time,
            &room,
            privilege_map,
        );
        match (case.output("python_userbuf_base64"), ours) {
            (Some(python), Ok(ours)) if STANDARD.encode(&ours) == python => {}
            (None, Err(_)) if case.output("python_error").is_some() => {}
            (python, ours) => {
                failures.push(format!("{}: python {python:?}, ours {ours:?}", case.name));
            }
        }
        for token in case.tokens() {
            let decoded = decode(token.text).expect("official token decodes");
            let Some(info) = decoded.private_map_key() else {
                failures.push(format!(
                    "{} {}: no PrivateMapKey record",
                    case.name, token.library
                ));
                continue;
            };
            let expected_room = match (&room, token.library) {
                _ if token.userbuf_base64 == case.output("python_userbuf_base64") => room.clone(),
                // The non-Latin-1 room name: Go writes UTF-8, Node and Java the low byte of each
                // UTF-16 unit ('中' is U+4E2D, so '-').
                (Room::Named(_), "go") => Room::Named("room_中".to_owned()),
                (Room::Named(_), _) => Room::Named("room_-".to_owned()),
                (Room::Numeric(_), _) => room.clone(),
            };
            let expected_expiry = case.time + case.expire;
            if info.room != expected_room
                || info.privilege_map != privilege_map
                || info.expires_at != expected_expiry
                || info.userid != case.userid
                || u64::from(info.sdkappid) != case.sdkappid
                || info.account_type != 0
            {
                failures.push(format!("{} {}: {info:?}", case.name, token.library));
            }
        }
    }
    report(&failures);
}

#[test]
fn every_library_token_decodes_to_the_inputs() {
    let mut failures = Vec::new();
    let mut tokens = 0;
    for case in cases() {
        for token in case.tokens() {
            tokens += 1;
            let decoded = match decode(token.text) {
                Ok(decoded) => decoded,
                Err(err) => {
                    failures.push(format!("{} {}: {err}", case.name, token.library));
                    continue;
                }
            };
            let userbuf = token
                .userbuf_base64
                .map(|b64| STANDARD.decode(b64).expect("base64"));
            let same_userbuf = token
                .userbuf_base64
                .is_none_or(|own| Some(own) == case.userbuf_base64.as_deref());
            let expected = DecodedUserSig {
                version: "2.0".to_owned(),
                identifier: case.userid.clone(),
                sdkappid: case.sdkappid,
                time: case.time,
                expire: case.expire,
                userbuf,
                userbuf_base64: token.userbuf_base64.map(str::to_owned),
                sig: if same_userbuf {
                    case.expected_tls_sig.clone()
                } else {
                    decoded.sig.clone()
                },
                json: token
                    .json
                    .map_or_else(|| decoded.json.clone(), str::to_owned),
            };
            if decoded != expected {
                failures.push(format!(
                    "{} {}:\n  got {decoded:?}\n  want {expected:?}",
                    case.name, token.library
                ));
            }
            if decoded.expires_at() != case.time.saturating_add(case.expire) {
                failures.push(format!("{} {}: expires_at", case.name, token.library));
            }
        }
    }
    report(&failures);
    assert!(tokens >= 80, "only {tokens} tokens in the vectors");
}

#[test]
fn every_library_token_verifies_through_its_lifetime() {
    let mut failures = Vec::new();
    for case in cases() {
        let key = case.key();
        for token in case.tokens() {
            let at = |now: i64, userid: Option<&str>| {
                status(&verify(token.text, case.sdkappid, &key, userid, now))
            };
            let label = format!("{} {}", case.name, token.library);
            if case.is_go_empty_userbuf(&token) {
                let result = verify(token.text, case.sdkappid, &key, None, case.time);
                let failure = result
                    .failure()
                    .expect("Go's empty-userbuf token cannot verify");
                assert_eq!(failure.code, ServerErrorCode::SignatureMismatch, "{label}");
                assert!(
                    failure.cause.to_string().contains("empty userbuf"),
                    "{label}: {}",
                    failure.cause
                );
                continue;
            }
            let end = case.time.saturating_add(case.expire);
            let mut expectations = vec![(end.saturating_add(1), Some(ServerErrorCode::Expired))];
            if case.expire >= 0 {
                expectations.push((case.time, None));
                expectations.push((end, None));
            } else {
                expectations.push((case.time, Some(ServerErrorCode::Expired)));
            }
            for (now, want) in expectations {
                for userid in [None, Some(case.userid.as_str())] {
                    let got = at(now, userid);
                    if got != want {
                        failures.push(format!(
                            "{label} at {now} (userid {userid:?}): {got:?}, want {want:?}"
                        ));
                    }
                }
            }
            if token.library == "python" {
                let python_says = case.output("verify_python_sig_at_time");
                let ours = if at(case.time, None).is_none() {
                    "ok"
                } else {
                    "expired"
                };
                if python_says != Some(ours) {
                    failures.push(format!(
                        "{label}: vectors say {python_says:?}, we say {ours}"
                    ));
                }
            }
            if let Verification::Valid { expires_at, .. } =
                verify(token.text, case.sdkappid, &key, None, case.time.min(end))
            {
                assert_eq!(expires_at, end, "{label}");
            }
        }
    }
    report(&failures);
}

#[test]
fn wrong_inputs_get_the_server_codes() {
    use ServerErrorCode::{SdkAppIdMismatch, SignatureMismatch, UserIdMismatch};
    let mut failures = Vec::new();
    for case in cases() {
        let key = case.key();
        let wrong_key = SecretKey::from_exact(format!("wrong {}Zq9X", case.key));
        let now = case.time;
        for token in case.tokens() {
            let label = format!("{} {}", case.name, token.library);
            let other_user = format!("{}_", case.userid);
            let checks = [
                ("wrong key", 0, &wrong_key, None, now, SignatureMismatch),
                (
                    "wrong key, expired",
                    0,
                    &wrong_key,
                    None,
                    i64::MAX,
                    SignatureMismatch,
                ),
                ("other SDKAppID", 1, &key, None, now, SdkAppIdMismatch),
                (
                    "other SDKAppID, wrong key",
                    1,
                    &wrong_key,
                    Some("x"),
                    now,
                    SdkAppIdMismatch,
                ),
                (
                    "other userID",
                    0,
                    &key,
                    Some(other_user.as_str()),
                    now,
                    UserIdMismatch,
                ),
                (
                    "other userID, wrong key",
                    0,
                    &wrong_key,
                    Some("x"),
                    now,
                    UserIdMismatch,
                ),
            ];
            for (what, delta, key, userid, now, want) in checks {
                let result = verify(token.text, case.sdkappid + delta, key, userid, now);
                let Some(failure) = result.failure() else {
                    failures.push(format!("{label}, {what}: valid"));
                    continue;
                };
                if failure.code != want {
                    failures.push(format!("{label}, {what}: {}", failure.code));
                }
                if failure.decoded.is_none() {
                    failures.push(format!("{label}, {what}: decoded missing"));
                }
                for secret in [case.key.as_str(), wrong_key.expose()] {
                    if secret.len() >= 8 && failure.cause.to_string().contains(secret) {
                        failures.push(format!("{label}, {what}: the key leaked into the cause"));
                    }
                }
            }
            let wrong = verify(token.text, case.sdkappid, &wrong_key, None, now);
            let cause = &wrong.failure().expect("wrong key fails").cause;
            if !cause.to_string().contains("another IM app") {
                failures.push(format!("{label}: 70009 cause does not explain: {cause}"));
            }
        }
    }
    report(&failures);
}

#[test]
fn garbage_is_malformed() {
    let case = cases().into_iter().next().expect("a case");
    let token = case.output("python_sig").expect("python token").to_owned();
    let mut flipped = token.clone().into_bytes();
    let middle = flipped.len() / 2;
    flipped[middle] = if flipped[middle] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).expect("ascii");
    let garbage = [
        String::new(),
        "   ".to_owned(),
        "not a usersig!".to_owned(),
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc".to_owned(),
        token[..token.len() / 2].to_owned(),
        token[..token.len() - 8].to_owned(),
        flipped,
        "YWJjZGVm".to_owned(),
        usersig_of_json("{\"hello\": 1}"),
        usersig_of_json("[]"),
    ];
    for text in garbage {
        let result = verify(&text, case.sdkappid, &case.key(), None, case.time);
        let failure = result
            .failure()
            .unwrap_or_else(|| panic!("{text:?} verified"));
        assert_eq!(
            failure.code,
            ServerErrorCode::Malformed,
            "{text:?}: {failure}"
        );
        assert!(failure.decoded.is_none());
        assert!(!failure.cause.to_string().contains(&case.key));
        assert!(decode(&text).is_err());
    }
}

fn usersig_of_json(json: &str) -> String {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    encoder.write_all(json.as_bytes()).expect("compress");
    STANDARD
        .encode(encoder.finish().expect("compress"))
        .replace('+', "*")
        .replace('/', "-")
        .replace('=', "_")
}

#[test]
fn pasted_spellings_decode_alike() {
    for case in cases() {
        for token in case.tokens() {
            let original = decode(token.text).expect("decodes");
            let standard = token
                .text
                .replace('*', "+")
                .replace('-', "/")
                .replace('_', "=");
            let url_safe = standard.replace('+', "-").replace('/', "_");
            let spellings = [
                token.text.trim_end_matches('_').to_owned(),
                format!("  \"{}\"\r\n", token.text),
                standard.clone(),
                standard.trim_end_matches('=').to_owned(),
                url_safe.clone(),
                url_safe.trim_end_matches('=').to_owned(),
            ];
            for spelling in spellings {
                let decoded = decode(&spelling).unwrap_or_else(|err| {
                    panic!("{} {}: {spelling}: {err}", case.name, token.library)
                });
                assert_eq!(
                    decoded, original,
                    "{} {}: {spelling}",
                    case.name, token.library
                );
            }
        }
    }
}

#[test]
fn expiry_causes_say_when_and_why() {
    let cases: HashMap<String, Case> = cases().into_iter().map(|c| (c.name.clone(), c)).collect();
    let zero = &cases["expire_zero"];
    let token = zero.output("python_sig").expect("python token");
    let result = verify(token, zero.sdkappid, &zero.key(), None, zero.time + 1);
    let failure = result.failure().expect("expired");
    assert_eq!(failure.code, ServerErrorCode::Expired);
    assert!(
        failure.cause.to_string().contains("EXPIRETIME = 0"),
        "{}",
        failure.cause
    );
    assert!(
        failure
            .cause
            .to_string()
            .contains(&mlvb_setup::time::format_local(zero.time)),
        "{}",
        failure.cause
    );
    let basic = &cases["basic_readme"];
    let token = basic.output("python_sig").expect("python token");
    let end = basic.time + basic.expire;
    let result = verify(token, basic.sdkappid, &basic.key(), None, end + 3600);
    let failure = result.failure().expect("expired");
    assert_eq!(failure.code.code(), 70001);
    assert!(
        failure
            .cause
            .to_string()
            .contains(&mlvb_setup::time::format_local(end)),
        "{}",
        failure.cause
    );
    assert!(
        failure.cause.to_string().contains("1 h"),
        "{}",
        failure.cause
    );
}
