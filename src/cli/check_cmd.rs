//! `check`: the SDKAppID and secret key's form offline, a UserSig from Tencent's console
//! (`--usersig`) verified with the key, and with `--online` Tencent Cloud's own answer.

use clap::Args;
use mlvb_setup::credentials::SdkAppId;
use mlvb_setup::messages::{CliCode, Localize, Message, OnlineCode};
use mlvb_setup::online::{
    self, AccountCheck, KeyProof, LicenceUrlState, NetworkProblem, OnlineCheck, Region,
};
use serde_json::json;

use super::secret::SecretKeySource;
use super::{CmdResult, Failure, say};

/// Arguments of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The SDKAppID of your IM app, e.g. 1400123456.
    #[arg(long, value_name = "N")]
    sdkappid: String,
    /// The IM app's admin account the test UserSig is signed for.
    #[arg(long, value_name = "ID", default_value = online::DEFAULT_ADMIN)]
    admin: String,
    /// Where the IM app was created: cn, sgp, kr, ger, usa or idn.
    #[arg(long, value_name = "cn|sgp|kr|ger|usa|idn", default_value = "cn")]
    region: String,
    /// Ask Tencent Cloud whether the SDKAppID and key belong together (only a UserSig is sent).
    #[arg(long)]
    online: bool,
    /// With --online, also fetch this licence URL and say whether a licence is there.
    #[arg(long, value_name = "U")]
    license_url: Option<String>,
    /// A UserSig made by the console's UserSig tool: verifying it proves the key offline.
    #[arg(long, value_name = "USERSIG")]
    usersig: Option<String>,
    /// Print machine-readable JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    key: SecretKeySource,
}

/// Exit 0 when everything checked is right, 1 when the server (or the UserSig) refused, 2 when
/// no answer came.
fn worst(a: u8, b: u8) -> u8 {
    a.max(b)
}

fn account_json(answer: &Result<AccountCheck, NetworkProblem>) -> serde_json::Value {
    match answer {
        Ok(AccountCheck::Accepted { host, .. }) => json!({
            "status": "works",
            "host": host,
            "message": answer_message(answer).to_json(),
        }),
        Ok(AccountCheck::Refused(refusal)) => json!({
            "status": "refused",
            "error_code": refusal.error_code,
            "error_info": refusal.error_info,
            "kind": refusal.kind,
            "message": refusal.message().to_json(),
        }),
        Err(problem) => json!({
            "status": "no-answer",
            "message": problem.message().to_json(),
        }),
    }
}

fn answer_message(answer: &Result<AccountCheck, NetworkProblem>) -> Message {
    match answer {
        Ok(a) => a.message(),
        Err(p) => p.message(),
    }
}

fn licence_json(state: &Result<LicenceUrlState, NetworkProblem>) -> serde_json::Value {
    let (status, message) = match state {
        Ok(s @ LicenceUrlState::Found { .. }) => ("found", s.message()),
        Ok(s @ LicenceUrlState::Missing { .. }) => ("missing", s.message()),
        Ok(s @ LicenceUrlState::Empty { .. }) => ("empty", s.message()),
        Err(p) => ("no-answer", p.message()),
    };
    json!({ "status": status, "message": message.to_json() })
}

