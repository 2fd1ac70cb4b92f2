//! The demo a setup works on: a folder (patched in place) or a `.zip` (read, then unpacked).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::demo::{self, DemoScan, FileRole, ScanError, ScanProgress, ScannedDemo};

/// Whether `path` names a `.zip` archive by its extension (the scan also checks content).
#[must_use]
pub fn is_archive_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("zip"))
}

/// A demo that was read: where it is, whether it is a folder, and what the scan found.
#[derive(Debug, Clone)]
pub struct Demo {
    /// The folder or archive.
    pub path: PathBuf,
    /// Whether `path` is a folder (an archive is read, not patched).
    pub is_folder: bool,
    /// What the scan found, with the bytes it read of each file to patch (shared: the window
    /// keeps it while plans are made from it).
    pub scanned: Arc<ScannedDemo>,
}

impl Demo {
    /// Reads a demo folder or `.zip`. Blocking: run it off the UI thread.
    pub fn read(path: &Path) -> Result<Self, ScanError> {
        Self::read_with_progress(path, &ScanProgress::new())
    }

    /// [`Self::read`], counting files read in `progress` (the window shows it for big trees).
    pub fn read_with_progress(path: &Path, progress: &ScanProgress) -> Result<Self, ScanError> {
        let is_folder = path.is_dir();
        let scanned = demo::read(path, progress)?;
        Ok(Self {
            path: path.to_path_buf(),
            is_folder,
            scanned: Arc::new(scanned),
        })
    }

    /// What the scan found.
    #[must_use]
    pub fn scan(&self) -> &DemoScan {
        &self.scanned.scan
    }

    /// Unpacks a `.zip` demo into `dest_parent` (created when missing) and reads the copy.
    pub fn unpack(zip: &Path, dest_parent: &Path) -> Result<Self, ScanError> {
        Self::unpack_as(zip, dest_parent, None)
    }

    /// Like [`Demo::unpack`], naming the new folder `name` (one path component) instead of the
    /// archive's top folder — for when a folder of that name is already there.
    pub fn unpack_as(
        zip: &Path,
        dest_parent: &Path,
        name: Option<&str>,
    ) -> Result<Self, ScanError> {
        if !dest_parent.exists() {
            std::fs::create_dir_all(dest_parent).map_err(|source| ScanError::Unpack {
                path: dest_parent.to_path_buf(),
                source,
            })?;
        }
        let root = demo::unpack_zip_as(zip, dest_parent, name)?;
        Self::read(&root)
    }

    /// A name for the unpacked folder that is free in `dest_parent`: the archive's own, else
    /// the same with `-2`, `-3`… appended.
    pub fn free_unpack_name(zip: &Path, dest_parent: &Path) -> Result<String, ScanError> {
        let base = demo::unpacked_name(zip)?;
        let taken = |name: &str| std::fs::symlink_metadata(dest_parent.join(name)).is_ok();
        if !taken(&base) {
            return Ok(base);
        }
        Ok((2..10_000)
            .map(|n| format!("{base}-{n}"))
            .find(|name| !taken(name))
            .unwrap_or(base))
    }

    /// The optional fields the files of `platform` declare (the window shows only those).
    #[must_use]
    pub fn declared_fields(&self, platform: demo::Platform) -> Vec<super::Field> {
        super::declared_fields(self.scan(), platform)
    }

    /// The platforms this demo has files of (the window's per-platform checkboxes).
    #[must_use]
    pub fn platforms(&self) -> Vec<demo::Platform> {
        super::platforms_found(self.scan())
    }

    /// The apps whose ID differs from the package name (`android`) / bundle ID (`ios`) a licence
    /// was issued for, each with its fix.
    #[must_use]
    pub fn binding_mismatches(
        &self,
        android: Option<&str>,
        ios: Option<&str>,
    ) -> Vec<super::BindingMismatch> {
        super::binding_mismatches(self.scan(), android, ios)
    }

    /// The folder, when this demo is one (an archive is not patched).
    #[must_use]
    pub fn folder(&self) -> Option<&Path> {
        self.is_folder.then_some(self.path.as_path())
    }

    /// The mini program's project folder (the one WeChat DevTools imports): where the scan found
    /// `project.config.json`, else the demo folder itself.
    #[must_use]
    pub fn mini_program_folder(&self) -> Option<PathBuf> {
        let root = self.folder()?;
        let config = self
            .scan()
            .files
            .iter()
            .find(|f| f.role == FileRole::ProjectConfig);
        Some(match config.and_then(|f| f.rel_path.parent()) {
            Some(dir) => root.join(dir),
            None => root.to_path_buf(),
        })
    }
}

/// The folder a typed demo path names for the preview, before it was read: the path itself,
/// unless it is empty or an archive (an archive is not previewed).
#[must_use]
pub fn typed_folder(path: &Path) -> Option<PathBuf> {
    (!path.as_os_str().is_empty() && !is_archive_path(path)).then(|| path.to_path_buf())
}
