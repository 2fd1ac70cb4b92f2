//! `usersig gen | verify | decode`.

use base64::Engine as _;
use clap::Args;
use mlvb_setup::credentials::SdkAppId;
use mlvb_setup::messages::{CliCode, Localize, Message, raw_text};
use mlvb_setup::time::format_local;
use mlvb_setup::usersig::{self, DecodedUserSig, PrivateMapKeyInfo, Verification};
use serde_json::json;

use super::output::{now_unix, relative_to};
use super::secret::SecretKeySource;
use super::{CmdResult, Failure, say};

/// Arguments of `usersig gen`.
#[derive(Debug, Args)]
pub struct GenArgs {
    /// The SDKAppID of your IM app.
    #[arg(long, value_name = "N")]
    sdkappid: String,
    /// The userID the UserSig is for.
    #[arg(long, value_name = "ID")]
    userid: String,
    /// Lifetime in seconds.
    #[arg(long, value_name = "SECONDS", default_value = "604800")]
    expire: String,
    /// Issue time as a Unix timestamp (default: now).
    #[arg(long, value_name = "UNIX")]
    issued_at: Option<String>,
    /// Attach this userbuf (standard base64).
    #[arg(long, value_name = "B64")]
    userbuf_base64: Option<String>,
    #[command(flatten)]
    key: SecretKeySource,
}

/// Arguments of `usersig verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The UserSig token.
    usersig: String,
    /// The SDKAppID the app logs in with.
    #[arg(long, value_name = "N")]
    sdkappid: String,
    /// The userID the app logs in with.
    #[arg(long, value_name = "ID")]
    userid: Option<String>,
    /// Check as of this Unix timestamp (default: now).
    #[arg(long, value_name = "UNIX")]
    at: Option<String>,
    /// Print machine-readable JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    key: SecretKeySource,
}

fn parse_sdkappid(raw: &str) -> Result<SdkAppId, Failure> {
    SdkAppId::parse(raw).map_err(|err| Failure::flag("--sdkappid", &err))
}

fn parse_seconds(flag: &str, raw: &str) -> Result<i64, Failure> {
    raw.trim().parse::<i64>().map_err(|_| {
        Failure::BadInput(
            Message::new(CliCode::NotSeconds)
                .with("flag", flag)
                .with("got", raw),
        )
    })
}

fn decode_token(raw: &str) -> Result<DecodedUserSig, Failure> {
    usersig::decode(raw).map_err(|err| {
        Failure::BadInput(Message::new(CliCode::NotAUserSig).with("reason", err.message()))
    })
}

/// `usersig gen`: prints the token alone.
pub fn generate(args: &GenArgs) -> CmdResult {
    let sdkappid = parse_sdkappid(&args.sdkappid)?;
    if args.userid.is_empty() {
        return Err(Failure::BadInput(Message::new(CliCode::UserIdEmpty)));
    }
    let expire = parse_seconds("--expire", &args.expire)?;
    if expire <= 0 {
        return Err(Failure::BadInput(
            Message::new(CliCode::ExpireNotPositive).with("got", expire),
        ));
    }
    let issued_at = match &args.issued_at {
        Some(raw) => parse_seconds("--issued-at", raw)?,
        None => now_unix(),
    };
    let userbuf = match &args.userbuf_base64 {
        Some(raw) => Some(
            base64::engine::general_purpose::STANDARD
                .decode(raw.trim())
                .map_err(|err| {
                    Failure::BadInput(
                        Message::new(CliCode::UserbufNotBase64)
                            .with("detail", raw_text(err.to_string())),
                    )
                })?,
        ),
        None => None,
    };
    let key = args.key.read()?;
    for warning in key.warnings() {
        let text = say(&warning);
        errln!(
            "{}",
            say(&Message::new(CliCode::Warning).with("text", text))
        );
    }
    let token = usersig::generate(
        u64::from(sdkappid.get()),
        &key,
        &args.userid,
        expire,
        issued_at,
        userbuf.as_deref(),
    );
    outln!("{token}");
    Ok(())
}

