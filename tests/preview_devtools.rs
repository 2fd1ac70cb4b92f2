//! The DevTools route end to end against the fake DevTools command line: each mode gives its
//! guidance, the QR obtained decodes back to what DevTools made, and a hang or a cancel leaves no
//! process behind.

// A test crate: helpers unwrap, and a panic is the failure report.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::time::{Duration, Instant, SystemTime};

use common::{Fixture, LOGIN_CONTENT, PREVIEW_CONTENT, decode_with_rqrr, fake_cli};
use mlvb_setup::preview::qr::{self, ModuleGrid, TerminalColors};
use mlvb_setup::preview::session::{run_preview, run_push};
use mlvb_setup::preview::{
    CancelHandle, HostEnv, HostOs, PreviewFailure, PreviewProblem, PreviewRequest, Stage,
};
#[cfg(unix)]
use mlvb_setup::preview::{PreviewEvent, PreviewTask};

fn request(fx: &Fixture, mode: &str, timeout: Duration) -> PreviewRequest {
    let mut host = HostEnv::empty(HostOs::current());
    host.home = Some(fx.home.path().to_path_buf());
    host.local_app_data = Some(fx.home.path().to_path_buf());
    let mut request = PreviewRequest::new(fx.demo.path());
    request.host = host;
    request.devtools_cli = Some(fake_cli());
    request.timeout = timeout;
    request.login_timeout = timeout;
    request.work_dir = Some(fx.work_dir());
    request.extra_env = fx.env(mode);
    request
}

fn fail(request: &PreviewRequest) -> PreviewFailure {
    run_preview(request, &CancelHandle::new(), &mut |_| {}).unwrap_err()
}

/// Reads a grid drawn with half blocks back through rqrr.
fn terminal_text_decodes_to(grid: &ModuleGrid, expected: &str) {
    let text = qr::render_half_blocks(grid, 4, TerminalColors::LightOnDark);
    let cells = qr::parse_half_blocks(&text);
    let side = grid.size() + 8;
    let dark = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| !cells[y][x])
        .collect();
    let redrawn = ModuleGrid::new(side, dark).unwrap().to_image(5, 0);
    assert_eq!(
        qr::read_qr(&redrawn).unwrap().text.as_deref(),
        Some(expected)
    );
}

#[test]
fn success_gives_the_qr_devtools_made_with_size_and_time() {
    let fx = Fixture::new(Some(common::APP_ID));
    let before = SystemTime::now() - Duration::from_secs(5);
    let report = run_preview(
        &request(&fx, "success", Duration::from_secs(30)),
        &CancelHandle::new(),
        &mut |_| {},
    )
    .unwrap();
    let qr = &report.qr;
    assert_eq!(
        qr.encoded, fx.preview_png,
        "the bytes DevTools made, decoded from base64"
    );
    assert_eq!(decode_with_rqrr(&qr.encoded), PREVIEW_CONTENT);
    assert_eq!(qr.content.as_deref(), Some(PREVIEW_CONTENT));
    assert_eq!(
        qr.image.rgba.len(),
        (qr.image.width * qr.image.height * 4) as usize
    );
    terminal_text_decodes_to(qr.grid.as_ref().unwrap(), PREVIEW_CONTENT);
    let size = qr.package_size.as_ref().unwrap();
    assert_eq!(size.total_bytes, 1_536_000);
    assert!(qr.made_at >= before);
    assert!(!report.logged_in);
    let calls = fx.calls();
    assert_eq!(calls.len(), 1);
    let parts: Vec<&str> = calls[0].split('|').collect();
    assert_eq!(parts[0], "preview");
    assert!(parts[1].ends_with("WXMini") && std::path::Path::new(parts[1]).is_absolute());
    assert_eq!(parts[2], "base64");
    assert!(parts[3].starts_with(fx.work_dir().to_str().unwrap()));
    assert!(std::path::Path::new(parts[4]).is_absolute());
}

