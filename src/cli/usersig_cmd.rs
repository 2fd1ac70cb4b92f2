//! `usersig gen | verify | decode`.

use base64::Engine as _;
use clap::Args;
use mlvb_setup::credentials::SdkAppId;
use mlvb_setup::usersig::{self, DecodedUserSig, PrivateMapKeyInfo, Verification, format_utc};
use serde_json::json;

use super::output::now_unix;
use super::secret::SecretKeySource;
use super::{CmdResult, Failure};

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
    SdkAppId::parse(raw).map_err(|err| Failure::BadInput(format!("--sdkappid: {err}")))
}

fn parse_seconds(flag: &str, raw: &str) -> Result<i64, Failure> {
    raw.trim().parse::<i64>().map_err(|_| {
        Failure::BadInput(format!(
            "{flag} must be a whole number of seconds, like 604800 (got: {raw})"
        ))
    })
}

fn decode_token(raw: &str) -> Result<DecodedUserSig, Failure> {
    usersig::decode(raw).map_err(|err| {
        Failure::BadInput(format!(
            "USERSIG is not a UserSig the server can read (it would answer 70003): {err}"
        ))
    })
}

/// `usersig gen`: prints the token alone.
pub fn generate(args: &GenArgs) -> CmdResult {
    let sdkappid = parse_sdkappid(&args.sdkappid)?;
    if args.userid.is_empty() {
        return Err(Failure::BadInput(
            "--userid must not be empty: use the userID the app logs in with".to_owned(),
        ));
    }
    let expire = parse_seconds("--expire", &args.expire)?;
    if expire <= 0 {
        return Err(Failure::BadInput(format!(
            "--expire must be more than 0 seconds, like 604800 (got: {expire}): a UserSig with no lifetime is refused at once with error 70001"
        )));
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
                    Failure::BadInput(format!("--userbuf-base64 is not standard base64: {err}"))
                })?,
        ),
        None => None,
    };
    let key = args.key.read()?;
    for warning in key.warnings() {
        errln!("warning: {}", warning.message);
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
                outln!(
                    "valid: UserSig for userID {:?}, SDKAppID {}, expires {} ({})",
                    decoded.identifier,
                    decoded.sdkappid,
                    format_utc(expires_at),
                    super::output::relative_to(expires_at, now)
                );
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
                doc["cause"] = json!(failure.cause);
                doc["checked_at"] = json!(now);
                outln!("{doc:#}");
                Err(Failure::CheckFailed(String::new()))
            } else {
                outln!("invalid: error {code}: {}", failure.cause);
                Err(Failure::CheckFailed(String::new()))
            }
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
    outln!("version:    {}", decoded.version);
    outln!("userID:     {:?}", decoded.identifier);
    outln!("SDKAppID:   {}", decoded.sdkappid);
    outln!(
        "issued:     {} ({})",
        format_utc(decoded.time),
        decoded.time
    );
    outln!("lifetime:   {} seconds", decoded.expire);
    outln!(
        "expires:    {} ({})",
        format_utc(decoded.expires_at()),
        super::output::relative_to(decoded.expires_at(), now_unix())
    );
    if let Some(userbuf) = &decoded.userbuf {
        outln!(
            "userbuf:    {} bytes ({})",
            userbuf.len(),
            base64::engine::general_purpose::STANDARD.encode(userbuf)
        );
    }
    if let Some(pmk) = decoded.private_map_key() {
        outln!("PrivateMapKey: {}", private_map_key_text(&pmk));
    }
    outln!("signature:  {}", decoded.sig);
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
    let privileges: Vec<&str> = pmk.privileges().iter().map(|p| p.label()).collect();
    format!(
        "room {}, userID {:?}, privileges: {} (map {}), until {}",
        pmk.room,
        pmk.userid,
        if privileges.is_empty() {
            "none".to_owned()
        } else {
            privileges.join(", ")
        },
        pmk.privilege_map,
        format_utc(pmk.expires_at)
    )
}
