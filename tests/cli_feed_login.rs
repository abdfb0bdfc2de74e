//! A feed behind a sign-in from the command line: `add` says it needs a user name and password
//! (exit 7), takes them (`--user`, `--password-stdin`), refreshes with them; `feed-sign-in
//! --forget` and `user-agent` change them. The password is in no file of the data directory
//! but the credential store's stand-in (`secrets/`, as no Secret Service runs here), and in no
//! `--json` output.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use cli_support::Cli;
use support::{Response, Server};

const PASSWORD: &str = "s3cret-Pässword";

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_feed_behind_a_sign_in_from_the_command_line() {
    let site = Server::start();
    let base = site.base();
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Members</title><link>{base}/</link>
        <item><title>Members only</title><link>{base}/m/1</link><guid>m-1</guid><description>For members.</description></item>
        </channel></rss>"#
    );
    // "alice:s3cret-Pässword" in base64, the password as UTF-8
    let expected = "Basic YWxpY2U6czNjcmV0LVDDpHNzd29yZA==".to_string();
    site.route("/members.xml", move |req| {
        Some(if req.header("authorization") == Some(expected.as_str()) {
            Response::ok("application/rss+xml", feed.clone())
        } else {
            Response::status(401).header("WWW-Authenticate", "Basic realm=\"members\"")
        })
    });
    let cli = Cli::new();
    let url = site.url("/members.xml");

    let out = cli.run(&["add", &url]);
    assert_eq!(out.status.code(), Some(7));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("needs a user name and password"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cli.with_password(
        &["add", &url, "--user", "alice", "--password-stdin"],
        "wrong",
    );
    assert_eq!(out.status.code(), Some(7));
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused this feed"));

    let out = cli.with_password(
        &["--json", "add", &url, "--user", "alice", "--password-stdin"],
        PASSWORD,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!contains(&out.stdout, PASSWORD));
    let added: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(added["articles"]["new"], 1);
    let id = added["feed_id"].as_i64().unwrap().to_string();

    let out = cli.run(&["--json", "refresh"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let feeds = cli.run(&["--json", "feeds"]);
    assert!(!contains(&feeds.stdout, PASSWORD));
    let feeds: serde_json::Value = serde_json::from_slice(&feeds.stdout).unwrap();
    assert_eq!(feeds[0]["login_user"], "alice");
    let export = cli.run(&["export"]);
    assert!(!contains(&export.stdout, PASSWORD) && !contains(&export.stdout, "alice"));

    // every file of the data directory but the credential store's stand-in
    let mut todo = vec![cli.data().to_path_buf()];
    let mut seen = 0;
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "secrets") {
                    todo.push(path);
                }
            } else {
                seen += 1;
                let bytes = std::fs::read(&path).unwrap();
                assert!(
                    !contains(&bytes, PASSWORD),
                    "the password is in {}",
                    path.display()
                );
            }
        }
    }
    assert!(seen >= 2, "the database and its search index were read");
    let secret = cli.data().join(format!("secrets/feed-{id}.json"));
    assert!(contains(&std::fs::read(&secret).unwrap(), PASSWORD));

    let out = cli.run(&["user-agent", &id, "--browser"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("as a web browser"));
    let too_long = "x".repeat(401);
    let out = cli.run(&["user-agent", &id, &too_long]);
    assert_eq!(
        out.status.code(),
        Some(6),
        "a User-Agent over 400 characters"
    );

    let out = cli.run(&["feed-sign-in", &id, "--forget"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!secret.exists(), "the password left with the sign-in");
    let out = cli.run(&["refresh", &id]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "the feed failed: it needs a sign-in again"
    );
    let health = cli.run(&["feeds", "--health"]);
    assert!(
        String::from_utf8_lossy(&health.stdout).contains("needs a user name and password"),
        "{}",
        String::from_utf8_lossy(&health.stdout)
    );
}
