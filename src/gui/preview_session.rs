//! What the window knows about the WeChat preview: the last offline checks, and where the preview
//! is — running (with its stage and perhaps a login QR), a fresh QR, pushed, or failed. Runtime
//! only: nothing here is persisted. The preview panel draws it; the app loop feeds it the events
//! of the background preview.

use std::time::SystemTime;

use super::state::PreviewRoute;
use crate::preview::{
    PackageSize, Preflight, PreviewEvent, PreviewFailure, PreviewQr, QrImage, Route, Stage,
};

/// An image to show as a texture; `id` changes whenever the pixels do, so the panel uploads each
/// image once.
#[derive(Debug, Clone)]
pub struct ShownImage {
    /// Unique within this window's life.
    pub id: u64,
    /// The pixels.
    pub image: QrImage,
}

/// A fresh preview QR, ready to show.
#[derive(Debug, Clone)]
pub struct ShownQr {
    /// The QR as DevTools (or `miniprogram-ci`) made it, decoded.
    pub image: ShownImage,
    /// What the QR says, when it could be read back.
    pub content: Option<String>,
    /// The package size from the info file.
    pub package_size: Option<PackageSize>,
    /// When it was made.
    pub made_at: SystemTime,
    /// How it was obtained.
    pub route: Route,
    /// Whether DevTools had to be logged in on the way.
    pub logged_in: bool,
}

/// Where a running preview is, for the line beside the spinner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunningStage {
    /// Just started: the offline checks.
    Checking,
    /// A command is running (shown as typed).
    Running(String),
    /// Waiting for the login QR to be scanned.
    WaitingForLogin,
    /// Logged in; the preview is tried again.
    Retrying,
    /// Reading the QR DevTools wrote.
    Decoding,
}

/// Where the preview is.
#[derive(Debug, Clone, Default)]
pub enum PreviewPhase {
    /// Nothing asked for yet.
    #[default]
    Idle,
    /// Running in the background.
    Running {
        /// `auto-preview` ("push to my phone") rather than `preview`.
        push: bool,
        /// The latest stage.
        stage: RunningStage,
        /// The login QR DevTools asked to be scanned, while it waits for that.
        login_qr: Option<ShownImage>,
    },
    /// A fresh QR.
    Ready(Box<ShownQr>),
    /// `auto-preview` finished: the phone should open the demo by itself.
    Pushed {
        /// The package size from the info file.
        package_size: Option<PackageSize>,
        /// When it finished.
        made_at: SystemTime,
    },
    /// No QR: the problem (its guidance) and the command's last lines.
    Failed(Box<PreviewFailure>),
}

/// The preview's runtime state.
#[derive(Debug, Default)]
pub struct PreviewSession {
    /// The last offline checks.
    pub checks: Option<Preflight>,
    /// The inputs the checks were made for (demo folder, route, paths).
    pub checks_fingerprint: Option<u64>,
    /// Where the preview is.
    pub phase: PreviewPhase,
    /// Why the last "Write the AppID" failed, or how many files it wrote.
    pub app_id_write: Option<Result<usize, crate::messages::Message>>,
    /// The route the phase on show belongs to (a result of the other route is not shown).
    pub route: Option<PreviewRoute>,
    /// The last preview QR made, kept on show while and after "Push to my phone".
    pub last_qr: Option<Box<ShownQr>>,
    next_image_id: u64,
}

impl PreviewSession {
    /// Marks a preview (`push`: "push to my phone") through `route` as started.
    pub fn start(&mut self, push: bool, route: PreviewRoute) {
        self.route = Some(route);
        self.phase = PreviewPhase::Running {
            push,
            stage: RunningStage::Checking,
            login_qr: None,
        };
    }

    /// Forgets a finished result that belongs to another route than `route`.
    pub fn forget_other_route(&mut self, route: PreviewRoute) {
        if !self.is_running() && self.route.is_some_and(|r| r != route) {
            self.phase = PreviewPhase::Idle;
            self.route = None;
            self.last_qr = None;
        }
    }

    /// Whether a preview or push is running.
    #[must_use]
    pub fn is_running(&self) -> bool {
        matches!(self.phase, PreviewPhase::Running { .. })
    }

    /// The preview QR on show, if any (tests read its pixels back): a fresh one, or the last
    /// one while "Push to my phone" runs or after it.
    #[must_use]
    pub fn shown_qr(&self) -> Option<&ShownQr> {
        match &self.phase {
            PreviewPhase::Ready(qr) => Some(qr),
            PreviewPhase::Pushed { .. } | PreviewPhase::Running { push: true, .. } => {
                self.last_qr.as_deref()
            }
            _ => None,
        }
    }

