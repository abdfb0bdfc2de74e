//! The `bsmedia:` URI scheme: where the player finds downloaded episodes. It answers
//! `bsmedia://localhost/<article id>` with the file that article's episode was downloaded to,
//! in the part a Range request asks for (seeking needs them, in WebKitGTK and WebView2 alike),
//! at most [`PIECE`] bytes an answer (the player asks on for the rest); 404 for anything else.
//! It never fetches, and never reads outside the episodes folder. With `BROADSHEET_MEDIA_LOG`
//! naming a file, each request for an episode is noted there ([`note_request`]; the Linux
//! loopback server's too).

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use tauri::http::{header, Method, Request, Response, StatusCode};

use crate::window::image_scheme::plain;

/// The most bytes one answer carries.
pub const PIECE: u64 = 2 * 1024 * 1024;

/// A downloaded episode as the scheme serves it: its file's name in `dir`, and its type.
pub struct Served {
    pub file: String,
    pub mime: String,
}

/// Answers `request`; `episode_of` gives an article's downloaded episode, if it has one.
pub fn respond(
    dir: &Path,
    request: &Request<Vec<u8>>,
    episode_of: impl FnOnce(i64) -> Option<Served>,
) -> Response<Vec<u8>> {
    let id = article_id(request.uri().path().trim_start_matches('/'));
    let asked = request
        .headers()
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok());
    let answer = answer(dir, request.method(), id, asked, episode_of);
    note_request(id, asked, answer.status().as_u16());
    answer
}

/// The article id an episode's address ends with: digits only, above 0.
pub fn article_id(tail: &str) -> Option<i64> {
    if tail.is_empty() || !tail.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    tail.parse::<i64>().ok().filter(|id| *id > 0)
}

/// Notes a request for article `id`'s episode (the `Range` it asked, the status answered) in
/// the file `BROADSHEET_MEDIA_LOG` names, when it names one: a line `ID RANGE STATUS`. For
/// finding out why a player does not play or seek; the window tests see seeks this way.
pub fn note_request(id: Option<i64>, range: Option<&str>, status: u16) {
    use std::io::Write;
    static LOG: std::sync::OnceLock<Option<std::sync::Mutex<std::fs::File>>> =
        std::sync::OnceLock::new();
    let log = LOG.get_or_init(|| {
        let path = std::env::var_os("BROADSHEET_MEDIA_LOG")?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok()?;
        Some(std::sync::Mutex::new(file))
    });
    if let Some(log) = log {
        let id = id.map_or_else(|| "-".to_string(), |id| id.to_string());
        // a header is the page's to write: only its plain characters are noted
        let range: String = range
            .unwrap_or("-")
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(64)
            .collect();
        let mut file = log.lock().unwrap_or_else(|p| p.into_inner());
        let _ = writeln!(file, "{id} {range} {status}");
    }
}

fn answer(
    dir: &Path,
    method: &Method,
    id: Option<i64>,
    asked: Option<&str>,
    episode_of: impl FnOnce(i64) -> Option<Served>,
) -> Response<Vec<u8>> {
    if method != Method::GET && method != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET");
    }
    let Some(served) = id.and_then(episode_of) else {
        return plain(StatusCode::NOT_FOUND, "no episode");
    };
    let Some((mut file, len)) = open(dir, &served) else {
        return plain(StatusCode::NOT_FOUND, "no episode");
    };
    let (start, end) = match asked.map(|range| parse_range(range, len)) {
        None => (0, len.saturating_sub(1)),
        Some(Some(range)) => range,
        Some(None) => {
            let mut refused = plain(StatusCode::RANGE_NOT_SATISFIABLE, "");
            if let Ok(value) = header::HeaderValue::from_str(&format!("bytes */{len}")) {
                refused.headers_mut().insert(header::CONTENT_RANGE, value);
            }
            return refused;
        }
    };
    // a whole file is one answer only when it is small; else a part, which players ask on from
    let end = end.min(start.saturating_add(PIECE - 1));
    let partial = asked.is_some() || end + 1 < len;
    let mut body = Vec::new();
    if len > 0 && method == Method::GET {
        let read = file
            .seek(SeekFrom::Start(start))
            .and_then(|_| (&mut file).take(end - start + 1).read_to_end(&mut body));
        if read.is_err() {
            return plain(StatusCode::INTERNAL_SERVER_ERROR, "");
        }
    }
    let mut answer = Response::builder()
        .status(if partial {
            StatusCode::PARTIAL_CONTENT
        } else {
            StatusCode::OK
        })
        .header(header::CONTENT_TYPE, served.mime)
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header(header::CONTENT_SECURITY_POLICY, "default-src 'none'");
    if partial && len > 0 {
        answer = answer.header(header::CONTENT_RANGE, format!("bytes {start}-{end}/{len}"));
    }
    answer
        .body(body)
        .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, ""))
}

/// `served`'s file in `dir`, open, and its length; `None` when it is not there (or its name
/// is not a plain file name, which the store never writes).
pub fn open(dir: &Path, served: &Served) -> Option<(std::fs::File, u64)> {
    // a name the store wrote: a hash and an extension, never a path
    if served.file.contains(['/', '\\']) || served.file.starts_with('.') {
        return None;
    }
    let file = std::fs::File::open(dir.join(&served.file)).ok()?;
    let len = file.metadata().ok()?.len();
    Some((file, len))
}

