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
use mlvb_setup::messages::{CliCode, Localize, Message, io_reason};

use super::{Failure, say};

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

fn unreadable(origin: &Message, err: &std::io::Error) -> Failure {
    Failure::BadInput(
        Message::new(CliCode::KeyUnreadable)
            .with("origin", origin.clone())
            .with("reason", io_reason(err)),
    )
}

/// Reads at most [`MAX_KEY_BYTES`] from `reader`; more is refused.
fn read_capped(reader: impl Read, origin: &Message) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_KEY_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| unreadable(origin, &err))?;
    if bytes.len() as u64 > MAX_KEY_BYTES {
        return Err(Failure::BadInput(
            Message::new(CliCode::KeyTooLarge)
                .with("origin", origin.clone())
                .with("kib", MAX_KEY_BYTES / 1024),
        ));
    }
    Ok(bytes)
}

/// Opens a key file only if it is a regular file, and reads it.
fn read_key_file(path: &Path, origin: &Message) -> Result<Vec<u8>, Failure> {
    let not_regular =
        || Failure::BadInput(Message::new(CliCode::KeyNotRegular).with("origin", origin.clone()));
    let meta = std::fs::metadata(path).map_err(|err| unreadable(origin, &err))?;
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
    let file = options.open(path).map_err(|err| unreadable(origin, &err))?;
    let opened = file.metadata().map_err(|err| unreadable(origin, &err))?;
    if !opened.is_file() {
        return Err(not_regular());
    }
    read_capped(file, origin)
}

impl SecretKeySource {
    /// Reads the key: `--secret-key-file`, then `--secret-key-stdin`, then `MLVB_SECRET_KEY`.
    pub fn read(&self) -> Result<SecretKey, Failure> {
        let bad = Failure::BadInput;
        let (raw, origin) = if let Some(path) = &self.secret_key_file {
            let origin = Message::new(CliCode::KeyFromFile).with("path", path);
            let bytes = read_key_file(path, &origin)?;
            let text = String::from_utf8(bytes)
                .map_err(|_| bad(Message::new(CliCode::KeyFileNotUtf8).with("path", path)))?;
            (text, origin)
        } else if self.secret_key_stdin {
            let origin = Message::new(CliCode::KeyFromStdin);
            let bytes = read_capped(std::io::stdin().lock(), &origin)?;
            let text = String::from_utf8(bytes).map_err(|_| {
                bad(Message::new(CliCode::KeyNotUtf8).with("origin", origin.clone()))
            })?;
            (text, origin)
        } else if let Some(value) = std::env::var_os(SECRET_KEY_ENV) {
            let text = value.into_string().map_err(|_| {
                bad(Message::new(CliCode::KeyEnvNotUnicode).with("name", SECRET_KEY_ENV))
            })?;
            (
                text,
                Message::new(CliCode::KeyFromEnv).with("name", SECRET_KEY_ENV),
            )
        } else {
            return Err(bad(
                Message::new(CliCode::NoKeyGiven).with("name", SECRET_KEY_ENV)
            ));
        };
        let invisible = invisible_characters(&raw);
        let key = SecretKey::parse(&raw).map_err(|err| {
            bad(Message::new(CliCode::KeyRefused)
                .with("reason", err.message())
                .with("origin", origin.clone()))
        })?;
        if invisible > 0 {
            let warning = Message::new(CliCode::KeyInvisibleRemoved)
                .with("count", invisible)
                .with("origin", origin);
            errln!(
                "{}",
                say(&Message::new(CliCode::Warning).with("text", say(&warning)))
            );
        }
        Ok(key)
    }
}
