//! Where a server account's sign-in token lives: the operating system's credential store
//! (Keychain, Credential Manager, Secret Service, through the `keyring` crate), or, where there
//! is none (a headless Linux without a Secret Service), a file only the user can read in the
//! data directory. Never the password (it is used once, to sign in), never the database, never
//! a log line.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// What is kept for an account: the ClientLogin `Auth` token and the POST token (`T`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secret {
    pub auth: String,
    #[serde(default)]
    pub token: Option<String>,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret { .. }")
    }
}

/// Where a secret was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Keyring,
    File,
}

impl Place {
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Keyring => "keyring",
            Place::File => "file",
        }
    }

    pub fn parse(s: &str) -> Place {
        if s == "keyring" {
            Place::Keyring
        } else {
            Place::File
        }
    }
}

/// `BROADSHEET_SECRETS=file` keeps secrets in the data directory even where a credential
/// store exists (tests, portable installs).
fn keyring_wanted() -> bool {
    std::env::var("BROADSHEET_SECRETS").map_or(true, |v| v != "file")
}

fn entry(data_dir: &Path, account: i64) -> Option<keyring::Entry> {
    // the data directory is part of the name: two profiles never share a secret
    keyring::Entry::new(
        "Broadsheet",
        &format!("account {account} ({})", data_dir.display()),
    )
    .ok()
}

fn file_of(data_dir: &Path, account: i64) -> PathBuf {
    data_dir
        .join("secrets")
        .join(format!("account-{account}.json"))
}

/// Keeps `secret` for `account`: in the credential store when there is one, else in a file
/// only the user can read. Says where.
pub fn save(data_dir: &Path, account: i64, secret: &Secret) -> Result<Place> {
    let text = serde_json::to_string(secret).map_err(|e| {
        Error::Invalid(crate::l10n::Message::new("error-other").with("why", e.to_string()))
    })?;
    if keyring_wanted() {
        if let Some(entry) = entry(data_dir, account) {
            if entry.set_password(&text).is_ok()
                && entry.get_password().ok().as_deref() == Some(text.as_str())
            {
                let _ = std::fs::remove_file(file_of(data_dir, account));
                return Ok(Place::Keyring);
            }
        }
    }
    write_private(&file_of(data_dir, account), text.as_bytes())?;
    Ok(Place::File)
}

/// The secret kept for `account`, if any.
pub fn load(data_dir: &Path, account: i64, place: Place) -> Result<Option<Secret>> {
    let text = match place {
        Place::Keyring => match entry(data_dir, account).map(|e| e.get_password()) {
            Some(Ok(t)) => Some(t),
            _ => None,
        },
        Place::File => match std::fs::read_to_string(file_of(data_dir, account)) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e.into()),
        },
    };
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// Forgets the secret of `account`, wherever it is.
pub fn delete(data_dir: &Path, account: i64) {
    if let Some(entry) = entry(data_dir, account) {
        let _ = entry.delete_credential();
    }
    let _ = std::fs::remove_file(file_of(data_dir, account));
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let tmp = path.with_extension("tmp");
    {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_secret_is_private_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let secret = Secret {
            auth: "alice/abc".into(),
            token: Some("T1".into()),
        };
        write_private(
            &file_of(dir.path(), 7),
            serde_json::to_string(&secret).unwrap().as_bytes(),
        )
        .unwrap();
        assert_eq!(
            load(dir.path(), 7, Place::File).unwrap(),
            Some(secret.clone())
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(file_of(dir.path(), 7))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(!format!("{secret:?}").contains("abc"), "never printed");
        delete(dir.path(), 7);
        assert_eq!(load(dir.path(), 7, Place::File).unwrap(), None);
    }

    /// Windows' Credential Manager keeps it (under Wine in the Windows test run).
    #[cfg(windows)]
    #[test]
    fn on_windows_the_credential_manager_keeps_the_secret() {
        let dir = tempfile::tempdir().unwrap();
        let secret = Secret {
            auth: "alice/abc".into(),
            token: None,
        };
        assert_eq!(save(dir.path(), 8, &secret).unwrap(), Place::Keyring);
        assert!(!file_of(dir.path(), 8).exists(), "no file beside it");
        assert_eq!(load(dir.path(), 8, Place::Keyring).unwrap(), Some(secret));
        delete(dir.path(), 8);
        assert_eq!(load(dir.path(), 8, Place::Keyring).unwrap(), None);
    }
}
