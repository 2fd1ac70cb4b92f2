//! `download`: the demo archive fetched, checked, unpacked into place and scanned; a progress
//! bar on a terminal, none when piped.

use std::io::IsTerminal as _;
use std::path::PathBuf;

use clap::Args;
use mlvb_setup::demo::FileRole;
use mlvb_setup::download::{
    self, CancelHandle, DEFAULT_FOLDER, DownloadError, DownloadRequest, DownloadStage,
};
use mlvb_setup::messages::{DownloadCode, Localize, Message};
use serde_json::json;

use super::{CmdResult, Failure, say};

/// Arguments of `download`.
#[derive(Debug, Args)]
pub struct DownloadArgs {
    /// The archive to fetch (default: GitHub's zip of tencentyun/MLVBSDK's default branch); a
    /// mirror's address works too.
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// The folder the demo becomes; it must not exist, or be empty (default: ./MLVBSDK-master).
    #[arg(long, value_name = "DIR")]
    into: Option<PathBuf>,
    /// Print machine-readable JSON.
    #[arg(long)]
    json: bool,
}

fn bar(json: bool) -> Option<indicatif::ProgressBar> {
    if json || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    let style = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}

/// `download`.
pub fn run(args: &DownloadArgs) -> CmdResult {
    let mut request = DownloadRequest::new(
        args.into
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_FOLDER)),
    );
    if let Some(url) = &args.url {
        request.url.clone_from(url);
    }
    // A target that cannot take the demo is said before anything is fetched.
    download::check_target(&request.into).map_err(|err| Failure::BadInput(err.message()))?;
    let cancel = CancelHandle::new();
    let on_interrupt = cancel.clone();
    // Ctrl-C stops between chunks, so the temporary file and folder are removed.
    let _ = ctrlc::set_handler(move || on_interrupt.cancel());
    let bar = bar(args.json);
    if bar.is_some() {
        let starting = Message::new(DownloadCode::Starting)
            .with("url", request.url.as_str())
            .with("path", &request.into);
        errln!("{}", say(&starting));
    }
    let result = download::download(&request, &cancel, &mut |progress| {
        if let Some(bar) = &bar {
            if let Some(total) = progress.total {
                bar.set_length(total);
            }
            bar.set_position(progress.bytes);
            if progress.stage != DownloadStage::Downloading {
                bar.finish_and_clear();
            }
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let downloaded = match result {
        Ok(downloaded) => downloaded,
        Err(err @ DownloadError::Cancelled) => return Err(Failure::CheckFailed(err.message())),
        Err(err) => return Err(Failure::BadInput(err.message())),
    };
    let scan = downloaded.demo.scan();
    let files = scan
        .files
        .iter()
        .filter(|f| f.role != FileRole::SigningAlgorithm)
        .count();
    if args.json {
        outln!(
            "{:#}",
            json!({
                "root": downloaded.root.display().to_string(),
                "url": request.url,
                "bytes": downloaded.bytes,
                "scan": super::demo_cmd::scan_json(scan),
            })
        );
    } else {
        let done = Message::new(DownloadCode::Done)
            .with("path", &downloaded.root)
            .with(
                "size",
                mlvb_setup::preview::info::human_size(downloaded.bytes),
            )
            .with("files", files);
        outln!("{}", say(&done));
    }
    Ok(())
}
