//! `broadsheet account ...` and `broadsheet sync` as a user runs them, against a real FreshRSS:
//! a refused password and a wrong address said plainly, an account added, a subscription made
//! here reaching the server, JSON events, `refresh` syncing too, and `kill -9` in the middle
//! of syncs: afterwards the database is sound, no item is stored twice, and every change made
//! here reaches the server.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use std::collections::{HashMap, HashSet};
use std::process::{Command, Stdio};
use std::time::Duration;

use cli_support::{text, Cli};
use support::freshrss::FreshRss;
use support::Server;

fn feed(base: &str, name: &str, n: usize) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{name}</title><link>{base}/</link>"
    );
    for i in 0..n {
        xml.push_str(&format!(
            "<item><title>{name} story {i}</title><link>{base}/{name}/{i}</link><guid>{name}-{i}</guid>\
             <description>&lt;p&gt;Story {i} of {name}, with enough words to read.&lt;/p&gt;</description></item>"
        ));
    }
    xml.push_str("</channel></rss>");
    xml
}

/// server item id → (read, bookmarked), and how many rows each id has.
fn local_state(cli: &Cli) -> (HashMap<i64, (bool, bool)>, usize) {
    let db = rusqlite::Connection::open(cli.data().join("broadsheet.db")).unwrap();
    let mut stmt = db
        .prepare("SELECT remote_id, read, bookmarked FROM articles WHERE remote_id IS NOT NULL")
        .unwrap();
    let rows: Vec<(i64, bool, bool)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let n = rows.len();
    (rows.into_iter().map(|(id, r, b)| (id, (r, b))).collect(), n)
}

#[test]
fn accounts_and_sync_from_the_command_line_survive_kill_9() {
    let site = Server::start();
    let base = site.base();
    site.file("/wire.xml", "application/rss+xml", feed(&base, "wire", 250));
    site.file("/blog.xml", "application/rss+xml", feed(&base, "blog", 3));
    let server = FreshRss::start();
    server.post(
        "subscription/quickadd",
        &[("quickadd", &site.url("/wire.xml"))],
    );
    server.actualize();
    let cli = Cli::new();

    // refused, wrong address: said plainly, exit 7, nothing added
    let out = cli.with_password(
        &[
            "account",
            "add",
            "greader",
            &server.api,
            "--user",
            "alice",
            "--password-stdin",
        ],
        "wrong",
    );
    assert_eq!(
        out.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("refused this user name and password"));
    // a server with no API at the address or beneath it
    let nowhere = site.url("/elsewhere");
    let out = cli.with_password(
        &[
            "account",
            "add",
            "greader",
            &nowhere,
            "--user",
            "alice",
            "--password-stdin",
        ],
        &server.password,
    );
    assert_eq!(out.status.code(), Some(7));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no Google Reader API answers"));

    let out = cli.with_password(
        &[
            "--json",
            "account",
            "add",
            "greader",
            &server.api,
            "--user",
            "alice",
            "--password-stdin",
        ],
        &server.password,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let added: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let account = added["account"]["id"].as_i64().unwrap();
    assert_eq!(added["account"]["secret_place"], "file");
    let list = cli.json(&["account", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[0]["name"], "On this computer");
    let human = text(&cli.run(&["account", "list"]));
    assert!(human.contains("alice on 127.0.0.1"), "{human}");

    // a subscription made here goes to the server at the next sync
    let account_arg = account.to_string();
    let sub = cli.json(&["add", &site.url("/blog.xml"), "--account", &account_arg]);
    assert_eq!(sub["new"], true);

    // kill -9 in the middle of syncs, at several moments
    let env_sync = |json: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_broadsheet"));
        c.arg("--data-dir").arg(cli.data());
        if json {
            c.arg("--json");
        }
        c.args(["sync", "--no-offline"])
            .env("LANGUAGE", "en")
            .env("BROADSHEET_SECRETS", "file")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    };
    for ms in [40u64, 120, 250, 400] {
        let mut child = env_sync(false).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let store = broadsheet_engine::Store::open_in(cli.data()).unwrap();
        assert_eq!(
            store.integrity_check().unwrap(),
            Ok(()),
            "after a kill at {ms} ms"
        );
        assert_eq!(store.count_mismatches().unwrap(), vec![]);
    }
    // a whole sync, with its events as JSON lines
    let out = env_sync(true).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["event"], "sync_started");
    assert!(lines.iter().any(|l| l["event"] == "sync_finished"));
    assert_eq!(lines.last().unwrap()["syncs"][0]["account_id"], account);
    assert!(server
        .subscriptions()
        .iter()
        .any(|s| s.1.ends_with("/blog.xml")));

    // every item once; the server's state here
    server.actualize();
    assert_eq!(cli.run(&["sync", "--no-offline"]).status.code(), Some(0));
    let all: HashSet<i64> = server
        .ids("user/-/state/com.google/reading-list", None)
        .into_iter()
        .collect();
    let (state, rows) = local_state(&cli);
    assert_eq!(rows, state.len(), "no item stored twice");
    assert_eq!(state.keys().copied().collect::<HashSet<_>>(), all);
    assert_eq!(all.len(), 253);

    // changes here, a kill during the sync that sends them, then a whole sync: all arrive
    cli.json(&["read", "--all"]);
    let some: Vec<i64> = state.keys().copied().take(5).collect();
    let db = rusqlite::Connection::open(cli.data().join("broadsheet.db")).unwrap();
    for id in &some {
        let article: i64 = db
            .query_row("SELECT id FROM articles WHERE remote_id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        cli.json(&["bookmark", &article.to_string()]);
    }
    let mut child = env_sync(false).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(60));
    let _ = child.kill();
    let _ = child.wait();
    let out = cli.run(&["sync", "--no-offline"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(server.unread().is_empty(), "every read arrived");
    assert_eq!(
        server.starred().into_iter().collect::<HashSet<_>>(),
        some.iter().copied().collect::<HashSet<_>>()
    );

    // `refresh` syncs too; removing the account keeps its bookmarks here
    let refreshed = cli.run(&["--json", "refresh", "--no-offline"]);
    assert!(String::from_utf8_lossy(&refreshed.stdout).contains("sync_finished"));
    let removed = cli.json(&["account", "remove", &account_arg]);
    assert_eq!(removed["bookmarks_kept"], 5);
    assert!(!cli
        .data()
        .join(format!("secrets/account-{account}.json"))
        .exists());
    let bookmarks = cli.json(&["list", "--view", "bookmarks"]);
    assert_eq!(bookmarks.as_array().unwrap().len(), 5);
}
