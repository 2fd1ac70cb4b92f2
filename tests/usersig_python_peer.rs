//! Ours against the official Python library (`pip install tls-sig-api-v2==1.1`) on hundreds of
//! random inputs: hostile userIDs, keys of every shape, huge and negative expiries, random
//! userbufs. Both must produce the same token, byte for byte.
//!
//! Without the Python package the test is skipped with a note, except on CI (`CI=true`), where it
//! fails. The interpreter is `$MLVB_PYTHON`, else `python3`, else `python`.

use std::io::Write as _;
use std::process::{Command, Stdio};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use mlvb_setup::credentials::SecretKey;
use mlvb_setup::usersig::{decode, generate, verify};
use rand::rngs::StdRng;
use rand::{RngExt as _, SeedableRng as _};
use serde::{Deserialize, Serialize};

const CASES: usize = 400;
const DEFAULT_SEED: u64 = 0x7515_16a9_1b2c_0001;
const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/support/usersig_python_peer.py"
);

#[derive(Debug, Serialize)]
struct PeerCase {
    sdkappid: u64,
    key: String,
    userid: String,
    expire: i64,
    time: i64,
    userbuf_base64: Option<String>,
}

#[derive(Debug, Deserialize)]
struct PeerOutput {
    version: String,
    results: Vec<PeerResult>,
}

#[derive(Debug, Deserialize)]
struct PeerResult {
    sig: Option<String>,
    error: Option<String>,
}

/// A character from one of the families that stress the JSON writer and the HMAC input.
fn random_char(rng: &mut StdRng) -> char {
    let code = match rng.random_range(0..10) {
        0 => rng.random_range(0x00..0x20),
        1 => *[0x22, 0x5c, 0x2f, 0x7f, 0x27, 0x3c, 0x26]
            .get(rng.random_range(0..7))
            .unwrap_or(&0x22),
        2 => rng.random_range(0x80..0x100),
        3 => rng.random_range(0x4e00..0xa000),
        4 => rng.random_range(0x1f300..0x1fb00),
        5 => *[0x2028, 0x2029, 0xfeff, 0xffff, 0x0010_ffff]
            .get(rng.random_range(0..5))
            .unwrap_or(&0x2028),
        6 => rng.random_range(0x100..0xd800),
        7 => rng.random_range(0x0001_0000..0x0011_0000),
        _ => rng.random_range(0x20..0x7f),
    };
    char::from_u32(code).unwrap_or('?')
}

fn random_text(rng: &mut StdRng, max_len: usize) -> String {
    let len = rng.random_range(0..=max_len);
    (0..len).map(|_| random_char(rng)).collect()
}

fn random_case(rng: &mut StdRng) -> PeerCase {
    let key = match rng.random_range(0..6) {
        0 => (0..64)
            .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
            .collect(),
        1 => String::new(),
        2 => random_text(rng, 80),
        _ => (0..rng.random_range(1..100))
            .map(|_| char::from(rng.random_range(0x20u8..0x7f)))
            .collect(),
    };
    let userid = match rng.random_range(0..4) {
        0 => (0..rng.random_range(1..33))
            .map(|_| char::from(b"abcXYZ019_-"[rng.random_range(0..11)]))
            .collect(),
        _ => random_text(rng, 40),
    };
    let sdkappid = match rng.random_range(0..5) {
        0 => rng.random_range(1_400_000_000..1_500_000_000),
        1 => rng.random_range(20_000_000..30_000_000),
        2 => rng.random_range(0..=u64::MAX),
        _ => u64::from(rng.random_range(0..=u32::MAX)),
    };
    let expire = match rng.random_range(0..8) {
        0 => 0,
        1 => -1,
        2 => rng.random_range(i64::MIN..=i64::MAX),
        3 => 9_007_199_254_740_991,
        4 => rng.random_range(-100_000..0),
        _ => rng.random_range(1..=1_000_000_000_000),
    };
    let time = match rng.random_range(0..10) {
        0 => 0,
        1 => rng.random_range(-4_000_000_000..0),
        _ => rng.random_range(1_000_000_000..=4_294_967_295),
    };
    let userbuf_base64 = (rng.random_range(0..5) >= 2).then(|| {
        let bytes: Vec<u8> = (0..rng.random_range(0..90)).map(|_| rng.random()).collect();
        STANDARD.encode(bytes)
    });
    PeerCase {
        sdkappid,
        key,
        userid,
        expire,
        time,
        userbuf_base64,
    }
}

