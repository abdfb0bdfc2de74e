//! Episodes kept for listening offline: an enclosure downloaded into the data directory's
//! `episodes/` folder, named by the hash of its address with the extension of what its first
//! bytes are (sound or video, sniffed; anything else is refused and removed). A download cut
//! off goes on where it stopped the next time (`net::download`: a Range request). It is capped
//! per file and all episodes together by the settings `episode_max_mb` and
//! `episodes_space_mb`; a size the feed or the server states beyond them is refused before a
//! byte is read, and the downloads of a pass share the space left when it began
//! ([`SharedRoom`]), so together they stop at the cap. After a refresh, [`episode_pass`] lets
//! go of the files no longer needed (played long enough ago, their article gone:
//! [`sweep_episodes`]) and downloads what each feed's choice wants, a few at a time, saying how
//! far each is ([`EpisodeEvent::Progress`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use futures::StreamExt;
use serde::Serialize;

use sha2::{Digest, Sha256};

use super::sniff::sniff_media;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{now, Timestamp};
use crate::net::download::{DownloadError, DownloadLimits, DownloadProgress, SharedRoom};
use crate::net::fetch::{FetchConfig, Fetcher};
use crate::store::{EpisodeFile, Settings, Store};

/// The folder of a data directory that holds downloaded episodes.
pub const EPISODES_DIR: &str = "episodes";
/// The longest wait for an answer, and for each piece of a file after it.
pub const STALL: Duration = Duration::from_secs(30);
/// Bytes in the megabyte of the settings.
const MEGABYTE: u64 = 1_000_000;
/// How often a running download says how far it is.
pub const PROGRESS_EVERY: Duration = Duration::from_millis(500);

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

/// What the pass after a refresh needs for episodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpisodeSetup {
    pub data_dir: PathBuf,
    pub limits: EpisodeLimits,
    /// Days a played episode is kept (the `episodes_played_days` setting).
    pub played_days: u32,
}

impl EpisodeSetup {
    /// For the store in `data_dir`, with its settings.
    pub fn of(data_dir: &Path, settings: &Settings) -> EpisodeSetup {
        EpisodeSetup {
            data_dir: data_dir.to_path_buf(),
            limits: EpisodeLimits::of(settings),
            played_days: settings.episodes_played_days,
        }
    }
}

/// Where a data directory's episodes are.
pub fn episodes_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(EPISODES_DIR)
}