#[test]
fn data_uri_prefix_is_accepted() {
    let fx = Fixture::new(Some(common::APP_ID));
    let mut request = request(&fx, "success", Duration::from_secs(30));
    request
        .extra_env
        .push(("FAKE_DEVTOOLS_DATA_URI".into(), "1".into()));
    let report = run_preview(&request, &CancelHandle::new(), &mut |_| {}).unwrap();
    assert!(
        fs::read_to_string(&report.qr.qr_file)
            .unwrap()
            .starts_with("data:image/png;base64,")
    );
    assert_eq!(report.qr.encoded, fx.preview_png);
}

#[test]
fn port_disabled_is_recognised_at_once_and_a_stale_qr_is_never_shown() {
    let fx = Fixture::new(Some(common::APP_ID));
    fs::create_dir_all(fx.work_dir()).unwrap();
    let stale = fx.work_dir().join("preview-qr.base64.txt");
    fs::write(&stale, "old QR from yesterday").unwrap();
    // The fake then waits 30 s at DevTools' y/N prompt: had we waited for it, this 20 s timeout
    // would end the run as timed out instead.
    let failure = fail(&request(&fx, "port-disabled", Duration::from_secs(20)));
    assert_eq!(
        failure.problem,
        PreviewProblem::ServicePortDisabled,
        "the y/N prompt must not be waited for"
    );
    let text = failure.problem.to_string();
    assert!(text.contains("设置 → 安全设置 → 服务端口"), "{text}");
    assert!(
        text.contains("Settings → Security → Service port"),
        "{text}"
    );
    assert!(!stale.exists(), "the old QR must be deleted before running");
}

#[test]
fn not_logged_in_shows_the_login_qr_then_retries() {
    let fx = Fixture::new(Some(common::APP_ID));
    let mut stages = Vec::new();
    let report = run_preview(
        &request(&fx, "not-logged-in", Duration::from_secs(30)),
        &CancelHandle::new(),
        &mut |stage| stages.push(stage),
    )
    .unwrap();
    assert!(report.logged_in);
    assert_eq!(decode_with_rqrr(&report.qr.encoded), PREVIEW_CONTENT);
    let login = stages.iter().find_map(|s| match s {
        Stage::LoginQr { image, grid } => Some((image.clone(), grid.clone())),
        _ => None,
    });
    let (image, grid) = login.expect("the login QR is shown while `cli login` waits");
    assert_eq!(
        qr::read_qr(&image).unwrap().text.as_deref(),
        Some(LOGIN_CONTENT)
    );
    terminal_text_decodes_to(&grid.unwrap(), LOGIN_CONTENT);
    assert!(stages.contains(&Stage::Retrying));
    let verbs: Vec<String> = fx
        .calls()
        .iter()
        .map(|c| c.split('|').next().unwrap().to_owned())
        .collect();
    assert_eq!(verbs, ["preview", "login", "islogin", "preview"]);
    let login_call = &fx.calls()[1];
    assert!(login_call.contains("|base64|"), "{login_call}");
}

#[test]
fn not_logged_in_without_login_says_code_10() {
    let fx = Fixture::new(Some(common::APP_ID));
    let mut request = request(&fx, "not-logged-in", Duration::from_secs(30));
    request.log_in_when_needed = false;
    let failure = fail(&request);
    assert_eq!(failure.problem, PreviewProblem::NotLoggedIn);
    assert!(failure.problem.to_string().contains("code 10"));
    assert!(failure.output_tail.contains("需要重新登录"));
}

#[test]
fn bad_output_path_is_code_17_with_the_path() {
    let fx = Fixture::new(Some(common::APP_ID));
    let failure = fail(&request(&fx, "bad-output-path", Duration::from_secs(30)));
    let PreviewProblem::BadOutputPath { path } = &failure.problem else {
        panic!("expected bad output path, got {:?}", failure.problem);
    };
    assert!(path.starts_with(fx.work_dir()));
    assert!(failure.problem.to_string().contains("code 17"));
}

