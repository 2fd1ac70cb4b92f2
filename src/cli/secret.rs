//! Where the secret key comes from on the command line: a file, standard input, or the
//! environment — never a flag value, which would show in `ps` and shell history.
//!
//! A key file must be a regular file (checked before it is opened, so a FIFO or a device never
//! blocks or streams forever) of at most [`MAX_KEY_BYTES`]; standard input is read up to the same
//! size. Invisible characters (BOM, zero-width, bidi controls) are removed and reported.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;
use mlvb_setup::credentials::{SecretKey, invisible_characters};

use super::Failure;

pub use mlvb_setup::credentials::SECRET_KEY_ENV;

/// The most a key file (or standard input) may hold: keys are 64 characters.
pub const MAX_KEY_BYTES: u64 = 64 * 1024;

/// The flags that name where to read the secret key from.
#[derive(Debug, Args)]
pub struct SecretKeySource {
    /// Read the secret key from this file (surrounding white space is ignored).
    #[arg(long, value_name = "FILE")]
    pub secret_key_file: Option<PathBuf>,
    /// Read the secret key from standard input.
    #[arg(long)]
    pub secret_key_stdin: bool,
}

/// Reads at most [`MAX_KEY_BYTES`] from `reader`; more is refused.
fn read_capped(reader: impl Read, origin: &str) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_KEY_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| Failure::BadInput(format!("cannot read {origin}: {err}")))?;
    if bytes.len() as u64 > MAX_KEY_BYTES {
        return Err(Failure::BadInput(format!(
            "{origin} holds more than {} KiB, which is not a secret key (keys are 64 characters): give the file that holds only the key",
            MAX_KEY_BYTES / 1024
        )));
    }
    Ok(bytes)
}

/// Opens a key file only if it is a regular file, and reads it.
fn read_key_file(path: &Path, origin: &str) -> Result<Vec<u8>, Failure> {
    let not_regular = || {
        Failure::BadInput(format!(
            "{origin} is not a regular file (a pipe, a device or a folder): save the key in a plain file, or pass it with --secret-key-stdin"
        ))
    };
    let meta = std::fs::metadata(path)
        .map_err(|err| Failure::BadInput(format!("cannot read {origin}: {err}")))?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Should the file be swapped for a FIFO after the check, opening it does not wait.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(nix::fcntl::OFlag::O_NONBLOCK.bits());
    }
    let file = options
        .open(path)
        .map_err(|err| Failure::BadInput(format!("cannot read {origin}: {err}")))?;
    let opened = file
        .metadata()
        .map_err(|err| Failure::BadInput(format!("cannot read {origin}: {err}")))?;
    if !opened.is_file() {
        return Err(not_regular());
    }
    read_capped(file, origin)
}

impl SecretKeySource {
    /// Reads the key: `--secret-key-file`, then `--secret-key-stdin`, then `MLVB_SECRET_KEY`.
    pub fn read(&self) -> Result<SecretKey, Failure> {
        let (raw, origin) = if let Some(path) = &self.secret_key_file {
            let origin = format!("the secret key file {}", path.display());
            let bytes = read_key_file(path, &origin)?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Failure::BadInput(format!("{origin} is not UTF-8 text: save it as UTF-8"))
            })?;
            (text, origin)
        } else if self.secret_key_stdin {
            let origin = "standard input".to_owned();
            let bytes = read_capped(std::io::stdin().lock(), &origin)?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Failure::BadInput(format!("the secret key on {origin} is not UTF-8 text"))
            })?;
            (text, origin)
        } else if let Some(value) = std::env::var_os(SECRET_KEY_ENV) {
            let text = value
                .into_string()
                .map_err(|_| Failure::BadInput(format!("{SECRET_KEY_ENV} is not valid Unicode")))?;
            (text, SECRET_KEY_ENV.to_owned())
        } else {
            return Err(Failure::BadInput(format!(
                "no secret key given: use --secret-key-file FILE, --secret-key-stdin, or set {SECRET_KEY_ENV}"
            )));
        };
        let invisible = invisible_characters(&raw);
        let key = SecretKey::parse(&raw)
            .map_err(|err| Failure::BadInput(format!("{err} (read from {origin})")))?;
        if invisible > 0 {
            errln!(
                "warning: removed {invisible} invisible character(s) (byte-order mark, zero-width or text-direction marks) from the secret key read from {origin}: they are never part of a key"
            );
        }
        Ok(key)
    }
}
