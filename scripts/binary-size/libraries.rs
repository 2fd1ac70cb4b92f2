//! The bare eframe window of scripts/bench-binary-size.sh, plus one call into each library
//! mlvb-setup uses (chosen by the first argument, so none is optimised away): what the libraries
//! cost before any of our own code. Not part of the app; built only by that script.

use std::io::{Read as _, Write as _};

use base64::Engine as _;
use clap::Parser as _;
use hmac::{KeyInit as _, Mac as _};
use sha2::Digest as _;

#[derive(clap::Parser)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(clap::Subcommand)]
enum Command {
    /// One library, given a path or a text.
    Call { library: String, arg: String },
}

#[derive(serde::Serialize, serde::Deserialize, Debug)]
struct Doc {
    name: String,
    count: u32,
}

#[derive(thiserror::Error, Debug)]
#[error("bad input: {0}")]
struct Bad(String);

#[derive(strum::EnumIter, strum::IntoStaticStr, Clone, Copy, Debug)]
enum Code {
    First,
    Second,
}

fn call(library: &str, arg: &str) -> anyhow::Result<()> {
    let bytes = std::fs::read(arg).unwrap_or_default();
    match library {
        "http" => {
            let agent = ureq::Agent::config_builder()
                .proxy(ureq::Proxy::try_from_env())
                .build()
                .new_agent();
            println!("{}", agent.get(arg).call()?.body_mut().read_to_string()?);
        }
        "keychain" => {
            let entry = keyring::Entry::new("bare-eframe", arg)?;
            println!("{:?}", entry.get_password());
            entry.set_password(arg)?;
        }
        "regex" => {
            let re = regex::bytes::Regex::new(arg)?;
            println!("{:?}", re.captures(&bytes).map(|c| c.len()));
        }
        "prefilter" => {
            let ac = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build([arg, "SDKAPPID"])?;
            println!("{:?}", ac.find(&bytes).map(|m| m.start()));
            println!("{:?}", memchr::memmem::find(&bytes, arg.as_bytes()));
        }
        "walk" => {
            ignore::WalkBuilder::new(arg)
                .standard_filters(false)
                .threads(2)
                .build_parallel()
                .run(|| {
                    Box::new(|entry| {
                        if let Ok(entry) = entry {
                            println!("{}", entry.path().display());
                        }
                        ignore::WalkState::Continue
                    })
                });
        }
        "image" => {
            let image = image::load_from_memory(&bytes)?.to_luma8();
            let (w, h) = image.dimensions();
            let mut prepared =
                rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
                    image.get_pixel(x as u32, y as u32).0[0]
                });
            for grid in prepared.detect_grids() {
                println!("{:?}", grid.decode().map(|(_, text)| text));
            }
        }
        "qr" => println!("{}", qrcode::QrCode::new(arg.as_bytes())?.width()),
        "zip" => {
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
            let mut text = String::new();
            archive.by_index(0)?.read_to_string(&mut text)?;
            println!("{text}");
        }
        "usersig" => {
            let mut zlib =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
            let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(arg.as_bytes())?;
            mac.update(arg.as_bytes());
            zlib.write_all(&mac.finalize().into_bytes())?;
            let token = base64::engine::general_purpose::STANDARD.encode(zlib.finish()?);
            println!("{token} {:?}", sha2::Sha256::digest(arg.as_bytes()).as_slice());
        }
        "fluent" => {
            let resource = fluent_bundle::FluentResource::try_new(arg.to_owned())
                .map_err(|(_, e)| Bad(format!("{e:?}")))?;
            let tag: unic_langid::LanguageIdentifier = "zh-CN".parse()?;
            let mut bundle = fluent_bundle::concurrent::FluentBundle::new_concurrent(vec![tag]);
            bundle
                .add_resource(resource)
                .map_err(|e| Bad(format!("{e:?}")))?;
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("n", fluent_bundle::FluentValue::from(3));
            if let Some(pattern) = bundle.get_message("a").and_then(|m| m.value()) {
                let mut errors = Vec::new();
                println!("{}", bundle.format_pattern(pattern, Some(&args), &mut errors));
            }
        }
        "time" => {
            let now = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system());
            println!("{}", now.strftime("%Y-%m-%d %H:%M %Z"));
        }
        "json" => {
            let doc: Doc = serde_json::from_slice(&bytes)?;
            println!("{}", serde_json::to_string_pretty(&doc)?);
        }
        "diff" => {
            let old: Vec<&str> = arg.lines().collect();
            let new: Vec<&str> = arg.lines().rev().collect();
            let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new);
            println!("{:?}", similar::group_diff_ops(ops, 3));
        }
        "write" => {
            let mut file = tempfile::NamedTempFile::new_in(".")?;
            file.write_all(arg.as_bytes())?;
            file.persist(arg)?;
        }
        "domain" => println!("{:?}", idna::domain_to_ascii(arg)),
        "locale" => println!("{:?} {:?}", sys_locale::get_locale(), Code::First),
        "codes" => {
            for code in <Code as strum::IntoEnumIterator>::iter() {
                let name: &'static str = code.into();
                println!("{name} {:?}", Code::Second);
            }
        }
        "interrupt" => ctrlc::set_handler(|| println!("interrupted"))?,
        #[cfg(unix)]
        "signal" => {
            let pid = nix::unistd::Pid::from_raw(arg.parse()?);
            nix::sys::signal::killpg(pid, nix::sys::signal::Signal::SIGTERM)?;
        }
        "progress" => {
            let bar = indicatif::ProgressBar::new(100);
            bar.set_style(indicatif::ProgressStyle::with_template("{bar:40} {bytes}")?);
            bar.inc(50);
            bar.finish_and_clear();
        }
        "dialog" => println!("{:?}", rfd::FileDialog::new().pick_folder()),
        "browser" => webbrowser::open(arg)?,
        _ => return Err(Bad(library.to_owned()).into()),
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    if let Some(Command::Call { library, arg }) = Cli::parse().command {
        return call(&library, &arg);
    }
    eframe::run_ui_native("bare", eframe::NativeOptions::default(), |ui, _frame| {
        ui.label("Hello");
    })
    .map_err(|err| Bad(err.to_string()).into())
}
