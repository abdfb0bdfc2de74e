//! Downloaded episodes for the player on Linux. WebKitGTK plays media through GStreamer, which
//! cannot read an app's own URI schemes (WebKit bug 146351: "No URI handler implemented"), so
//! there the `bsmedia:` scheme is not enough: the window serves the same answers from a
//! loopback HTTP server instead. It listens on 127.0.0.1 only, on a port the system picks;
//! every address starts with a random 128-bit token that only the window is given (so no
//! other program or web page can guess one), and it answers what [`media_scheme::respond`]
//! answers (a stored episode by article id, the same file checks) and nothing else, but each
//! Range whole: WebKit's player takes a shorter part for the whole file. WebView2 and
//! WKWebView play from the scheme itself.

use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;
use std::sync::Arc;

use crate::window::media_scheme::{self, Served};

/// Starts the server on its own thread; the address prefix an episode's article id follows
/// (`http://127.0.0.1:PORT/TOKEN/`). `episode_of` gives an article's downloaded episode.
pub fn start(
    dir: PathBuf,
    episode_of: impl Fn(i64) -> Option<Served> + Send + Sync + 'static,
) -> std::io::Result<String> {
    let server = tiny_http::Server::http("127.0.0.1:0").map_err(std::io::Error::other)?;
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .ok_or_else(|| std::io::Error::other("no port"))?;
    let token = token()?;
    let base = format!("http://127.0.0.1:{port}/{token}/");
    let episode_of = Arc::new(episode_of);
    std::thread::Builder::new()
        .name("media-server".into())
        .spawn(move || {
            for request in server.incoming_requests() {
                let (dir, episode_of, token) = (dir.clone(), episode_of.clone(), token.clone());
                // each answer on a thread of its own: a player that reads slowly holds no other
                std::thread::spawn(move || answer(request, &dir, &token, |id| episode_of(id)));
            }
        })?;
    Ok(base)
}

/// 128 random bits as hex.
fn token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Answers one request: `/TOKEN/ID` with article ID's downloaded episode, whole or the Range
/// asked for (to its end: WebKit's player takes a shorter part for the whole file).
fn answer(
    request: tiny_http::Request,
    dir: &std::path::Path,
    token: &str,
    episode_of: impl FnOnce(i64) -> Option<Served>,
) {
    let range = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Range"))
        .map(|h| h.value.as_str().to_string());
    let head = *request.method() == tiny_http::Method::Head;
    let id = id_in(request.url(), token);
    let answer = match *request.method() {
        tiny_http::Method::Get | tiny_http::Method::Head => {
            respond(id, range.as_deref(), dir, episode_of)
        }
        _ => Answer::status(405),
    };
    media_scheme::note_request(id, range.as_deref(), answer.status);
    let mut headers = vec![
        header("Cache-Control", "no-store"),
        header("X-Content-Type-Options", "nosniff"),
        header("Accept-Ranges", "bytes"),
    ];
    headers.extend(answer.headers);
    let (body, length): (Box<dyn std::io::Read + Send>, usize) = match answer.body {
        Some((file, length)) if !head => (Box::new(file), length as usize),
        _ => (Box::new(std::io::empty()), 0),
    };
    // its length said, never in chunks: players plan their Range requests on it
    let _ = request.respond(
        tiny_http::Response::new(
            tiny_http::StatusCode(answer.status),
            headers.into_iter().flatten().collect(),
            body,
            Some(length),
            None,
        )
        .with_chunked_threshold(usize::MAX),
    );
}

