//! Images kept on disk for offline reading: content-addressed files (`images/ab/<sha256>`)
//! written atomically, read back only by a name that is exactly a stored hash. The app's URI
//! scheme serves through [`ImageStore::serve`], so it can hand out nothing but stored images.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use super::sniff::sniff_image;
use crate::error::{Error, Result};

/// Folder inside the data directory.
pub const IMAGES_DIR: &str = "images";

#[derive(Debug, Clone)]
pub struct ImageStore {
    dir: PathBuf,
}

/// A stored image as the scheme hands it out.
#[derive(Debug, PartialEq, Eq)]
pub struct ServedImage {
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// Why the scheme refused a request.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("not an image name")]
    BadName,
    #[error("no such image in the store")]
    NotStored,
    #[error("the stored file is not an image")]
    NotAnImage,
}

/// What one stored image is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedImage {
    pub hash: String,
    pub mime: &'static str,
    pub bytes: u64,
}

static UNIQUE: AtomicU64 = AtomicU64::new(0);

impl ImageStore {
    /// The image folder of a data directory (created on first save).
    pub fn in_data_dir(data_dir: &Path) -> ImageStore {
        ImageStore {
            dir: data_dir.join(IMAGES_DIR),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, hash: &str) -> PathBuf {
        self.dir.join(&hash[..2]).join(hash)
    }

    /// Stores `bytes` when they really are an image; the same image is stored once.
    pub fn save(&self, bytes: &[u8]) -> Result<SavedImage> {
        let mime = sniff_image(bytes)
            .ok_or_else(|| Error::Invalid(crate::l10n::Message::new("error-not-an-image")))?;
        let hash = format!("{:x}", Sha256::digest(bytes));
        let path = self.path_of(&hash);
        if !path.exists() {
            let parent = path.parent().unwrap_or(&self.dir);
            std::fs::create_dir_all(parent)?;
            // write aside, then rename: a crash never leaves a half image under its hash
            let part = parent.join(format!(
                ".{hash}.{}.{}.part",
                std::process::id(),
                UNIQUE.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::write(&part, bytes)?;
            if let Err(e) = std::fs::rename(&part, &path) {
                let _ = std::fs::remove_file(&part);
                // On Windows a rename over a file that another save of the same image is
                // renaming at that moment fails; that image is stored all the same.
                if !path.exists() {
                    return Err(e.into());
                }
            }
        }
        Ok(SavedImage {
            hash,
            mime,
            bytes: bytes.len() as u64,
        })
    }

    /// The stored image called `name` (a hash, as the reading view's URLs carry it).
    pub fn serve(&self, name: &str) -> std::result::Result<ServedImage, Refused> {
        if !is_hash(name) {
            return Err(Refused::BadName);
        }
        let bytes = std::fs::read(self.path_of(name)).map_err(|_| Refused::NotStored)?;
        let mime = sniff_image(&bytes).ok_or(Refused::NotAnImage)?;
        Ok(ServedImage { mime, bytes })
    }

    /// The size of the stored image `hash`, read from the file system alone (not the file).
    pub fn size_of(&self, hash: &str) -> Option<u64> {
        if !is_hash(hash) {
            return None;
        }
        std::fs::metadata(self.path_of(hash)).ok().map(|m| m.len())
    }

    /// The bytes and type of a stored image (for exports).
    pub fn read(&self, hash: &str) -> Option<ServedImage> {
        self.serve(hash).ok()
    }

    /// Deletes stored files; missing ones are fine.
    /// Deletes the files of `hashes`. A file that cannot be deleted now (on Windows, one the
    /// reader has open) is left where it is: one locked file must not fail the retention or
    /// clean-up step it belongs to. Returns how many were left.
    pub fn remove(&self, hashes: &[String]) -> Result<usize> {
        let mut left = 0;
        for hash in hashes.iter().filter(|h| is_hash(h)) {
            match std::fs::remove_file(self.path_of(hash)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => left += 1,
                _ => {}
            }
        }
        Ok(left)
    }
}

/// Exactly 64 lowercase hex digits: nothing else can name a file.
fn is_hash(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

    #[test]
    fn saved_images_are_served_by_their_hash_only() {
        let dir = tempfile::tempdir().unwrap();
        let images = ImageStore::in_data_dir(dir.path());
        let saved = images.save(PNG).unwrap();
        assert_eq!(saved.mime, "image/png");
        assert_eq!(images.save(PNG).unwrap(), saved, "same bytes, same file");
        let served = images.serve(&saved.hash).unwrap();
        assert_eq!(served.bytes, PNG);
        assert_eq!(served.mime, "image/png");
        assert_eq!(
            std::fs::read_dir(images.dir().join(&saved.hash[..2]))
                .unwrap()
                .count(),
            1,
            "no part files left"
        );
    }

    #[test]
    fn the_scheme_refuses_anything_not_in_the_store() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("broadsheet.db"), b"secret").unwrap();
        let images = ImageStore::in_data_dir(dir.path());
        let saved = images.save(PNG).unwrap();
        for name in [
            "",
            "../broadsheet.db",
            "..%2Fbroadsheet.db",
            "/etc/passwd",
            &saved.hash[..63],
            &format!("{}0", saved.hash),
            &saved.hash.to_uppercase(),
            &format!("{}/../../broadsheet.db", &saved.hash[..2]),
            "https://evil.example/x.png",
        ] {
            assert_eq!(images.serve(name), Err(Refused::BadName), "{name}");
        }
        let absent = "0".repeat(64);
        assert_eq!(images.serve(&absent), Err(Refused::NotStored));
        // a file that is somehow there but is not an image is still refused
        let fake = "a".repeat(64);
        std::fs::create_dir_all(images.dir().join("aa")).unwrap();
        std::fs::write(images.dir().join("aa").join(&fake), b"<svg onload=x>").unwrap();
        assert_eq!(images.serve(&fake), Err(Refused::NotAnImage));
    }

    #[test]
    fn non_images_are_not_saved() {
        let dir = tempfile::tempdir().unwrap();
        let images = ImageStore::in_data_dir(dir.path());
        assert!(images.save(b"<html>not an image</html>").is_err());
        assert!(!images.dir().exists() || std::fs::read_dir(images.dir()).unwrap().count() == 0);
    }

    /// Another program holding the file open (an image viewer, a virus scanner) without
    /// letting it be deleted: on Windows the file stays and is counted, the step goes on, and a
    /// later clean-up removes it. Elsewhere an open file is deleted at once.
    #[test]
    fn a_file_held_open_elsewhere_does_not_fail_the_removal() {
        let dir = tempfile::tempdir().unwrap();
        let images = ImageStore::in_data_dir(dir.path());
        let saved = images.save(PNG).unwrap();
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(windows)]
        {
            use std::os::windows::fs::OpenOptionsExt;
            options.share_mode(1); // FILE_SHARE_READ: no one may delete it while it is open
        }
        let held = options.open(images.path_of(&saved.hash)).unwrap();
        let left = images.remove(std::slice::from_ref(&saved.hash)).unwrap();
        assert_eq!(left, usize::from(cfg!(windows)));
        drop(held);
        assert_eq!(images.remove(std::slice::from_ref(&saved.hash)).unwrap(), 0);
        assert!(!images.path_of(&saved.hash).exists());
    }

    /// Articles that show the same picture save it at the same moment (the offline pass
    /// fetches several at once): every save succeeds and one file is left.
    #[test]
    fn the_same_image_saved_at_once_by_many_is_stored_once() {
        let dir = tempfile::tempdir().unwrap();
        let images = ImageStore::in_data_dir(dir.path());
        let saved = images.save(PNG).unwrap();
        let (barrier, failed) = (std::sync::Barrier::new(8), AtomicU64::new(0));
        std::thread::scope(|scope| {
            for _ in 0..8 {
                // no panic in here: the others would wait at the barrier for ever
                scope.spawn(|| {
                    for _ in 0..20 {
                        barrier.wait();
                        if images.save(PNG).is_err() {
                            failed.fetch_add(1, Ordering::Relaxed);
                        }
                        barrier.wait();
                        let _ = images.remove(std::slice::from_ref(&saved.hash));
                        barrier.wait();
                    }
                });
            }
        });
        assert_eq!(failed.into_inner(), 0, "saves failed");
        images.save(PNG).unwrap();
        let shard = images.path_of(&saved.hash);
        let names: Vec<_> = std::fs::read_dir(shard.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            vec![std::ffi::OsString::from(&saved.hash)],
            "no part left"
        );
    }
}
