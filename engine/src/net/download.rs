//! A large file (an episode) fetched to disk: streamed, never held in memory; resumed with an
//! HTTP Range request after an interruption; stopped at a size cap, checked against the length
//! the server states before a byte is read; and bounded by a stall timeout rather than a total
//! one (a long programme on a slow line takes as long as it takes, a server that stops sending
//! does not). What the bytes are is the caller's to judge ([`Download::first_bytes`]).
//! Downloads that run together can share one [`SharedRoom`], so that together they stop at it;
//! how far one is can be read as it goes ([`DownloadProgress`]).

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;

use super::fetch::{refuse_failure, Answered, Fetcher};
use crate::error::FetchError;

/// How far one download may go.
#[derive(Debug, Clone, Copy)]
pub struct DownloadLimits<'a> {
    /// The largest file kept.
    pub max_bytes: u64,
    /// The longest wait for the answer, and for each piece of the body after it.
    pub stall: Duration,
    /// Room this download shares with others (every byte of the file is taken from it).
    pub room: Option<&'a SharedRoom>,
    /// Where it says how far it is.
    pub progress: Option<&'a DownloadProgress>,
}

/// How far a download is, read while it runs (by another task, to show it).
#[derive(Debug, Default)]
pub struct DownloadProgress {
    bytes: AtomicU64,
    /// The whole file's length once the server states it; 0 while not known.
    total: AtomicU64,
}

impl DownloadProgress {
    /// The file's bytes there so far (what a resume went on from included).
    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    /// The whole file's length, when the server stated it.
    pub fn total(&self) -> Option<u64> {
        Some(self.total.load(Ordering::Relaxed)).filter(|&t| t > 0)
    }

    fn set(&self, bytes: u64, total: Option<u64>) {
        self.bytes.store(bytes, Ordering::Relaxed);
        self.total.store(total.unwrap_or(0), Ordering::Relaxed);
    }

    fn add(&self, bytes: u64) {
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }
}

/// Bytes that downloads running at the same time share (the episodes of one pass): each byte
/// one of them keeps is taken from it, so that together they stop where it ends rather than
/// each at what was free when it began. A download that fails gives its bytes back.
#[derive(Debug)]
pub struct SharedRoom(AtomicU64);

impl SharedRoom {
    pub fn new(bytes: u64) -> SharedRoom {
        SharedRoom(AtomicU64::new(bytes))
    }

    /// The bytes not taken.
    pub fn left(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }

    /// Takes `bytes`, or nothing when fewer are left.
    fn take(&self, bytes: u64) -> bool {
        self.0
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                left.checked_sub(bytes)
            })
            .is_ok()
    }

    fn give_back(&self, bytes: u64) {
        self.0.fetch_add(bytes, Ordering::SeqCst);
    }
}

/// What one download took from its [`SharedRoom`]: given back when dropped, unless kept.
struct Taken<'a> {
    room: Option<&'a SharedRoom>,
    bytes: u64,
    kept: bool,
}

impl<'a> Taken<'a> {
    fn from(room: Option<&'a SharedRoom>) -> Taken<'a> {
        Taken {
            room,
            bytes: 0,
            kept: false,
        }
    }

    fn take(&mut self, bytes: u64) -> Result<(), DownloadError> {
        if let Some(room) = self.room {
            if !room.take(bytes) {
                return Err(DownloadError::NoRoom);
            }
            self.bytes += bytes;
        }
        Ok(())
    }
}

impl Drop for Taken<'_> {
    fn drop(&mut self) {
        if let (Some(room), false) = (self.room, self.kept) {
            room.give_back(self.bytes);
        }
    }
}

/// Why a download stopped.
#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The first bytes are not what the caller keeps (the partial file is gone).
    #[error("refused by its first bytes")]
    Refused,
    /// The [`SharedRoom`] has not the bytes left (what came stays for a later attempt).
    #[error("no room left")]
    NoRoom,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A finished download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// The file's length.
    pub bytes: u64,
    /// Where it went on from (0: from the start).
    pub resumed_from: u64,
    /// Its first bytes (up to [`HEAD_BYTES`]), as the caller judged them.
    pub first_bytes: Vec<u8>,
}

/// How many of the first bytes are handed to the judge.
pub const HEAD_BYTES: usize = 16;

