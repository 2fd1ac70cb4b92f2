//! The licence's binding: a licence works only for the Android package name / iOS bundle ID it
//! was issued for. These say where the demo's apps differ from the IDs a licence was issued for,
//! and which optional fields the demo declares (so a window shows only those).

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::demo::{AppBinding, AppProduct, ConstantKind, DemoScan, FileRole, Platform, ValueState};
use crate::messages::{Localize, Message, SetupCode};

use super::Field;

/// One app whose ID is not the one the licence was issued for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindingMismatch {
    /// Android or iOS.
    pub platform: Platform,
    /// The build file (`build.gradle`, `project.pbxproj`), relative to the demo folder.
    pub rel_path: PathBuf,
    /// The app as the build file declares it (`id` is `None` when computed).
    pub app: AppBinding,
    /// The ID the app needs for the licence (an extension's keeps its suffix).
    pub wanted: String,
}

impl Localize for BindingMismatch {
    fn message(&self) -> Message {
        let path = self.rel_path.to_string_lossy().replace('\\', "/");
        let Some(found) = &self.app.id else {
            return Message::new(SetupCode::AppIdComputedMismatch)
                .with("path", path)
                .with("target", self.app.target.as_str())
                .with("written", self.app.written.as_str())
                .with("wanted", self.wanted.as_str());
        };
        let message = if self.platform == Platform::Android {
            Message::new(SetupCode::AndroidPackageMismatch)
        } else {
            Message::new(SetupCode::IosBundleIdMismatch).with(
                "configuration",
                self.app.configuration.as_deref().unwrap_or_default(),
            )
        };
        message
            .with("path", path)
            .with("target", self.app.target.as_str())
            .with("found", found.as_str())
            .with("wanted", self.wanted.as_str())
    }
}

/// Every app of `scan` whose ID differs from the one its licence was issued for: `android` for
/// the Android apps, `ios` for the iOS targets (each `None`: not checked). Each says what it
/// is and how to fix it; [`super::Values::android_package`] / `ios_bundle_id` rewrite them.
#[must_use]
pub fn binding_mismatches(
    scan: &DemoScan,
    android: Option<&str>,
    ios: Option<&str>,
) -> Vec<BindingMismatch> {
    let mut out = Vec::new();
    for file in scan.files.iter().filter(|f| f.role == FileRole::AppProject) {
        let Some(main) = (match file.platform {
            Platform::Android => android,
            Platform::Ios => ios,
            _ => None,
        }) else {
            continue;
        };
        for app in &file.apps {
            let wanted = if app.product == AppProduct::Application {
                main.to_owned()
            } else {
                crate::demo::rebound_id(&file.apps, app, main)
            };
            if app.id.as_deref() != Some(wanted.as_str()) {
                out.push(BindingMismatch {
                    platform: file.platform,
                    rel_path: file.rel_path.clone(),
                    app: app.clone(),
                    wanted,
                });
            }
        }
    }
    out
}

/// The fields a value of `kind` is typed in.
fn field_of(kind: ConstantKind) -> Option<Field> {
    Some(match kind {
        ConstantKind::ExpireTime => Field::Expire,
        ConstantKind::LicenseUrl => Field::LicenseUrl,
        ConstantKind::LicenseKey => Field::LicenseKey,
        ConstantKind::PushDomain => Field::PushDomain,
        ConstantKind::PlayDomain => Field::PlayDomain,
        ConstantKind::LiveUrlKey => Field::LiveUrlKey,
        ConstantKind::MiniProgramAppId => Field::AppId,
        ConstantKind::AndroidApplicationId => Field::AndroidPackage,
        ConstantKind::IosBundleId => Field::IosBundleId,
        ConstantKind::SdkAppId | ConstantKind::SecretKey | ConstantKind::TencentCloudAppId => {
            return None;
        }
    })
}

/// The optional fields the files of `platform` declare a rewritable value for (the AppID,
/// `EXPIRETIME`, the licence, the domains, the live URL key, the package name / bundle ID), in
/// the order fields are shown.
#[must_use]
pub fn declared_fields(scan: &DemoScan, platform: Platform) -> Vec<Field> {
    let found: BTreeSet<usize> = scan
        .files
        .iter()
        .filter(|f| f.platform == platform)
        .flat_map(|f| &f.constants)
        .filter(|c| c.state != ValueState::SetAtRunTime)
        .filter_map(|c| field_of(c.kind))
        .map(|field| field as usize)
        .collect();
    <Field as strum::IntoEnumIterator>::iter()
        .filter(|field| found.contains(&(*field as usize)))
        .collect()
}

/// The platforms the scan found files of (other than signing algorithms), in a fixed order.
#[must_use]
pub fn platforms_found(scan: &DemoScan) -> Vec<Platform> {
    let found: BTreeSet<Platform> = scan
        .files
        .iter()
        .filter(|f| f.role != FileRole::SigningAlgorithm)
        .map(|f| f.platform)
        .collect();
    found.into_iter().collect()
}
