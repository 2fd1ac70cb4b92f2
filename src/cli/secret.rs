//! Where the secret key comes from on the command line: a file, standard input, or the
//! environment — never a flag value, which would show in `ps` and shell history.

use std::io::Read;
use std::path::PathBuf;

use clap::Args;
use mlvb_setup::credentials::SecretKey;

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
        let (raw, origin) = if let Some(path) = &self.secret_key_file {
            let bytes = std::fs::read(path).map_err(|err| {
                Failure::BadInput(format!(
                    "cannot read the secret key file {}: {err}",
                    path.display()
                ))
            })?;
            let text = String::from_utf8(bytes).map_err(|_| {
                Failure::BadInput(format!(
                    "the secret key file {} is not UTF-8 text: save it as UTF-8",
                    path.display()
                ))
            })?;
            (text, format!("the secret key file {}", path.display()))
        } else if self.secret_key_stdin {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|err| {
                Failure::BadInput(format!(
                    "cannot read the secret key from standard input: {err}"
                ))
            })?;
            (text, "standard input".to_owned())
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
        SecretKey::parse(&raw)
            .map_err(|err| Failure::BadInput(format!("{err} (read from {origin})")))
    }
}
