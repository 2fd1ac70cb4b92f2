//! Where the secret key comes from on the command line: a file, standard input, or the
//! environment — never a flag value, which would show in `ps` and shell history.

use std::io::Read;
use std::path::PathBuf;

use clap::Args;
use mlvb_setup::credentials::SecretKey;

use mlvb_setup::messages::{CliCode, Localize, Message, io_reason};

use super::Failure;

/// The environment variable that may hold the secret key.
pub const SECRET_KEY_ENV: &str = "MLVB_SECRET_KEY";

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

impl SecretKeySource {
    /// Reads the key: `--secret-key-file`, then `--secret-key-stdin`, then `MLVB_SECRET_KEY`.
    pub fn read(&self) -> Result<SecretKey, Failure> {
        let bad = |message: Message| Failure::BadInput(message);
        let (raw, origin) = if let Some(path) = &self.secret_key_file {
            let bytes = std::fs::read(path).map_err(|err| {
                bad(Message::new(CliCode::KeyFileUnreadable)
                    .with("path", path)
                    .with("reason", io_reason(&err)))
            })?;
            let text = String::from_utf8(bytes)
                .map_err(|_| bad(Message::new(CliCode::KeyFileNotUtf8).with("path", path)))?;
            (text, Message::new(CliCode::KeyFromFile).with("path", path))
        } else if self.secret_key_stdin {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|err| {
                bad(Message::new(CliCode::KeyStdinUnreadable).with("reason", io_reason(&err)))
            })?;
            (text, Message::new(CliCode::KeyFromStdin))
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
        SecretKey::parse(&raw).map_err(|err| {
            bad(Message::new(CliCode::KeyRefused)
                .with("reason", err.message())
                .with("origin", origin))
        })
    }
}