impl Fetcher {
    /// Fetches `url` into `part`, going on from what `part` already holds when the server
    /// answers a Range request (starting again when it does not). `keep(first_bytes)` judges
    /// the start of the file once it has [`HEAD_BYTES`] (or the whole of a shorter one):
    /// refused, the partial file is removed. Over `limits.max_bytes`, stated or received, the
    /// partial file is removed too; cut off or stalled, or past the shared room, it stays for
    /// the next attempt.
    pub async fn download(
        &self,
        url: &str,
        part: &Path,
        limits: DownloadLimits<'_>,
        keep: impl Fn(&[u8]) -> bool,
    ) -> Result<Download, DownloadError> {
        let mut taken = Taken::from(limits.room);
        let have = std::fs::metadata(part).map(|m| m.len()).unwrap_or(0);
        let mut extra = HeaderMap::new();
        // the bytes as stored: a compressed answer could not be resumed by offset
        extra.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("identity"),
        );
        if have > 0 {
            if let Ok(range) = HeaderValue::from_str(&format!("bytes={have}-")) {
                extra.insert(header::RANGE, range);
            }
        }
        let stalled = FetchError::Timeout(limits.stall.as_secs().max(1));
        let Answered { response, .. } =
            tokio::time::timeout(limits.stall, self.send_following(url, &extra))
                .await
                .map_err(|_| stalled.clone())??;
        let status = response.status();
        if status == StatusCode::RANGE_NOT_SATISFIABLE && have > 0 {
            // asked from past the end: whole when the server says the file is that long
            if total_of(response.headers()) == Some(have) {
                let first_bytes = read_head(part)?;
                if !keep(&first_bytes) {
                    remove(part);
                    return Err(DownloadError::Refused);
                }
                taken.take(have)?;
                taken.kept = true;
                return Ok(Download {
                    bytes: have,
                    resumed_from: have,
                    first_bytes,
                });
            }
            remove(part);
            return Err(FetchError::Status {
                status: status.as_u16(),
                reason: status.canonical_reason().map(str::to_string),
            }
            .into());
        }
        refuse_failure(&response)?;
        let resumed_from = match (status, content_range_start(response.headers())) {
            (StatusCode::PARTIAL_CONTENT, Some(start)) if start == have => have,
            // a whole answer (the server ignores ranges), or a part that does not follow on
            _ => 0,
        };
        if status == StatusCode::PARTIAL_CONTENT && resumed_from == 0 && have > 0 {
            // not the part asked for, and nothing to start again from
            remove(part);
            return Err(FetchError::Other("a part that does not follow on".into()).into());
        }
        let stated_total = if status == StatusCode::PARTIAL_CONTENT {
            total_of(response.headers())
        } else {
            response.content_length()
        };
        if stated_total.is_some_and(|total| total > limits.max_bytes) {
            remove(part);
            return Err(FetchError::TooLarge {
                limit_bytes: limits.max_bytes,
            }
            .into());
        }
        // the whole file is taken from the shared room: what is there, then each piece; a
        // stated length the room cannot hold stops it before a byte is read
        if let (Some(total), Some(room)) = (stated_total, limits.room) {
            if total.saturating_sub(resumed_from) > room.left() {
                return Err(DownloadError::NoRoom);
            }
        }
        taken.take(resumed_from)?;
        if let Some(progress) = limits.progress {
            progress.set(resumed_from, stated_total);
        }
        let mut file = if resumed_from > 0 {
            std::fs::OpenOptions::new().append(true).open(part)?
        } else {
            std::fs::File::create(part)?
        };
        let mut first_bytes = if resumed_from > 0 {
            read_head(part)?
        } else {
            Vec::new()
        };
        // judged once the first bytes are all there (again on a resume: a cheap look)
        let mut judged = first_bytes.len() == HEAD_BYTES;
        if judged && !keep(&first_bytes) {
            drop(file);
            remove(part);
            return Err(DownloadError::Refused);
        }
        let mut written = resumed_from;
        let mut response = response;
        loop {
            let chunk = tokio::time::timeout(limits.stall, response.chunk())
                .await
                .map_err(|_| stalled.clone())?
                .map_err(|e| FetchError::Other(format!("the download broke off: {e}")))?;
            let Some(chunk) = chunk else { break };
            if written + chunk.len() as u64 > limits.max_bytes {
                drop(file);
                remove(part);
                return Err(FetchError::TooLarge {
                    limit_bytes: limits.max_bytes,
                }
                .into());
            }
            taken.take(chunk.len() as u64)?;
            if !judged {
                let wanted = HEAD_BYTES - first_bytes.len();
                first_bytes.extend_from_slice(&chunk[..wanted.min(chunk.len())]);
                if first_bytes.len() == HEAD_BYTES {
                    judged = true;
                    if !keep(&first_bytes) {
                        drop(file);
                        remove(part);
                        return Err(DownloadError::Refused);
                    }
                }
            }
            file.write_all(&chunk)?;
            written += chunk.len() as u64;
            if let Some(progress) = limits.progress {
                progress.add(chunk.len() as u64);
            }
        }
        if stated_total.is_some_and(|total| written < total) {
            // cut off: what came stays for the next attempt
            file.sync_all()?;
            return Err(FetchError::Other("the download broke off".into()).into());
        }
        if !judged && !keep(&first_bytes) {
            drop(file);
            remove(part);
            return Err(DownloadError::Refused);
        }
        file.sync_all()?;
        taken.kept = true;
        Ok(Download {
            bytes: written,
            resumed_from,
            first_bytes,
        })
    }
}

/// The first [`HEAD_BYTES`] of a file.
fn read_head(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut head = Vec::with_capacity(HEAD_BYTES);
    std::fs::File::open(path)?
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)?;
    Ok(head)
}

fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
}

/// `Content-Range: bytes START-END/TOTAL`: START.
fn content_range_start(headers: &HeaderMap) -> Option<u64> {
    let value = headers.get(header::CONTENT_RANGE)?.to_str().ok()?;
    let range = value.trim().strip_prefix("bytes ")?;
    range.split(['-', '/']).next()?.trim().parse().ok()
}

/// `Content-Range: bytes .../TOTAL` (or `bytes */TOTAL`): TOTAL, when known.
fn total_of(headers: &HeaderMap) -> Option<u64> {
    let value = headers.get(header::CONTENT_RANGE)?.to_str().ok()?;
    value.rsplit('/').next()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_range(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_RANGE, HeaderValue::from_str(value).unwrap());
        h
    }

    #[test]
    fn content_range_gives_where_a_part_starts_and_the_whole_length() {
        let h = with_range("bytes 1000-1999/5000");
        assert_eq!(content_range_start(&h), Some(1000));
        assert_eq!(total_of(&h), Some(5000));
        let h = with_range("bytes */5000");
        assert_eq!(content_range_start(&h), None);
        assert_eq!(total_of(&h), Some(5000));
        let h = with_range("bytes 0-99/*");
        assert_eq!((content_range_start(&h), total_of(&h)), (Some(0), None));
        assert_eq!(content_range_start(&HeaderMap::new()), None);
    }
}
