//! Guards for every path mlvb-setup writes or reads back: no component may be a symbolic link
//! (so nothing is ever written outside the demo through a planted link), folders are created one
//! level at a time inside the demo, and file owners and hard links are handled explicitly.

use std::fs::{self, File, Metadata};
use std::io;
use std::path::Path;

use super::error::{PatchError, UnsafePathReason};

/// Refuses `base/rel` when a folder on the way is a symbolic link or not a folder. Returns
/// whether every folder on the way exists. The last component is not checked here (callers
/// check it is a regular file).
pub(crate) fn check_folders(base: &Path, rel: &Path, shown: &Path) -> Result<bool, PatchError> {
    let mut path = base.to_path_buf();
    let components: Vec<_> = rel.components().collect();
    let folders = components.len().saturating_sub(1);
    for component in &components[..folders] {
        path.push(component);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(unsafe_path(
                    shown,
                    UnsafePathReason::FolderIsLink {
                        folder: path.clone(),
                    },
                ));
            }
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(unsafe_path(
                    shown,
                    UnsafePathReason::NotAFolder {
                        folder: path.clone(),
                    },
                ));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(source) => {
                return Err(PatchError::Read {
                    path: path.clone(),
                    source,
                });
            }
        }
    }
    Ok(true)
}

/// Creates the missing folders of `base/rel` one by one, each checked not to be a link, so a
/// folder is never created outside `base`.
pub(crate) fn create_folders(base: &Path, rel: &Path, shown: &Path) -> Result<(), PatchError> {
    let mut path = base.to_path_buf();
    let components: Vec<_> = rel.components().collect();
    let folders = components.len().saturating_sub(1);
    for component in &components[..folders] {
        path.push(component);
        match fs::create_dir(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(source) => {
                return Err(PatchError::RestoreFailed {
                    path: shown.to_owned(),
                    source,
                });
            }
        }
        let meta = fs::symlink_metadata(&path).map_err(|source| PatchError::Read {
            path: path.clone(),
            source,
        })?;
        if meta.file_type().is_symlink() || !meta.is_dir() {
            return Err(unsafe_path(
                shown,
                UnsafePathReason::NotAFolder {
                    folder: path.clone(),
                },
            ));
        }
    }
    Ok(())
}

fn unsafe_path(path: &Path, reason: UnsafePathReason) -> PatchError {
    PatchError::UnsafePath {
        path: path.to_owned(),
        reason,
    }
}

/// A file's owner (user, group), on Unix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Owner {
    pub uid: u32,
    pub gid: u32,
}

/// The owner of the file `meta` describes, on Unix.
#[allow(clippy::unnecessary_wraps)]
pub(crate) fn owner_of(meta: &Metadata) -> Option<Owner> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(Owner {
            uid: meta.uid(),
            gid: meta.gid(),
        })
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// Gives `file` the owner `owner` when it has another one. Only root (or a process with the
/// capability) can give a file away; for anyone else a file they write is already theirs, so
/// a refusal is not an error unless running as root.
pub(crate) fn keep_owner(file: &File, owner: Option<Owner>) -> io::Result<()> {
    #[cfg(unix)]
    if let Some(owner) = owner {
        use std::os::unix::fs::MetadataExt;
        let meta = file.metadata()?;
        if meta.uid() == owner.uid && meta.gid() == owner.gid {
            return Ok(());
        }
        let is_root = meta.uid() == 0;
        match std::os::unix::fs::fchown(file, Some(owner.uid), Some(owner.gid)) {
            Ok(()) => {}
            Err(e) if is_root => return Err(e),
            // Not root: keep at least the group when we belong to it.
            Err(_) => {
                let _ = std::os::unix::fs::fchown(file, None, Some(owner.gid));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (file, owner);
    Ok(())
}

/// How many names the file has (hard links); 1 where the system does not tell.
pub(crate) fn link_count(meta: &Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.nlink()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

/// Refuses a file with more than one name: replacing it would split the link (the other names
/// would keep the old bytes).
pub(crate) fn refuse_hard_link(rel_path: &Path, meta: &Metadata) -> Result<(), PatchError> {
    let links = link_count(meta);
    if links > 1 {
        return Err(PatchError::HardLinked {
            path: rel_path.to_owned(),
            links,
        });
    }
    Ok(())
}