/// `usersig verify`: exit 0 when valid, 1 with the cause and the server's error code when not.
pub fn verify(args: &VerifyArgs) -> CmdResult {
    let sdkappid = parse_sdkappid(&args.sdkappid)?;
    let now = match &args.at {
        Some(raw) => parse_seconds("--at", raw)?,
        None => now_unix(),
    };
    // A token that does not decode is bad input (exit 2), reported with the server's code.
    decode_token(&args.usersig)?;
    let key = args.key.read()?;
    let verdict = usersig::verify(
        &args.usersig,
        u64::from(sdkappid.get()),
        &key,
        args.userid.as_deref(),
        now,
    );
    match verdict {
        Verification::Valid {
            decoded,
            expires_at,
        } => {
            if args.json {
                let mut doc = decoded_json(&decoded);
                doc["valid"] = json!(true);
                doc["checked_at"] = json!(now);
                outln!("{doc:#}");
            } else {
                let line = Message::new(CliCode::SigValid)
                    .with("userid", format!("{:?}", decoded.identifier))
                    .with("sdkappid", decoded.sdkappid)
                    .with("expires", format_local(expires_at))
                    .with("relative", relative_to(expires_at, now));
                outln!("{}", say(&line));
            }
            Ok(())
        }
        Verification::Invalid(failure) => {
            let code = failure.code.code();
            if args.json {
                let mut doc = failure
                    .decoded
                    .as_ref()
                    .map_or_else(|| json!({}), decoded_json);
                doc["valid"] = json!(false);
                doc["error_code"] = json!(code);
                doc["cause"] = json!(failure.cause.english());
                doc["cause_code"] = json!(failure.cause.code.id());
                doc["cause_args"] = failure.cause.to_json()["args"].clone();
                doc["checked_at"] = json!(now);
                outln!("{doc:#}");
            } else {
                let line = Message::new(CliCode::SigInvalid)
                    .with("code", code)
                    .with("cause", failure.cause.clone());
                outln!("{}", say(&line));
            }
            Err(Failure::Reported(1))
        }
    }
}

/// `usersig decode`: what a token contains, no key needed.
pub fn decode(raw: &str, json: bool) -> CmdResult {
    let decoded = decode_token(raw)?;
    if json {
        outln!("{:#}", decoded_json(&decoded));
        return Ok(());
    }
    let row = |label: CliCode, value: String| {
        let label = format!("{}:", say(&Message::new(label)));
        outln!("{label:<12}{value}");
    };
    row(CliCode::DecodeVersion, decoded.version.clone());
    row(CliCode::DecodeUserId, format!("{:?}", decoded.identifier));
    row(CliCode::DecodeSdkAppId, decoded.sdkappid.to_string());
    row(
        CliCode::DecodeIssued,
        format!("{} ({})", format_local(decoded.time), decoded.time),
    );
    row(
        CliCode::DecodeLifetime,
        say(&Message::new(CliCode::Seconds).with("count", decoded.expire)),
    );
    row(
        CliCode::DecodeExpires,
        format!(
            "{} ({})",
            format_local(decoded.expires_at()),
            say(&relative_to(decoded.expires_at(), now_unix()))
        ),
    );
    if let Some(userbuf) = &decoded.userbuf {
        let bytes = Message::new(CliCode::Bytes).with("count", userbuf.len());
        row(
            CliCode::DecodeUserbuf,
            format!(
                "{} ({})",
                say(&bytes),
                base64::engine::general_purpose::STANDARD.encode(userbuf)
            ),
        );
    }
    if let Some(pmk) = decoded.private_map_key() {
        row(CliCode::DecodePrivateMapKey, private_map_key_text(&pmk));
    }
    row(CliCode::DecodeSignature, decoded.sig.clone());
    Ok(())
}

fn decoded_json(decoded: &DecodedUserSig) -> serde_json::Value {
    json!({
        "version": decoded.version,
        "userid": decoded.identifier,
        "sdkappid": decoded.sdkappid,
        "time": decoded.time,
        "expire": decoded.expire,
        "expires_at": decoded.expires_at(),
        "userbuf_base64": decoded
            .userbuf
            .as_ref()
            .map(|b| base64::engine::general_purpose::STANDARD.encode(b)),
        "private_map_key": decoded.private_map_key(),
        "sig": decoded.sig,
    })
}

fn private_map_key_text(pmk: &PrivateMapKeyInfo) -> String {
    let privileges: Vec<String> = pmk.privileges().iter().map(say).collect();
    let privileges = if privileges.is_empty() {
        say(&Message::new(CliCode::PrivilegesNone))
    } else {
        privileges.join(", ")
    };
    say(&Message::new(CliCode::PrivateMapKey)
        .with("room", pmk.room.to_string())
        .with("userid", format!("{:?}", pmk.userid))
        .with("privileges", privileges)
        .with("map", u64::from(pmk.privilege_map))
        .with("until", format_local(pmk.expires_at)))
}