/// `check`.
pub fn run(args: &CheckArgs) -> CmdResult {
    let sdkappid =
        SdkAppId::parse(&args.sdkappid).map_err(|err| Failure::flag("--sdkappid", &err))?;
    let region = Region::parse(&args.region).map_err(|why| Failure::flag("--region", &why))?;
    let admin = args.admin.trim();
    if admin.is_empty() {
        return Err(Failure::flag(
            "--admin",
            &Message::new(OnlineCode::AdminEmpty),
        ));
    }
    if args.license_url.is_some() && !args.online {
        // The licence is fetched only when the user opted in to going online.
        return Err(Failure::BadInput(
            Message::new(OnlineCode::NeedsOnline).with("flag", "--license-url"),
        ));
    }
    let token = match &args.usersig {
        Some(raw) => {
            mlvb_setup::usersig::decode(raw).map_err(|err| {
                Failure::flag(
                    "--usersig",
                    &Message::new(OnlineCode::UserSigUnreadable).with("reason", err.message()),
                )
            })?;
            Some(raw.as_str())
        }
        None => None,
    };
    let key = args.key.read()?;
    let warnings: Vec<Message> = sdkappid
        .warnings()
        .iter()
        .chain(&key.warnings())
        .map(Localize::message)
        .collect();
    let mut exit = 0u8;
    let proof = token.map(|t| online::prove_key_offline(t, sdkappid, &key));
    if matches!(proof, Some(KeyProof::Refuted(_))) {
        exit = worst(exit, 1);
    }
    let report = args.online.then(|| {
        let mut check = OnlineCheck::new(sdkappid, key.clone());
        admin.clone_into(&mut check.admin);
        check.region = region;
        check.licence_url.clone_from(&args.license_url);
        online::check_with_tencent(&check)
    });
    if let Some(report) = &report {
        exit = worst(
            exit,
            match &report.account {
                Ok(AccountCheck::Accepted { .. }) => 0,
                Ok(AccountCheck::Refused(_)) => 1,
                Err(_) => 2,
            },
        );
        exit = worst(
            exit,
            match &report.licence {
                None | Some(Ok(LicenceUrlState::Found { .. })) => 0,
                Some(Ok(_)) => 1,
                Some(Err(_)) => 2,
            },
        );
    }
    let form_only = (report.is_none() && proof.is_none())
        .then(|| Message::new(OnlineCode::FormOnly).with("sdkappid", sdkappid.get()));
    let outcome = Outcome {
        sdkappid: sdkappid.get(),
        admin,
        region,
        warnings,
        proof,
        report,
        form_only,
    };
    if args.json {
        outln!("{:#}", outcome.to_json(args.online));
    } else {
        outcome.print();
    }
    match exit {
        0 => Ok(()),
        code => Err(Failure::Reported(code)),
    }
}

/// Everything `check` found, to print.
struct Outcome<'a> {
    sdkappid: u32,
    admin: &'a str,
    region: Region,
    warnings: Vec<Message>,
    proof: Option<KeyProof>,
    report: Option<online::OnlineReport>,
    form_only: Option<Message>,
}

impl Outcome<'_> {
    fn to_json(&self, online: bool) -> serde_json::Value {
        json!({
            "sdkappid": self.sdkappid,
            "admin": self.admin,
            "region": self.region,
            "online": online,
            "warnings": self.warnings.iter().map(Message::to_json).collect::<Vec<_>>(),
            "form_only": self.form_only.as_ref().map(Message::to_json),
            "usersig": self.proof.as_ref().map(|p| json!({
                "valid": matches!(p, KeyProof::Proven { .. }),
                "error_code": match p { KeyProof::Refuted(f) => Some(f.code.code()), KeyProof::Proven { .. } => None },
                "message": p.message().to_json(),
            })),
            "account": self.report.as_ref().map(|r| account_json(&r.account)),
            "licence": self.report.as_ref().and_then(|r| r.licence.as_ref()).map(licence_json),
        })
    }

    fn print(&self) {
        for warning in &self.warnings {
            errln!(
                "{}",
                say(&Message::new(CliCode::Warning).with("text", say(warning)))
            );
        }
        if let Some(proof) = &self.proof {
            outln!("{}", say(proof));
        }
        if let Some(report) = &self.report {
            outln!("{}", say(&answer_message(&report.account)));
            match &report.licence {
                Some(Ok(state)) => outln!("{}", say(state)),
                Some(Err(problem)) => outln!("{}", say(problem)),
                None => {}
            }
        }
        if let Some(form_only) = &self.form_only {
            outln!("{}", say(form_only));
        }
    }
}