/// Runs the Python helper; `None` when the package (or Python itself) is not available.
fn run_python(cases: &[PeerCase]) -> Option<PeerOutput> {
    let input = serde_json::to_vec(cases).expect("cases serialise");
    let interpreters = std::env::var("MLVB_PYTHON").map_or_else(
        |_| vec!["python3".to_owned(), "python".to_owned()],
        |p| vec![p],
    );
    for interpreter in interpreters {
        let child = Command::new(&interpreter)
            .arg(SCRIPT)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let Ok(mut child) = child else { continue };
        // Python exits early (broken pipe) when the import fails: its exit status says why.
        let written = child.stdin.take().expect("stdin piped").write_all(&input);
        let output = child.wait_with_output().expect("wait for Python");
        let stderr = String::from_utf8_lossy(&output.stderr);
        match output.status.code() {
            Some(0) => {
                written.expect("write the cases to Python");
                return Some(
                    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
                        panic!("{interpreter}: unreadable output ({err}); stderr: {stderr}")
                    }),
                );
            }
            Some(3) => {
                eprintln!("{interpreter}: {}", stderr.trim());
            }
            _ => panic!(
                "{interpreter} {SCRIPT} failed ({}): {stderr}",
                output.status
            ),
        }
    }
    None
}

fn unavailable(why: &str) {
    let on_ci = std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true"));
    assert!(
        !on_ci,
        "CI=true but {why}: install it with `pip install tls-sig-api-v2==1.1` (set MLVB_PYTHON to choose the interpreter)"
    );
    eprintln!("skipping the Python peer comparison: {why} (pip install tls-sig-api-v2==1.1)");
}

#[test]
fn random_inputs_match_the_official_python_library() {
    let seed = std::env::var("MLVB_PEER_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let mut rng = StdRng::seed_from_u64(seed);
    let cases: Vec<PeerCase> = (0..CASES).map(|_| random_case(&mut rng)).collect();
    let Some(output) = run_python(&cases) else {
        unavailable("the official Python package TLSSigAPIv2 (or Python) is not available");
        return;
    };
    if output.version != "1.1" {
        unavailable(&format!(
            "tls-sig-api-v2 {} is installed, not 1.1",
            output.version
        ));
        return;
    }
    assert_eq!(
        output.results.len(),
        cases.len(),
        "Python returned a wrong number of results"
    );
    let mut failures = Vec::new();
    for (index, (case, python)) in cases.iter().zip(&output.results).enumerate() {
        let key = SecretKey::from_exact(case.key.clone());
        let userbuf = case
            .userbuf_base64
            .as_deref()
            .map(|b| STANDARD.decode(b).expect("base64"));
        let ours = generate(
            case.sdkappid,
            &key,
            &case.userid,
            case.expire,
            case.time,
            userbuf.as_deref(),
        );
        match (&python.sig, &python.error) {
            (Some(sig), _) if *sig == ours => {}
            (sig, error) => {
                failures.push(format!(
                    "case {index} {case:?}:\n  ours   {ours}\n  python {sig:?} {error:?}"
                ));
                continue;
            }
        }
        let decoded = decode(&ours).expect("our token decodes");
        assert_eq!(
            (
                decoded.identifier.as_str(),
                decoded.sdkappid,
                decoded.time,
                decoded.expire
            ),
            (case.userid.as_str(), case.sdkappid, case.time, case.expire),
            "case {index}"
        );
        assert_eq!(decoded.userbuf_base64, case.userbuf_base64, "case {index}");
        let verdict = verify(&ours, case.sdkappid, &key, Some(&case.userid), case.time);
        assert_eq!(
            verdict.is_valid(),
            case.expire >= 0,
            "case {index}: {:?}",
            verdict.failure()
        );
    }
    assert!(
        failures.is_empty(),
        "seed {seed}: {} of {CASES} differ from Python:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