    /// Whether the last preview worked: a fresh QR, or the demo pushed to the phone.
    #[must_use]
    pub fn has_fresh_result(&self) -> bool {
        matches!(
            self.phase,
            PreviewPhase::Ready(_) | PreviewPhase::Pushed { .. }
        )
    }

    /// The login QR on show, if DevTools is waiting for it to be scanned.
    #[must_use]
    pub fn login_qr(&self) -> Option<&ShownImage> {
        match &self.phase {
            PreviewPhase::Running { login_qr, .. } => login_qr.as_ref(),
            _ => None,
        }
    }

    /// The problem the last preview ended with, if it failed.
    #[must_use]
    pub fn failure(&self) -> Option<&PreviewFailure> {
        match &self.phase {
            PreviewPhase::Failed(failure) => Some(failure),
            _ => None,
        }
    }

    /// Takes in one event of the background preview.
    pub fn handle(&mut self, event: PreviewEvent) {
        match event {
            PreviewEvent::Progress(stage) => self.progress(stage),
            PreviewEvent::Finished(result) => match *result {
                Ok(report) => {
                    self.checks = Some(report.preflight);
                    let qr = self.shown(report.qr, report.logged_in);
                    let qr = Box::new(qr);
                    self.last_qr = Some(qr.clone());
                    self.phase = PreviewPhase::Ready(qr);
                }
                Err(failure) => self.fail(failure),
            },
            PreviewEvent::Pushed(result) => match *result {
                Ok(report) => {
                    self.checks = Some(report.preflight);
                    self.phase = PreviewPhase::Pushed {
                        package_size: report.package_size,
                        made_at: report.made_at,
                    };
                }
                Err(failure) => self.fail(failure),
            },
        }
    }

    fn progress(&mut self, stage: Stage) {
        let PreviewPhase::Running {
            stage: shown,
            login_qr,
            ..
        } = &mut self.phase
        else {
            return;
        };
        match stage {
            Stage::Checking => *shown = RunningStage::Checking,
            Stage::Running { command } => {
                // `cli login` runs before its QR exists: keep any QR already shown.
                if login_qr.is_none() {
                    *shown = RunningStage::Running(command);
                }
            }
            Stage::LoginQr { image, .. } => {
                self.next_image_id += 1;
                *login_qr = Some(ShownImage {
                    id: self.next_image_id,
                    image,
                });
                *shown = RunningStage::WaitingForLogin;
            }
            Stage::Retrying => {
                *login_qr = None;
                *shown = RunningStage::Retrying;
            }
            Stage::Decoding => *shown = RunningStage::Decoding,
        }
    }

    fn fail(&mut self, mut failure: PreviewFailure) {
        if let Some(checks) = failure.preflight.take() {
            self.checks = Some(*checks);
        }
        self.phase = PreviewPhase::Failed(Box::new(failure));
    }

    fn shown(&mut self, qr: PreviewQr, logged_in: bool) -> ShownQr {
        self.next_image_id += 1;
        ShownQr {
            image: ShownImage {
                id: self.next_image_id,
                image: qr.image,
            },
            content: qr.content,
            package_size: qr.package_size,
            made_at: qr.made_at,
            route: qr.route,
            logged_in,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::preview::PreviewProblem;

    fn image() -> QrImage {
        QrImage {
            width: 1,
            height: 1,
            rgba: vec![0, 0, 0, 255],
        }
    }

    #[test]
    fn a_login_qr_is_shown_until_the_retry_and_a_failure_ends_the_run() {
        let mut session = PreviewSession::default();
        session.start(false, PreviewRoute::DevTools);
        assert!(session.is_running());
        session.handle(PreviewEvent::Progress(Stage::Running {
            command: "cli preview".into(),
        }));
        session.handle(PreviewEvent::Progress(Stage::LoginQr {
            image: image(),
            grid: None,
        }));
        let first = session.login_qr().map(|s| s.id);
        assert!(first.is_some());
        session.handle(PreviewEvent::Progress(Stage::Running {
            command: "cli islogin".into(),
        }));
        assert_eq!(session.login_qr().map(|s| s.id), first, "still shown");
        session.handle(PreviewEvent::Progress(Stage::Retrying));
        assert!(session.login_qr().is_none());
        session.handle(PreviewEvent::Finished(Box::new(Err(PreviewFailure {
            problem: PreviewProblem::ServicePortDisabled,
            preflight: None,
            output_tail: String::new(),
        }))));
        assert!(!session.is_running());
        assert_eq!(
            session.failure().map(|f| f.problem.code()),
            Some("service-port-disabled")
        );
        session.forget_other_route(PreviewRoute::DevTools);
        assert!(session.failure().is_some(), "same route: kept");
        session.forget_other_route(PreviewRoute::MiniprogramCi);
        assert!(session.failure().is_none(), "other route: forgotten");
    }
}