fn header(name: &str, value: &str) -> Option<tiny_http::Header> {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// What the server answers: a status, its headers, and the bytes of the file to send.
struct Answer {
    status: u16,
    headers: Vec<Option<tiny_http::Header>>,
    body: Option<(std::io::Take<std::fs::File>, u64)>,
}

impl Answer {
    fn status(status: u16) -> Answer {
        Answer {
            status,
            headers: Vec::new(),
            body: None,
        }
    }
}

/// The article id of `path` (`/TOKEN/ID`); none without the token.
fn id_in(path: &str, token: &str) -> Option<i64> {
    path.strip_prefix('/')
        .and_then(|p| p.strip_prefix(token))
        .and_then(|p| p.strip_prefix('/'))
        .and_then(media_scheme::article_id)
}

/// The answer for article `id`'s episode (with the `Range` header asked).
fn respond(
    id: Option<i64>,
    range: Option<&str>,
    dir: &std::path::Path,
    episode_of: impl FnOnce(i64) -> Option<Served>,
) -> Answer {
    // without the token nothing is looked up
    let Some(served) = id.and_then(episode_of) else {
        return Answer::status(404);
    };
    let Some((mut file, len)) = media_scheme::open(dir, &served) else {
        return Answer::status(404);
    };
    let (status, start, end) = match range {
        None => (200, 0, len.saturating_sub(1)),
        Some(range) => match media_scheme::parse_range(range, len) {
            Some((start, end)) => (206, start, end),
            None => {
                let mut refused = Answer::status(416);
                refused
                    .headers
                    .push(header("Content-Range", &format!("bytes */{len}")));
                return refused;
            }
        },
    };
    if file.seek(SeekFrom::Start(start)).is_err() {
        return Answer::status(500);
    }
    let length = if len == 0 { 0 } else { end - start + 1 };
    let mut headers = vec![header("Content-Type", &served.mime)];
    if status == 206 {
        headers.push(header(
            "Content-Range",
            &format!("bytes {start}-{end}/{len}"),
        ));
    }
    Answer {
        status,
        headers,
        body: Some((file.take(length), length)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served(id: i64) -> Option<Served> {
        (id == 7).then(|| Served {
            file: "abc.mp3".into(),
            mime: "audio/mpeg".into(),
        })
    }

    #[test]
    fn answers_under_its_token_only() {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.path().join("abc.mp3"), &bytes).unwrap();
        let token = "0123456789abcdef0123456789abcdef";
        let ask = |path: &str, range| respond(id_in(path, token), range, dir.path(), served);
        let read = |answer: Answer| {
            let mut body = Vec::new();
            answer.body.unwrap().0.read_to_end(&mut body).unwrap();
            body
        };
        let part = ask(&format!("/{token}/7"), Some("bytes=100-199"));
        assert_eq!(part.status, 206);
        assert_eq!(read(part), &bytes[100..200]);
        let whole = ask(&format!("/{token}/7"), None);
        assert_eq!(whole.status, 200);
        assert_eq!(read(whole), bytes);
        let past = ask(&format!("/{token}/7"), Some("bytes=5000-"));
        assert_eq!(past.status, 416);
        for path in [
            "/7".to_string(),
            format!("/{token}x/7"),
            format!("/{token}/8"),
            format!("/{token}/../7"),
            format!("/{token}/7/x"),
            format!("/{}/7", "f".repeat(32)),
        ] {
            let refused = ask(&path, None);
            assert_eq!(refused.status, 404, "{path}");
        }
    }

    #[test]
    fn a_real_player_gets_its_ranges_over_http() {
        use std::io::{Read, Write};
        let dir = tempfile::tempdir().unwrap();
        // larger than the scheme's piece: the server sends every byte asked for
        let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.path().join("abc.mp3"), &bytes).unwrap();
        let base = start(dir.path().to_path_buf(), served).unwrap();
        let rest = base.strip_prefix("http://").unwrap();
        let (host, path) = rest.split_once('/').unwrap();
        assert!(host.starts_with("127.0.0.1:"), "{base}");
        assert_eq!(path.len(), 33, "a 128-bit token: {base}");
        let mut stream = std::net::TcpStream::connect(host).unwrap();
        write!(
            stream,
            "GET /{path}7 HTTP/1.1\r\nHost: {host}\r\nRange: bytes=1000-\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let head_end = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&answer[..head_end]).to_lowercase();
        assert!(head.starts_with("http/1.1 206"), "{head}");
        assert!(
            head.contains("content-range: bytes 1000-2999999/3000000"),
            "{head}"
        );
        assert!(head.contains("content-length: 2999000"), "{head}");
        assert!(
            answer[head_end + 4..] == bytes[1000..],
            "the bytes asked for"
        );
    }
}
