//! Where secrets live: a server account's sign-in token, and the user name and password of a
//! feed behind a sign-in. In the operating system's credential store (Keychain, Credential
//! Manager, Secret Service, through the `keyring` crate), or, where there is none (a headless
//! Linux without a Secret Service), a file only the user can read in the data directory's
//! `secrets/`. Never an account's password (it is used once, to sign in), never the database,
//! never a log line.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::net::login::Login;

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

/// Whose secret: an account's token or a feed's sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Account(i64),
    Feed(i64),
}

impl Owner {
    fn entry(self, data_dir: &Path) -> Option<keyring::Entry> {
        // the data directory is part of the name: two profiles never share a secret
        let who = match self {
            Owner::Account(id) => format!("account {id}"),
            Owner::Feed(id) => format!("feed {id}"),
        };
        keyring::Entry::new("Broadsheet", &format!("{who} ({})", data_dir.display())).ok()
    }

    fn file(self, data_dir: &Path) -> PathBuf {
        let name = match self {
            Owner::Account(id) => format!("account-{id}.json"),
            Owner::Feed(id) => format!("feed-{id}.json"),
        };
        data_dir.join("secrets").join(name)
    }

    /// Keeps `value`: in the credential store when there is one, else in a file only the
    /// user can read. Says where.
    fn save(self, data_dir: &Path, value: &impl Serialize) -> Result<Place> {
        let text = serde_json::to_string(value).map_err(|e| {
            Error::Invalid(crate::l10n::Message::new("error-other").with("why", e.to_string()))
        })?;
        if keyring_wanted() {
            if let Some(entry) = self.entry(data_dir) {
                if entry.set_password(&text).is_ok()
                    && entry.get_password().ok().as_deref() == Some(text.as_str())
                {
                    let _ = std::fs::remove_file(self.file(data_dir));
                    return Ok(Place::Keyring);
                }
            }
        }
        write_private(&self.file(data_dir), text.as_bytes())?;
        Ok(Place::File)
    }

    fn load<T: serde::de::DeserializeOwned>(
        self,
        data_dir: &Path,
        place: Place,
    ) -> Result<Option<T>> {
        let text = match place {
            Place::Keyring => match self.entry(data_dir).map(|e| e.get_password()) {
                Some(Ok(t)) => Some(t),
                _ => None,
            },
            Place::File => match std::fs::read_to_string(self.file(data_dir)) {
                Ok(t) => Some(t),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(e.into()),
            },
        };
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    fn delete(self, data_dir: &Path) {
        if let Some(entry) = self.entry(data_dir) {
            let _ = entry.delete_credential();
        }
        let _ = std::fs::remove_file(self.file(data_dir));
    }
}

/// Keeps `secret` for `account`. Says where.
pub fn save(data_dir: &Path, account: i64, secret: &Secret) -> Result<Place> {
    Owner::Account(account).save(data_dir, secret)
}

/// The secret kept for `account`, if any.
pub fn load(data_dir: &Path, account: i64, place: Place) -> Result<Option<Secret>> {
    Owner::Account(account).load(data_dir, place)
}

/// Forgets the secret of `account`, wherever it is.
pub fn delete(data_dir: &Path, account: i64) {
    Owner::Account(account).delete(data_dir)
}

/// Keeps a feed's user name and password. Says where.
pub fn save_feed_login(data_dir: &Path, feed: i64, login: &Login) -> Result<Place> {
    Owner::Feed(feed).save(data_dir, login)
}

/// A feed's user name and password, if kept.
pub fn load_feed_login(data_dir: &Path, feed: i64, place: Place) -> Result<Option<Login>> {
    Owner::Feed(feed).load(data_dir, place)
}

/// Forgets a feed's user name and password, wherever they are.
pub fn delete_feed_login(data_dir: &Path, feed: i64) {
    Owner::Feed(feed).delete(data_dir)
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
            &Owner::Account(7).file(dir.path()),
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
            let mode = std::fs::metadata(Owner::Account(7).file(dir.path()))
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
        assert!(
            !Owner::Account(8).file(dir.path()).exists(),
            "no file beside it"
        );
        assert_eq!(load(dir.path(), 8, Place::Keyring).unwrap(), Some(secret));
        delete(dir.path(), 8);
        assert_eq!(load(dir.path(), 8, Place::Keyring).unwrap(), None);
    }
}
