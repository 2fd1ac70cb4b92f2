//! `download` and the core's download against a server on 127.0.0.1: a good zip unpacks into
//! place and is scanned; a connection dropped halfway, a stall, a zip with `../` entries, an error
//! status and a page that is not a zip each leave the target folder as it was, with nothing left
//! beside it. Progress and cancel through the core API.
#![allow(clippy::unwrap_used)]

use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use mlvb_setup::download::{self, CancelHandle, DownloadError, DownloadRequest, DownloadStage};

#[derive(Clone, Copy)]
enum Serve {
    Whole,
    DropHalfway,
    Stall,
    NotFound,
}

struct Server {
    url: String,
    requests: Arc<AtomicUsize>,
}

/// Serves `body` as `mode` says, to every connection.
fn serve(body: Vec<u8>, mode: Serve) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://{}/archive/master.zip",
        listener.local_addr().unwrap()
    );
    let requests = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&requests);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            count.fetch_add(1, Ordering::SeqCst);
            let body = body.clone();
            std::thread::spawn(move || {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
                    head.push(byte[0]);
                }
                let status = if matches!(mode, Serve::NotFound) {
                    "404 Not Found"
                } else {
                    "200 OK"
                };
                let headers = format!(
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nContent-Type: application/zip\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(headers.as_bytes());
                match mode {
                    Serve::Whole | Serve::NotFound => {
                        let _ = stream.write_all(&body);
                    }
                    Serve::DropHalfway => {
                        let _ = stream.write_all(&body[..body.len() / 2]);
                        let _ = stream.flush();
                        let _ = stream.shutdown(std::net::Shutdown::Both);
                    }
                    Serve::Stall => {
                        let _ = stream.write_all(&body[..100]);
                        let _ = stream.flush();
                        std::thread::sleep(Duration::from_secs(30));
                    }
                }
            });
        }
    });
    Server { url, requests }
}

/// A demo archive with a single top folder, like GitHub's; `extra` adds entries as they are.
fn demo_zip(extra: &[(&str, &str)], padding: usize) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let files = [
        (
            "MLVBSDK-master/WXMini/debug/GenerateTestUserSig.js",
            "// 调试签名\nvar SDKAPPID = 0;\n\nvar EXPIRETIME = 604800;\n\nvar SECRETKEY = \"\";\n",
        ),
        (
            "MLVBSDK-master/WXMini/project.config.json",
            "{\n\t\"appid\": \"\",\n\t\"projectname\": \"mlvb\"\n}",
        ),
        (
            "MLVBSDK-master/Android/debug/GenerateTestUserSig.java",
            "public class GenerateTestUserSig {\n    public static final int SDKAPPID = PLACEHOLDER;\n    private static final String SECRETKEY = \"PLACEHOLDER\";\n}\n",
        ),
    ];
    for (name, body) in files.iter().chain(extra) {
        writer.start_file(*name, options).unwrap();
        writer.write_all(body.as_bytes()).unwrap();
    }
    writer
        .start_file("MLVBSDK-master/README.md", options)
        .unwrap();
    writer.write_all(&vec![b'#'; padding]).unwrap();
    writer.finish().unwrap().into_inner()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn run(url: &str, into: &Path, json: bool) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mlvb-setup"));
    cmd.args(["download", "--url", url, "--into"])
        .arg(into)
        .env("MLVB_SETUP_NET_TIMEOUT_MS", "700")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    if json {
        cmd.arg("--json");
    }
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

#[test]
fn a_good_zip_unpacks_into_place_and_is_scanned() {
    let server = serve(demo_zip(&[], 1000), Serve::Whole);
    let parent = tempfile::tempdir().unwrap();
    let into = parent.path().join("demo");
    let out = run(&server.url, &into, true);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["root"], into.display().to_string());
    let files = doc["scan"]["files"].as_array().unwrap();
    assert_eq!(files.len(), 3, "{doc:#}");
    assert!(into.join("WXMini/project.config.json").is_file());
    // The top folder became the target; nothing else is left beside it.
    assert_eq!(names_in(parent.path()), ["demo"]);
    // Piped: no progress bar on standard error.
    assert!(!String::from_utf8_lossy(&out.stderr).contains('%'));
}

#[test]
fn the_text_report_and_an_empty_target_folder() {
    let server = serve(demo_zip(&[], 10), Serve::Whole);
    let parent = tempfile::tempdir().unwrap();
    let into = parent.path().join("empty");
    std::fs::create_dir(&into).unwrap();
    let out = run(&server.url, &into, false);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("the scan found 3 files to fill in"),
        "{}",
        text(&out)
    );
    assert_eq!(names_in(parent.path()), ["empty"]);
}

