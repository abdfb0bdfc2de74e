//! A small HTTP/1.1 fixture server on 127.0.0.1 (a free port) for the engine's tests: routes
//! are closures, so each test says exactly how the server misbehaves. Never touches the
//! internet.

#![allow(dead_code)]

pub mod engine;
pub mod freshrss;
pub mod host;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    /// What follows `?` in the target ("" when nothing does).
    pub query: String,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Sleep this long between bytes of the body (a slow server).
    pub byte_delay: Option<Duration>,
    /// Close the connection after this many bytes of the body (a download cut off).
    pub cut_after: Option<usize>,
}

impl Response {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            byte_delay: None,
            cut_after: None,
        }
    }
    pub fn status(status: u16) -> Response {
        Response {
            status,
            headers: vec![],
            body: Vec::new(),
            byte_delay: None,
            cut_after: None,
        }
    }
    pub fn redirect(status: u16, location: &str) -> Response {
        Response::status(status).header("Location", location)
    }
    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Request) -> Option<Response> + Send + Sync;
type Routes = Mutex<Vec<(String, Arc<Handler>)>>;

pub struct Server {
    pub port: u16,
    routes: Arc<Routes>,
    pub log: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let routes: Arc<Routes> = Arc::default();
        let log: Arc<Mutex<Vec<Request>>> = Arc::default();
        let (r, l) = (routes.clone(), log.clone());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (r, l) = (r.clone(), l.clone());
                thread::spawn(move || serve(stream, &r, &l));
            }
        });
        Server { port, routes, log }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base())
    }

    /// Routes `path` (exact, query ignored) to `handler`; a later route for the same path wins.
    pub fn route(
        &self,
        path: &str,
        handler: impl Fn(&Request) -> Option<Response> + Send + Sync + 'static,
    ) {
        self.routes
            .lock()
            .unwrap()
            .insert(0, (path.to_string(), Arc::new(handler)));
    }

    /// Serves fixed bytes at `path`, answering If-None-Match with 304.
    pub fn file(&self, path: &str, content_type: &str, body: impl Into<Vec<u8>>) {
        let body: Vec<u8> = body.into();
        let etag = format!(
            "\"{:x}\"",
            body.len() * 31 + body.iter().map(|&b| b as usize).sum::<usize>()
        );
        let content_type = content_type.to_string();
        self.route(path, move |req| {
            if req.header("if-none-match") == Some(etag.as_str()) {
                return Some(Response::status(304).header("ETag", &etag));
            }
            Some(Response::ok(&content_type, body.clone()).header("ETag", &etag))
        });
    }

    /// Serves the seed story with BASE replaced by this server's address.
    pub fn seed_story(&self) {
        let dir = seed_dir();
        for (name, ctype) in [
            ("feed.xml", "application/rss+xml"),
            ("feed-summary-only.xml", "application/rss+xml"),
            ("feed-dari-rtl.xml", "application/rss+xml; charset=utf-8"),
            ("article.html", "text/html; charset=utf-8"),
        ] {
            let text = std::fs::read_to_string(dir.join(name)).expect("seed fixture");
            self.file(
                &format!("/{name}"),
                ctype,
                text.replace("BASE", &self.base()),
            );
        }
        let png = std::fs::read(dir.join("images/csto-meeting.png")).expect("seed image");
        self.file("/images/csto-meeting.png", "image/png", png);
    }

    pub fn requests_to(&self, path: &str) -> Vec<Request> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }
}

/// `tests/fixtures/seed-story` at the workspace root (this file serves the engine's tests and
/// the app's).
pub fn seed_dir() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("tests/fixtures/seed-story"),
        manifest.join("../tests/fixtures/seed-story"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
    .expect("tests/fixtures/seed-story in the workspace")
}

fn serve(
    stream: TcpStream,
    routes: &Mutex<Vec<(String, Arc<Handler>)>>,
    log: &Mutex<Vec<Request>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut writer = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let _method = parts.next();
        let target = parts.next().unwrap_or("/").to_string();
        let mut headers = HashMap::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        let mut body = Vec::new();
        if let Some(len) = headers
            .get("content-length")
            .and_then(|v| v.parse::<usize>().ok())
        {
            body = vec![0; len.min(64 * 1024 * 1024)];
            let _ = reader.read_exact(&mut body);
        }
        let req = Request {
            path: target.split('?').next().unwrap_or("/").to_string(),
            query: target
                .split_once('?')
                .map(|(_, q)| q.to_string())
                .unwrap_or_default(),
            headers,
            body,
        };
        log.lock().unwrap().push(req.clone());
        let handler = routes
            .lock()
            .unwrap()
            .iter()
            .find(|(p, _)| *p == req.path)
            .map(|(_, h)| h.clone());
        let resp = handler
            .and_then(|h| h(&req))
            .unwrap_or_else(|| Response::ok("text/plain", "not found").with_status(404));
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Length: {}\r\n",
            resp.status,
            resp.body.len()
        );
        for (k, v) in &resp.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if writer.write_all(head.as_bytes()).is_err() {
            return;
        }
        if let Some(cut) = resp.cut_after {
            let _ = writer.write_all(&resp.body[..cut.min(resp.body.len())]);
            let _ = writer.flush();
            return;
        }
        match resp.byte_delay {
            None => {
                if writer.write_all(&resp.body).is_err() {
                    return;
                }
            }
            Some(delay) => {
                for b in &resp.body {
                    if writer.write_all(&[*b]).is_err() || writer.flush().is_err() {
                        return;
                    }
                    thread::sleep(delay);
                }
            }
        }
        let _ = writer.flush();
    }
}

impl Response {
    pub fn with_status(mut self, status: u16) -> Response {
        self.status = status;
        self
    }
}

/// Stores one article in `feed` directly, as a refresh would.
#[allow(dead_code)]
pub fn insert_article(store: &mut broadsheet_engine::Store, feed: i64, title: &str, url: &str) {
    let parsed = broadsheet_engine::feeds::parse::ParsedFeed {
        title: "Feed".into(),
        site_url: None,
        summary_only: true,
        articles: vec![broadsheet_engine::model::NewArticle {
            guid: url.into(),
            url: Some(url.into()),
            title: title.into(),
            author: None,
            published_at: 1_700_000_000,
            published_from_feed: true,
            updated_at: None,
            summary: Some(format!("<p>A summary of {title}.</p>")),
            content: None,
            content_hash: url.into(),
            enclosures: Vec::new(),
        }],
    };
    store
        .apply_feed(feed, &parsed, &Default::default(), 1, 60)
        .expect("stored");
}

/// A page of `n` nested `<ul><li>` (40,000 once crashed the offline pass with a stack overflow).
#[allow(dead_code)]
pub fn nested_lists_page(n: usize) -> String {
    format!(
        "<html><body>{}x{}</body></html>",
        "<ul><li>".repeat(n),
        "</li></ul>".repeat(n)
    )
}