#[test]
fn ide_not_started_and_missing_appid() {
    let fx = Fixture::new(Some(common::APP_ID));
    let failure = fail(&request(&fx, "ide-not-started", Duration::from_secs(30)));
    assert_eq!(failure.problem.code(), "ide-not-started");
    assert!(
        failure
            .problem
            .to_string()
            .contains("wait IDE port timeout")
    );

    let fx = Fixture::new(None);
    let failure = fail(&request(&fx, "success", Duration::from_secs(30)));
    assert_eq!(failure.problem.code(), "appid-missing");
    assert!(failure.problem.needs_app_id());
    assert!(failure.problem.to_string().contains("mlvb-setup patch"));
    assert!(
        fx.calls().is_empty(),
        "DevTools is not run for a project it would refuse"
    );
}

#[test]
fn devtools_not_installed_says_where_to_get_it() {
    let fx = Fixture::new(Some(common::APP_ID));
    let mut request = request(&fx, "success", Duration::from_secs(30));
    request.devtools_cli = None;
    request.host.os = HostOs::Linux;
    let failure = fail(&request);
    assert_eq!(failure.problem.code(), "devtools-not-found");
    let text = failure.problem.to_string();
    assert!(
        text.contains("https://developers.weixin.qq.com/miniprogram/dev/devtools/download.html")
    );
    assert!(text.contains("community build"));
}

#[test]
fn push_to_phone_runs_auto_preview() {
    let fx = Fixture::new(Some(common::APP_ID));
    let report = run_push(
        &request(&fx, "success", Duration::from_secs(30)),
        &CancelHandle::new(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(report.package_size.unwrap().total_bytes, 1_536_000);
    assert!(fx.calls()[0].starts_with("auto-preview|"));
}

#[cfg(unix)]
#[test]
fn hang_is_ended_by_the_timeout_and_leaves_no_process() {
    let fx = Fixture::new(Some(common::APP_ID));
    let failure = fail(&request(&fx, "hang", Duration::from_secs(2)));
    assert_eq!(failure.problem.code(), "timed-out");
    assert!(failure.problem.to_string().contains("--timeout"));
    let cli = fx.pid("cli.pid").expect("the fake wrote its pid");
    let child = fx.pid("child.pid").expect("the fake wrote its child's pid");
    let deadline = Instant::now() + Duration::from_secs(5);
    while (common::is_running(cli) || common::is_running(child)) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !common::is_running(cli),
        "the fake cli {cli} is still running"
    );
    assert!(
        !common::is_running(child),
        "its child sleep {child} is still running"
    );
}

#[cfg(unix)]
#[test]
fn login_never_scanned_times_out_and_ends_the_login_command() {
    let fx = Fixture::new(Some(common::APP_ID));
    let mut request = request(&fx, "not-logged-in", Duration::from_secs(2));
    request
        .extra_env
        .push(("FAKE_DEVTOOLS_LOGIN".into(), "never".into()));
    let failure = fail(&request);
    assert_eq!(failure.problem.code(), "login-failed");
    assert!(
        failure
            .problem
            .to_string()
            .contains("not scanned within 2 s")
    );
    let child = fx.pid("login-child.pid").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert!(!common::is_running(child));
}

#[cfg(unix)]
#[test]
fn background_task_reports_progress_and_cancel_ends_everything() {
    let fx = Fixture::new(Some(common::APP_ID));
    let task =
        PreviewTask::spawn_preview(request(&fx, "hang", Duration::from_mins(2)), || {}).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut running = false;
    while !running && Instant::now() < deadline {
        if let Some(PreviewEvent::Progress(Stage::Running { command })) =
            task.next_timeout(Duration::from_millis(100))
        {
            assert!(command.contains("preview --project"));
            running = true;
        }
    }
    assert!(running);
    while fx.pid("child.pid").is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let child = fx.pid("child.pid").unwrap();
    assert!(
        common::is_running(child),
        "the check must see a live process"
    );
    task.cancel();
    let finished = loop {
        match task.next_timeout(Duration::from_secs(10)) {
            Some(PreviewEvent::Finished(result)) => break *result,
            Some(_) => {}
            None => panic!("no answer after cancel"),
        }
    };
    assert_eq!(finished.unwrap_err().problem, PreviewProblem::Cancelled);
    std::thread::sleep(Duration::from_millis(200));
    assert!(!common::is_running(child));
}