fn assert_left_as_it_was(mode: Serve, body: Vec<u8>, expect: &str) {
    let server = serve(body, mode);
    let parent = tempfile::tempdir().unwrap();
    std::fs::write(parent.path().join("keep.txt"), "mine").unwrap();
    let into = parent.path().join("demo");
    let out = run(&server.url, &into, false);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains(expect), "{}", text(&out));
    assert_eq!(names_in(parent.path()), ["keep.txt"], "{}", text(&out));
}

#[test]
fn a_connection_dropped_halfway_leaves_nothing() {
    assert_left_as_it_was(
        Serve::DropHalfway,
        demo_zip(&[], 200_000),
        "was cut before the whole answer came",
    );
}

#[test]
fn a_stall_leaves_nothing() {
    assert_left_as_it_was(
        Serve::Stall,
        demo_zip(&[], 1000),
        "did not answer within 1 seconds",
    );
}

#[test]
fn a_zip_with_parent_entries_leaves_nothing() {
    let evil = demo_zip(&[("MLVBSDK-master/../evil.txt", "gotcha")], 10);
    assert_left_as_it_was(Serve::Whole, evil, "evil.txt");
}

#[test]
fn an_error_status_and_a_page_that_is_not_a_zip() {
    assert_left_as_it_was(Serve::NotFound, b"no such file".to_vec(), "HTTP 404");
    assert_left_as_it_was(
        Serve::Whole,
        b"<html>captive portal</html>".to_vec(),
        "not a whole zip archive",
    );
}

#[test]
fn a_target_that_is_not_empty_is_refused_before_fetching() {
    let server = serve(demo_zip(&[], 10), Serve::Whole);
    let parent = tempfile::tempdir().unwrap();
    let into = parent.path().join("demo");
    std::fs::create_dir(&into).unwrap();
    std::fs::write(into.join("notes.txt"), "keep").unwrap();
    let out = run(&server.url, &into, true);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["code"], "download-target-exists");
    assert_eq!(server.requests.load(Ordering::SeqCst), 0);
    assert_eq!(names_in(&into), ["notes.txt"]);
    let out = run("ftp://example.com/x.zip", &parent.path().join("new"), false);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("not a web address"), "{}", text(&out));
}

#[test]
fn progress_reports_bytes_total_and_stages() {
    let body = demo_zip(&[], 600_000);
    let size = body.len() as u64;
    let server = serve(body, Serve::Whole);
    let parent = tempfile::tempdir().unwrap();
    let mut request = DownloadRequest::new(parent.path().join("demo"));
    request.url = server.url.clone();
    request.stall = Duration::from_secs(5);
    let mut seen = Vec::new();
    let downloaded = download::download(&request, &CancelHandle::new(), &mut |p| {
        seen.push(p.clone());
    })
    .unwrap();
    assert_eq!(downloaded.bytes, size);
    assert_eq!(downloaded.demo.scan().files.len(), 3);
    let bytes: Vec<u64> = seen
        .iter()
        .filter(|p| p.stage == DownloadStage::Downloading)
        .map(|p| p.bytes)
        .collect();
    assert!(bytes.windows(2).all(|w| w[0] <= w[1]), "{bytes:?}");
    assert_eq!(bytes.last(), Some(&size));
    assert!(seen.iter().all(|p| p.total == Some(size)));
    assert!(seen.iter().any(|p| p.stage == DownloadStage::Unpacking));
    assert_eq!(seen.last().unwrap().stage, DownloadStage::Scanning);
}

#[test]
fn cancel_leaves_nothing() {
    let server = serve(demo_zip(&[], 2_000_000), Serve::Whole);
    let parent = tempfile::tempdir().unwrap();
    let mut request = DownloadRequest::new(parent.path().join("demo"));
    request.url = server.url.clone();
    request.stall = Duration::from_secs(5);
    let cancel = CancelHandle::new();
    let result = download::download(&request, &cancel, &mut |p| {
        if p.bytes > 0 {
            cancel.cancel();
        }
    });
    assert!(
        matches!(result, Err(DownloadError::Cancelled)),
        "{result:?}"
    );
    assert!(names_in(parent.path()).is_empty());
}

#[test]
fn the_background_task_reports_and_finishes() {
    let server = serve(demo_zip(&[], 300_000), Serve::Whole);
    let parent = tempfile::tempdir().unwrap();
    let mut request = DownloadRequest::new(parent.path().join("demo"));
    request.url = server.url.clone();
    let task = download::DownloadTask::spawn(request, || {}).unwrap();
    let mut progress = 0;
    loop {
        match task.next_timeout(Duration::from_secs(20)).unwrap() {
            download::DownloadEvent::Progress(_) => progress += 1,
            download::DownloadEvent::Finished(result) => {
                assert!(result.is_ok(), "{result:?}");
                break;
            }
        }
    }
    assert!(progress > 0);
    assert_eq!(names_in(parent.path()), ["demo"]);
}