/// Downloads article `id`'s episode (its first enclosure) unless it is kept already, and
/// notes it in the store; the file as kept. A download of the same address under way in this
/// process (the pass, a person's button) is waited for. `on_bytes(bytes, total)` says how far
/// it is every [`PROGRESS_EVERY`] while it runs.
pub async fn download_episode(
    store: &Store,
    fetcher: &Fetcher,
    data_dir: &Path,
    id: i64,
    limits: EpisodeLimits,
    mut on_bytes: impl FnMut(u64, Option<u64>),
) -> Result<EpisodeFile> {
    loop {
        let room = SharedRoom::new(room_left(store, limits)?);
        match prepare(store, data_dir, id, limits, &room)? {
            Some(Prepared::Kept(kept)) => return Ok(kept),
            Some(Prepared::Fetch(job)) => {
                let progress = DownloadProgress::default();
                let fetching = fetch(fetcher, &job, &room, &progress);
                tokio::pin!(fetching);
                let mut tick = progress_ticks();
                let fetched = loop {
                    tokio::select! {
                        fetched = &mut fetching => break fetched?,
                        _ = tick.tick() => on_bytes(progress.bytes(), progress.total()),
                    }
                };
                return record(store, &job, fetched);
            }
            None => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// What downloading an episode starts from.
enum Prepared {
    /// It is kept already.
    Kept(EpisodeFile),
    /// It is to be fetched.
    Fetch(EpisodeJob),
}

/// An episode to fetch: which, where to, within what. It holds its address's [`Claim`].
struct EpisodeJob {
    id: i64,
    url: String,
    dir: PathBuf,
    /// The file's name without its extension (its address's hash).
    name: String,
    limits: EpisodeLimits,
    _claim: Claim,
}

/// A tick every [`PROGRESS_EVERY`]; those missed while the store was busy are not made up.
fn progress_ticks() -> tokio::time::Interval {
    let mut tick = tokio::time::interval(PROGRESS_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    tick
}

/// The bytes the kept episodes leave of the space for them.
fn room_left(store: &Store, limits: EpisodeLimits) -> Result<u64> {
    Ok(limits.space_bytes.saturating_sub(store.episode_bytes()?))
}

/// Finds article `id`'s episode kept, or makes the job of fetching it (refused at once when
/// the size the feed states is beyond the file cap or what is left of `room`); `None` while
/// another download of the same address runs in this process.
fn prepare(
    store: &Store,
    data_dir: &Path,
    id: i64,
    limits: EpisodeLimits,
    room: &SharedRoom,
) -> Result<Option<Prepared>> {
    let enclosure = store
        .enclosures(id)?
        .into_iter()
        .next()
        .ok_or_else(|| Error::NotFound {
            kind: "episode",
            id: id.to_string(),
        })?;
    let dir = episodes_dir(data_dir);
    let hash = format!("{:x}", Sha256::digest(enclosure.url.as_bytes()));
    let name = hash[..32].to_string();
    let Some(claim) = Claim::of(&dir.join(&name)) else {
        return Ok(None);
    };
    if let Some(kept) = store.episode_file(id, &enclosure.url)? {
        if dir.join(&kept.file).is_file() {
            return Ok(Some(Prepared::Kept(kept)));
        }
    }
    let declared = enclosure.bytes.unwrap_or(0);
    if declared > limits.file_bytes {
        return Err(Error::Fetch(crate::error::FetchError::TooLarge {
            limit_bytes: limits.file_bytes,
        }));
    }
    if declared > room.left() {
        return Err(no_room(limits));
    }
    Ok(Some(Prepared::Fetch(EpisodeJob {
        id,
        url: enclosure.url,
        dir,
        name,
        limits,
        _claim: claim,
    })))
}

fn no_room(limits: EpisodeLimits) -> Error {
    Error::Invalid(
        Message::new("error-episodes-full").with("megabytes", limits.space_bytes / MEGABYTE),
    )
}

/// Fetches `job`'s episode into its folder (sniffed as sound or video, within the caps): the
/// file as it is to be kept, its bytes taken from `room`, how far it is in `progress`.
/// Touches no store.
async fn fetch(
    fetcher: &Fetcher,
    job: &EpisodeJob,
    room: &SharedRoom,
    progress: &DownloadProgress,
) -> Result<EpisodeFile> {
    let (dir, limits) = (&job.dir, job.limits);
    std::fs::create_dir_all(dir).map_err(|source| Error::DataDir {
        path: dir.clone(),
        source,
    })?;
    let part = dir.join(format!("{}.part", job.name));
    let fetcher = fetcher.with_config(FetchConfig::episode(fetcher.config()));
    let sniffed = std::sync::Mutex::new(None);
    let download = fetcher
        .download(
            &job.url,
            &part,
            DownloadLimits {
                max_bytes: limits.file_bytes,
                stall: limits.stall,
                room: Some(room),
                progress: Some(progress),
            },
            |head| {
                let mime = sniff_media(head);
                *sniffed.lock().unwrap_or_else(|p| p.into_inner()) = mime;
                mime.is_some()
            },
        )
        .await
        .map_err(|e| match e {
            DownloadError::NoRoom => no_room(limits),
            DownloadError::Fetch(e) => Error::Fetch(e),
            DownloadError::Refused => Error::Invalid(Message::new("error-not-media")),
            DownloadError::Io(e) => Error::Io(e),
        })?;
    // judged by `keep` above: sniffed as media
    let mime = sniffed
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .or_else(|| sniff_media(&download.first_bytes))
        .unwrap_or("application/octet-stream");
    let file = format!("{}.{}", job.name, extension(mime));
    std::fs::rename(&part, dir.join(&file)).map_err(Error::Io)?;
    Ok(EpisodeFile {
        file,
        bytes: download.bytes,
        mime: mime.to_string(),
        downloaded_at: now(),
    })
}

/// Notes `job`'s episode as kept in `fetched`.
fn record(store: &Store, job: &EpisodeJob, fetched: EpisodeFile) -> Result<EpisodeFile> {
    store.record_episode_file(job.id, &job.url, &fetched)?;
    Ok(fetched)
}

/// The downloads under way in this process, by their file's path without extension.
static DOWNLOADING: std::sync::Mutex<std::collections::BTreeSet<PathBuf>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// A download of one address claimed by this process until dropped.
struct Claim(PathBuf);

impl Claim {
    /// `path` for this download, unless another download of this process has it.
    fn of(path: &Path) -> Option<Claim> {
        DOWNLOADING
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(path.to_path_buf())
            .then(|| Claim(path.to_path_buf()))
    }
}

impl Drop for Claim {
    fn drop(&mut self) {
        DOWNLOADING
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&self.0);
    }
}

/// Downloads at once in a pass.
pub const DOWNLOADS_AT_ONCE: usize = 3;
/// Episodes one pass downloads at most; the rest wait for the next.
const PASS_DOWNLOADS: u32 = 50;
/// A file in the episodes folder that no episode names is removed once it is this old (a
/// download being finished elsewhere names it within moments).
const ORPHAN_AGE: Duration = Duration::from_secs(3600);
/// A partial download not gone on with for this long is removed.
const PART_AGE: Duration = Duration::from_secs(7 * 24 * 3600);

/// What an episode pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EpisodePassSummary {
    pub downloaded: usize,
    pub failed: usize,
    /// Files let go ([`sweep_episodes`]).
    pub removed: usize,
    /// The space for episodes is full: the rest wait.
    pub full: bool,
    /// The network could not be reached: the rest wait.
    pub network_down: bool,
}

/// How a download of the pass goes, for the window's Listen view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum EpisodeEvent {
    /// How many the pass will try.
    Due {
        count: usize,
    },
    Started {
        article_id: i64,
    },
    /// How far a running download is, every [`PROGRESS_EVERY`]: its bytes so far, and the
    /// whole file's once the server states it.
    Progress {
        article_id: i64,
        bytes: u64,
        total: Option<u64>,
    },
    Downloaded {
        article_id: i64,
    },
    Failed {
        article_id: i64,
    },
}

/// After a refresh: the files no longer needed go, then the episodes each feed's choice
/// wants are downloaded, [`DOWNLOADS_AT_ONCE`] at a time. A download that fails is noted (it
/// is not tried by passes again after [`crate::store::EPISODE_ATTEMPTS`] failures); a full
/// space or an unreachable network stops the pass. (The store is taken `&mut` though only
/// read and written between downloads: so the pass can run on any thread, as the offline
/// pass it ends does.)
pub async fn episode_pass(
    store: &mut Store,
    fetcher: &Fetcher,
    setup: &EpisodeSetup,
    now: Timestamp,
    mut on_event: impl FnMut(EpisodeEvent),
) -> Result<EpisodePassSummary> {
    let (data_dir, limits) = (setup.data_dir.as_path(), setup.limits);
    let mut summary = EpisodePassSummary {
        removed: sweep_episodes(store, data_dir, setup.played_days, now)?,
        ..Default::default()
    };
    let due = store.episodes_to_download(PASS_DOWNLOADS)?;
    if due.is_empty() {
        return Ok(summary);
    }
    on_event(EpisodeEvent::Due { count: due.len() });
    // one room for the pass: downloads at once cannot together pass the cap
    let room = SharedRoom::new(room_left(store, limits)?);
    let mut queue = due.into_iter();
    let mut running = futures::stream::FuturesUnordered::new();
    // how far each running download is, by article
    let mut under_way: Vec<(i64, std::sync::Arc<DownloadProgress>)> = Vec::new();
    let mut tick = progress_ticks();
    let mut stopped = false;
    loop {
        while running.len() < DOWNLOADS_AT_ONCE && !stopped {
            let Some(id) = queue.next() else { break };
            match prepare(store, data_dir, id, limits, &room) {
                // kept meanwhile, or being downloaded by a person's button: nothing to do
                Ok(Some(Prepared::Kept(_)) | None) => {
                    on_event(EpisodeEvent::Downloaded { article_id: id })
                }
                Ok(Some(Prepared::Fetch(job))) => {
                    on_event(EpisodeEvent::Started { article_id: id });
                    let (fetcher, room) = (fetcher.clone(), &room);
                    let progress = std::sync::Arc::new(DownloadProgress::default());
                    under_way.push((id, progress.clone()));
                    running.push(async move {
                        let fetched = fetch(&fetcher, &job, room, &progress).await;
                        (job, fetched)
                    });
                }
                Err(error) => {
                    stopped |= failed(store, &mut summary, id, &error, now)?;
                    on_event(EpisodeEvent::Failed { article_id: id });
                }
            }
        }
        let next = tokio::select! {
            next = running.next() => next,
            _ = tick.tick() => {
                for (article_id, progress) in &under_way {
                    on_event(EpisodeEvent::Progress {
                        article_id: *article_id,
                        bytes: progress.bytes(),
                        total: progress.total(),
                    });
                }
                continue;
            }
        };
        let Some((job, fetched)) = next else {
            break;
        };
        let id = job.id;
        under_way.retain(|(article_id, _)| *article_id != id);
        match fetched.and_then(|file| record(store, &job, file)) {
            Ok(_) => {
                summary.downloaded += 1;
                on_event(EpisodeEvent::Downloaded { article_id: id });
            }
            Err(error) => {
                stopped |= failed(store, &mut summary, id, &error, now)?;
                on_event(EpisodeEvent::Failed { article_id: id });
            }
        }
    }
    Ok(summary)
}

/// Notes a download of the pass that failed with `error`; whether the pass is to stop (the
/// space is full, or the network is down: neither is the episode's fault, so neither counts
/// against it).
fn failed(
    store: &Store,
    summary: &mut EpisodePassSummary,
    id: i64,
    error: &Error,
    now: Timestamp,
) -> Result<bool> {
    match error {
        Error::Invalid(m) if m.id == "error-episodes-full" => {
            summary.full = true;
            Ok(true)
        }
        Error::Fetch(crate::error::FetchError::Connect(_)) => {
            summary.network_down = true;
            Ok(true)
        }
        _ => {
            summary.failed += 1;
            if let Some(enclosure) = store.enclosures(id)?.into_iter().next() {
                store.record_episode_failure(id, &enclosure.url, &error.to_string(), now)?;
            }
            Ok(false)
        }
    }
}

/// Removes article `id`'s downloaded episode, if it has one (it plays from the network
/// again): its record goes, and its file unless another article with the same address still
/// names it.
pub fn remove_episode(store: &Store, data_dir: &Path, id: i64) -> Result<()> {
    let Some(first) = store.enclosures(id)?.into_iter().next() else {
        return Ok(());
    };
    if let Some(kept) = store.episode_file(id, &first.url)? {
        store.forget_episode_file(id, &first.url)?;
        if !store.episode_file_names()?.contains(&kept.file) {
            // (a file still open elsewhere, as on Windows, goes with the next sweep)
            let _ = std::fs::remove_file(episodes_dir(data_dir).join(&kept.file));
        }
    }
    Ok(())
}

/// Lets go of the downloaded episodes no longer needed: played more than `played_days` ago
/// (0: never for that), or their article gone, and never a bookmarked one; then of files in
/// the folder no episode names (an hour old at least) and of partial downloads not gone on
/// with for a week. Returns how many files went.
pub fn sweep_episodes(
    store: &Store,
    data_dir: &Path,
    played_days: u32,
    now: Timestamp,
) -> Result<usize> {
    let played_before = (played_days > 0).then(|| now - i64::from(played_days) * 24 * 3600);
    for gone in store.unneeded_episodes(played_before)? {
        store.forget_episode_file(gone.article_id, &gone.url)?;
    }
    let dir = episodes_dir(data_dir);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(0);
    };
    // (two articles with the same address share a file: it goes when neither names it)
    let named = store.episode_file_names()?;
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if named.contains(&name) {
            continue;
        }
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| at.elapsed().ok())
            .unwrap_or_default();
        let old_enough = if name.ends_with(".part") {
            PART_AGE
        } else {
            ORPHAN_AGE
        };
        if age >= old_enough
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    Ok(removed)
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
