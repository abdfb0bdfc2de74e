//! A real FreshRSS for sync tests: `tests/sync-server/freshrss-up.sh` unpacks it into a
//! temporary directory and starts PHP's server on a free loopback port; dropping the handle
//! stops it. Under Wine the server runs on the Linux side (`host.rs`). `curl` talks to it as another client would (the phone), independent of the
//! engine's own client.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use super::host::{self, Background};

pub struct FreshRss {
    pub api: String,
    pub user: String,
    pub password: String,
    /// Where the server's files are, on the machine that runs it.
    pub root: String,
    port: u16,
    pid: Option<u32>,
    /// The server started again by [`FreshRss::restart`].
    again: Option<Background>,
    auth: String,
    _dir: tempfile::TempDir,
}

fn script() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("tests/sync-server/freshrss-up.sh"),
        manifest.join("../tests/sync-server/freshrss-up.sh"),
    ]
    .into_iter()
    .find(|p| p.is_file())
    .expect("tests/sync-server/freshrss-up.sh in the workspace")
}

impl FreshRss {
    pub fn start() -> FreshRss {
        let dir = tempfile::tempdir().unwrap();
        let out = host::freshrss_up(&script(), &dir.path().join("fr"));
        assert!(out.ok, "freshrss-up.sh failed: {}", out.stderr);
        let text = out.stdout;
        let get = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{k}=")))
                .unwrap_or_else(|| panic!("{k} missing in {text}"))
                .to_string()
        };
        let api = get("FRESHRSS_API");
        let port = get("FRESHRSS_URL")
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let mut fr = FreshRss {
            api,
            user: get("FRESHRSS_USER"),
            password: get("FRESHRSS_API_PASSWORD"),
            root: get("FRESHRSS_ROOT"),
            port,
            pid: Some(get("FRESHRSS_PID").parse().unwrap()),
            again: None,
            auth: String::new(),
            _dir: dir,
        };
        let login = fr.curl(&[
            "-d",
            &format!("Email={}&Passwd={}", fr.user, fr.password),
            &format!("{}/accounts/ClientLogin", fr.api),
        ]);
        fr.auth = login
            .lines()
            .find_map(|l| l.strip_prefix("Auth="))
            .expect("Auth")
            .to_string();
        fr
    }

    fn curl(&self, args: &[&str]) -> String {
        let argv: Vec<&str> = ["curl", "-sS", "--max-time", "60"]
            .into_iter()
            .chain(args.iter().copied())
            .collect();
        host::run(&argv).stdout
    }

    fn header(&self) -> String {
        format!("Authorization: GoogleLogin auth={}", self.auth)
    }

    /// GET `path` under reader/api/0 (JSON).
    pub fn get(&self, path: &str) -> serde_json::Value {
        let sep = if path.contains('?') { '&' } else { '?' };
        let body = self.curl(&[
            "-H",
            &self.header(),
            &format!("{}/reader/api/0/{path}{sep}output=json", self.api),
        ]);
        serde_json::from_str(&body).unwrap_or_else(|_| panic!("not JSON from {path}: {body}"))
    }

    /// POST a form to reader/api/0/`path`, with the token.
    pub fn post(&self, path: &str, form: &[(&str, &str)]) -> String {
        let token = self.curl(&[
            "-H",
            &self.header(),
            &format!("{}/reader/api/0/token", self.api),
        ]);
        let mut args = vec!["-H".to_string(), self.header()];
        for (k, v) in form.iter().chain([&("T", token.trim())]) {
            args.push("--data-urlencode".into());
            args.push(format!("{k}={v}"));
        }
        args.push(format!("{}/reader/api/0/{path}", self.api));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.curl(&refs)
    }

    /// Item ids of a stream (all pages), as numbers.
    pub fn ids(&self, stream: &str, exclude: Option<&str>) -> Vec<i64> {
        let mut path = format!("stream/items/ids?n=10000&s={stream}");
        if let Some(x) = exclude {
            path.push_str(&format!("&xt={x}"));
        }
        let v = self.get(&path);
        v["itemRefs"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|r| r["id"].as_str().unwrap().parse().unwrap())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn unread(&self) -> Vec<i64> {
        self.ids(
            "user/-/state/com.google/reading-list",
            Some("user/-/state/com.google/read"),
        )
    }

    pub fn starred(&self) -> Vec<i64> {
        self.ids("user/-/state/com.google/starred", None)
    }

    /// (stream id, url, title, first label) of every subscription.
    pub fn subscriptions(&self) -> Vec<(String, String, String, Option<String>)> {
        let v = self.get("subscription/list");
        v["subscriptions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["id"].as_str().unwrap().to_string(),
                    s["url"].as_str().unwrap().to_string(),
                    s["title"].as_str().unwrap().to_string(),
                    s["categories"]
                        .as_array()
                        .and_then(|c| c.first())
                        .and_then(|c| c["label"].as_str())
                        .map(str::to_string),
                )
            })
            .collect()
    }

    /// (id, title) of these items, from stream/items/contents.
    pub fn contents(&self, ids: &[i64]) -> Vec<(i64, String)> {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        let form: Vec<(&str, &str)> = ids.iter().map(|i| ("i", i.as_str())).collect();
        let body = self.post("stream/items/contents?output=json", &form);
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_else(|_| panic!("{body}"));
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                let long = i["id"].as_str().unwrap();
                let hex = long.rsplit('/').next().unwrap();
                (
                    u64::from_str_radix(hex, 16).unwrap() as i64,
                    i["title"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// Makes the server fetch its feeds now.
    pub fn actualize(&self) {
        // it skips a feed fetched less than a second ago
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let script = format!("{}/cli/actualize-user.php", self.root);
        host::run(&["php", &script, "--user", &self.user]);
    }

    /// Stops the server (its data stays).
    pub fn stop(&mut self) {
        if let Some(mut server) = self.again.take() {
            server.stop();
        }
        if let Some(pid) = self.pid.take() {
            host::run(&["kill", &pid.to_string()]);
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
    }

    /// Starts it again on the same port, with its data.
    pub fn restart(&mut self) {
        self.stop();
        let (address, web) = (
            format!("127.0.0.1:{}", self.port),
            format!("{}/p", self.root),
        );
        let log = format!("{}/server2.log", self.root);
        self.again = Some(host::spawn(&["php", "-S", &address, "-t", &web], &log));
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("FreshRSS did not come back");
    }
}

impl Drop for FreshRss {
    fn drop(&mut self) {
        self.stop();
    }
}