/// The first and last byte a `Range` header asks for, in a file of `len` bytes; `None` when
/// it asks for nothing the file has (or for several ranges, which players never do).
pub fn parse_range(range: &str, len: u64) -> Option<(u64, u64)> {
    let spec = range.trim().strip_prefix("bytes=")?.trim();
    if spec.contains(',') || len == 0 {
        return None;
    }
    let (from, to) = spec.split_once('-')?;
    let (from, to) = (from.trim(), to.trim());
    if from.is_empty() {
        // the last N bytes
        let n: u64 = to.parse().ok().filter(|n| *n > 0)?;
        return Some((len.saturating_sub(n), len - 1));
    }
    let start: u64 = from.parse().ok()?;
    let end = if to.is_empty() {
        len - 1
    } else {
        to.parse::<u64>().ok()?.min(len - 1)
    };
    (start <= end).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BYTES: u64 = PIECE + PIECE / 2;

    /// An episodes folder with one file of [`BYTES`] counting bytes, and the database beside.
    fn folder() -> (tempfile::TempDir, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = (0..BYTES).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.path().join("abc.mp3"), &bytes).unwrap();
        std::fs::write(dir.path().join("broadsheet.db"), b"private").unwrap();
        (dir, bytes)
    }

    fn get(dir: &Path, uri: &str, range: Option<&str>) -> Response<Vec<u8>> {
        let mut request = Request::get(uri);
        if let Some(range) = range {
            request = request.header(header::RANGE, range);
        }
        respond(dir, &request.body(Vec::new()).unwrap(), |id| {
            (id == 7).then(|| Served {
                file: "abc.mp3".into(),
                mime: "audio/mpeg".into(),
            })
        })
    }

    fn content_range(r: &Response<Vec<u8>>) -> &str {
        r.headers()[header::CONTENT_RANGE].to_str().unwrap()
    }

    #[test]
    fn answers_the_ranges_players_ask_for() {
        let (dir, bytes) = folder();
        let dir = dir.path();
        let len = bytes.len();

        let middle = get(dir, "bsmedia://localhost/7", Some("bytes=1000-1999"));
        assert_eq!(middle.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(middle.body(), &bytes[1000..2000]);
        assert_eq!(content_range(&middle), format!("bytes 1000-1999/{len}"));
        assert_eq!(middle.headers()[header::CONTENT_TYPE], "audio/mpeg");
        assert_eq!(middle.headers()[header::ACCEPT_RANGES], "bytes");

        // open-ended: a piece at a time
        let first = get(dir, "bsmedia://localhost/7", Some("bytes=0-"));
        assert_eq!(first.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(first.body().len() as u64, PIECE);
        assert_eq!(
            content_range(&first),
            format!("bytes 0-{}/{len}", PIECE - 1)
        );
        let rest = get(
            dir,
            "http://bsmedia.localhost/7",
            Some(&format!("bytes={PIECE}-")),
        );
        assert_eq!(rest.body(), &bytes[PIECE as usize..]);
        assert_eq!(
            content_range(&rest),
            format!("bytes {PIECE}-{}/{len}", len - 1)
        );

        let tail = get(dir, "bsmedia://localhost/7", Some("bytes=-10"));
        assert_eq!(tail.body(), &bytes[len - 10..]);
        let past_end = get(dir, "bsmedia://localhost/7", Some("bytes=10-99999999999"));
        assert_eq!(past_end.body().len() as u64, PIECE);

        // no range: the start, said to be a part since the file is larger
        let whole = get(dir, "bsmedia://localhost/7", None);
        assert_eq!(whole.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(whole.body(), &bytes[..PIECE as usize]);

        for range in [
            &format!("bytes={len}-"),
            "bytes=5-2",
            "bytes=0-1,5-6",
            "items=0-1",
        ] {
            let refused = get(dir, "bsmedia://localhost/7", Some(range));
            assert_eq!(
                refused.status(),
                StatusCode::RANGE_NOT_SATISFIABLE,
                "{range}"
            );
            assert_eq!(content_range(&refused), format!("bytes */{len}"));
        }
    }

    #[test]
    fn serves_downloaded_episodes_and_nothing_else() {
        let (dir, _) = folder();
        let dir = dir.path();
        for uri in [
            "bsmedia://localhost/8",
            "bsmedia://localhost/",
            "bsmedia://localhost/abc.mp3",
            "bsmedia://localhost/../broadsheet.db",
            "bsmedia://localhost/%2e%2e/broadsheet.db",
            "bsmedia://localhost/7/x",
            "bsmedia://localhost/-7",
        ] {
            let r = get(dir, uri, None);
            assert_eq!(r.status(), StatusCode::NOT_FOUND, "{uri}");
            assert!(!r.body().starts_with(b"private"), "{uri}");
        }
        // a name that is not a plain file name is never opened
        let escaping = respond(
            dir,
            &Request::get("bsmedia://localhost/7")
                .body(Vec::new())
                .unwrap(),
            |_| {
                Some(Served {
                    file: "../broadsheet.db".into(),
                    mime: "audio/mpeg".into(),
                })
            },
        );
        assert_eq!(escaping.status(), StatusCode::NOT_FOUND);
        let post = respond(
            dir,
            &Request::post("bsmedia://localhost/7")
                .body(Vec::new())
                .unwrap(),
            |_| None,
        );
        assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
    }
}
