//! Episodes kept for listening offline: an enclosure downloaded into the data directory's
//! `episodes/` folder, named by the hash of its address with the extension of what its first
//! bytes are (sound or video, sniffed; anything else is refused and removed). A download cut
//! off goes on where it stopped the next time (`net::download`: a Range request). It is capped
//! per file and all episodes together by the settings `episode_max_mb` and
//! `episodes_space_mb`; a size the feed or the server states beyond them is refused before a
//! byte is read.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::sniff::sniff_media;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::now;
use crate::net::download::{DownloadError, DownloadLimits};
use crate::net::fetch::{FetchConfig, Fetcher};
use crate::store::{EpisodeFile, Store};

/// The folder of a data directory that holds downloaded episodes.
pub const EPISODES_DIR: &str = "episodes";
/// The longest wait for an answer, and for each piece of a file after it.
pub const STALL: Duration = Duration::from_secs(30);
/// Bytes in the megabyte of the settings.
const MEGABYTE: u64 = 1_000_000;

/// How much an episode, and all of them, may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EpisodeLimits {
    pub file_bytes: u64,
    pub space_bytes: u64,
    pub stall: Duration,
}

impl EpisodeLimits {
    /// The limits the settings give.
    pub fn of(settings: &crate::store::Settings) -> EpisodeLimits {
        EpisodeLimits {
            file_bytes: u64::from(settings.episode_max_mb) * MEGABYTE,
            space_bytes: u64::from(settings.episodes_space_mb) * MEGABYTE,
            stall: STALL,
        }
    }
}

/// Where a data directory's episodes are.
pub fn episodes_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(EPISODES_DIR)
}

/// Downloads article `id`'s episode (its first enclosure) unless it is kept already, and
/// notes it in the store; the file as kept.
pub async fn download_episode(
    store: &Store,
    fetcher: &Fetcher,
    data_dir: &Path,
    id: i64,
    limits: EpisodeLimits,
) -> Result<EpisodeFile> {
    let enclosure = store
        .enclosures(id)?
        .into_iter()
        .next()
        .ok_or_else(|| Error::NotFound {
            kind: "episode",
            id: id.to_string(),
        })?;
    let dir = episodes_dir(data_dir);
    if let Some(kept) = store.episode_file(id, &enclosure.url)? {
        if dir.join(&kept.file).is_file() {
            return Ok(kept);
        }
    }
    let too_large = Error::Fetch(crate::error::FetchError::TooLarge {
        limit_bytes: limits.file_bytes,
    });
    let declared = enclosure.bytes.unwrap_or(0);
    if declared > limits.file_bytes {
        return Err(too_large);
    }
    let used = store.episode_bytes()?;
    let no_room = || {
        Error::Invalid(
            Message::new("error-episodes-full").with("megabytes", limits.space_bytes / MEGABYTE),
        )
    };
    if used + declared > limits.space_bytes {
        return Err(no_room());
    }
    std::fs::create_dir_all(&dir).map_err(|source| Error::DataDir {
        path: dir.clone(),
        source,
    })?;
    let name = format!("{:x}", Sha256::digest(enclosure.url.as_bytes()));
    let name = &name[..32];
    let part = dir.join(format!("{name}.part"));
    let fetcher = fetcher.with_config(FetchConfig::episode(fetcher.config()));
    let download = fetcher
        .download(
            &enclosure.url,
            &part,
            DownloadLimits {
                max_bytes: limits
                    .file_bytes
                    .min(limits.space_bytes.saturating_sub(used)),
                stall: limits.stall,
            },
            |head| sniff_media(head).is_some(),
        )
        .await
        .map_err(|e| match e {
            DownloadError::Fetch(crate::error::FetchError::TooLarge { .. })
                if limits.space_bytes.saturating_sub(used) < limits.file_bytes =>
            {
                no_room()
            }
            DownloadError::Fetch(e) => Error::Fetch(e),
            DownloadError::Refused => Error::Invalid(Message::new("error-not-media")),
            DownloadError::Io(e) => Error::Io(e),
        })?;
    // judged by `keep` above: sniffed as media
    let mime = sniff_media(&download.first_bytes).unwrap_or("application/octet-stream");
    let file = format!("{name}.{}", extension(mime));
    std::fs::rename(&part, dir.join(&file)).map_err(Error::Io)?;
    let kept = EpisodeFile {
        file,
        bytes: download.bytes,
        mime: mime.to_string(),
        downloaded_at: now(),
    };
    store.record_episode_file(id, &enclosure.url, &kept)?;
    Ok(kept)
}

/// The file extension of a sniffed media type.
fn extension(mime: &str) -> &'static str {
    match mime {
        "audio/mpeg" => "mp3",
        "audio/aac" => "aac",
        "audio/mp4" => "m4a",
        "video/mp4" => "mp4",
        "audio/ogg" => "ogg",
        "video/webm" => "webm",
        "audio/wav" => "wav",
        "audio/flac" => "flac",
        _ => "bin",
    }
}
