//! The `broadsheet` command line, run as a user would: against a fixture server on 127.0.0.1
//! and a temporary data directory. Checks output, `--json` and exit codes.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use std::process::Command;

use cli_support::{text, Cli};
use serde_json::Value;
use support::{Response, Server};

#[test]
fn subscribe_list_search_read_and_bookmark() {
    let server = Server::start();
    server.seed_story();
    let cli = Cli::new();
    let added = cli.run(&["add", &server.url("/feed.xml"), "--folder", "Afghanistan"]);
    assert_eq!(added.status.code(), Some(0));
    assert!(
        text(&added).contains("Subscribed to Khaama Press"),
        "{}",
        text(&added)
    );
    assert!(text(&added).contains("3 articles"));

    let list = cli.json(&["list"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        rows[0]["title"],
        "CSTO expresses concern over increasing threats from Northern Afghanistan provinces"
    );
    let id = rows[0]["id"].as_i64().unwrap().to_string();
    // oldest first: the same rows the other way round
    let oldest = cli.json(&["list", "--oldest-first"]);
    let mut reversed = rows.clone();
    reversed.reverse();
    assert_eq!(oldest.as_array().unwrap(), &reversed);

    let hits = cli.json(&["search", "Tasmagambetov"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["id"].to_string(), id);

    let read = cli.run(&["read", &id]);
    assert_eq!(read.status.code(), Some(0));
    let body = text(&read);
    assert!(body.starts_with("CSTO expresses concern"));
    assert!(!body.contains("<p>"), "the terminal gets text, not HTML");
    // paragraph for paragraph, wrapped to the terminal's 72 columns
    let expected = std::fs::read_to_string(support::seed_dir().join("expected-body.txt")).unwrap();
    let expected: Vec<&str> = expected.split("\n\n").map(str::trim).collect();
    let printed: Vec<String> = body
        .split("\n\n")
        .skip(1) // title, feed, date and link
        .map(|p| p.lines().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(printed, expected);
    for line in body.lines().skip(2) {
        assert!(line.chars().count() <= 72, "{line:?}");
    }
    assert_eq!(
        cli.json(&["list", "--view", "unread"])
            .as_array()
            .unwrap()
            .len(),
        2
    );

    let marked = cli.json(&["bookmark", &id]);
    assert_eq!(marked["bookmarked"], true);
    let marks = cli.json(&["list", "--view", "bookmarks"]);
    assert_eq!(marks.as_array().unwrap().len(), 1);

    let feeds = cli.json(&["feeds"]);
    assert_eq!(feeds[0]["unread_count"], 2);
    assert_eq!(feeds[0]["folder"], "Afghanistan");

    let all_read = cli.json(&["read", "--all"]);
    assert_eq!(all_read["marked_read"], 2);
    let stats = cli.json(&["stats"]);
    assert_eq!(
        (
            stats["articles"].as_i64(),
            stats["unread"].as_i64(),
            stats["bookmarked"].as_i64()
        ),
        (Some(3), Some(0), Some(1))
    );

    // a refresh of an unchanged feed
    let refresh = cli.run(&["refresh"]);
    assert_eq!(refresh.status.code(), Some(0), "{}", text(&refresh));
    assert!(
        text(&refresh).contains("Refreshed 1 feed in"),
        "{}",
        text(&refresh)
    );
}

#[test]
fn refresh_streams_json_events_and_reports_failures_in_its_exit_code() {
    let server = Server::start();
    server.seed_story();
    server.route("/broken", |_| Some(Response::status(500)));
    let cli = Cli::new();
    let opml = format!(
        r#"<?xml version="1.0"?><opml version="2.0"><head/><body>
            <outline text="News"><outline text="K" xmlUrl="{}"/><outline text="B" xmlUrl="{}"/></outline>
        </body></opml>"#,
        server.url("/feed.xml"),
        server.url("/broken")
    );
    let file = cli.data().join("subs.opml");
    std::fs::write(&file, opml).unwrap();
    let imported = cli.json(&["import", file.to_str().unwrap()]);
    assert_eq!(imported["added"], 2);

    let out = cli.run(&["--json", "refresh"]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "a failed feed makes exit code 4"
    );
    let lines: Vec<Value> = text(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = lines.iter().filter_map(|l| l["event"].as_str()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "started").count(), 2);
    assert_eq!(kinds.iter().filter(|k| **k == "finished").count(), 1);
    assert_eq!(kinds.iter().filter(|k| **k == "failed").count(), 1);
    let summary = &lines.last().unwrap()["summary"];
    assert_eq!(summary["new_articles"], 3);
    assert_eq!(summary["failed"], 1);

    let feeds = cli.run(&["feeds"]);
    assert!(
        text(&feeds).contains("the server is having trouble (HTTP 500) (failed 1 time)"),
        "{}",
        text(&feeds)
    );

    // export round trip
    let exported = cli.data().join("out.opml");
    cli.json(&["export", exported.to_str().unwrap()]);
    let other = Cli::new();
    let again = other.json(&["import", exported.to_str().unwrap()]);
    assert_eq!(again["added"], 2);
    assert_eq!(again["folders"], 1);
}

#[test]
fn manage_feeds_rename_move_remove() {
    let server = Server::start();
    server.seed_story();
    let cli = Cli::new();
    let added = cli.json(&["add", &server.url("/feed.xml")]);
    let id = added["feed_id"].to_string();
    assert_eq!(cli.json(&["rename", &id, "Khaama"])["title"], "Khaama");
    assert_eq!(cli.json(&["move", &id, "Asia"])["folder"], "Asia");
    assert_eq!(cli.json(&["folders"])[0]["name"], "Asia");
    let article = cli.json(&["list"])[0]["id"].to_string();
    cli.json(&["bookmark", &article]);
    let removed = cli.json(&["remove", &id]);
    assert_eq!(removed["bookmarks_kept"], 1);
    assert_eq!(cli.json(&["feeds"]).as_array().unwrap().len(), 0);
    assert_eq!(
        cli.json(&["list", "--view", "bookmarks"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn exit_codes_mean_something() {
    let server = Server::start();
    server.route("/missing", |_| Some(Response::status(404)));
    server.file(
        "/page",
        "text/html",
        "<html><body>no feed here</body></html>",
    );
    let cli = Cli::new();
    assert_eq!(
        cli.run(&["read", "999"]).status.code(),
        Some(3),
        "unknown article"
    );
    assert_eq!(
        cli.run(&["rename", "42", "x"]).status.code(),
        Some(3),
        "unknown feed"
    );
    assert_eq!(
        cli.run(&["add", &server.url("/missing")]).status.code(),
        Some(4)
    );
    assert_eq!(
        cli.run(&["add", &server.url("/page")]).status.code(),
        Some(4)
    );
    let bad = cli.run(&["add", "ftp://example.org/feed"]);
    assert_eq!(bad.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a valid web address"));
    assert_eq!(
        cli.run(&["config", "retention_days", "soon"]).status.code(),
        Some(6)
    );
    assert_eq!(
        cli.run(&["frobnicate"]).status.code(),
        Some(2),
        "bad usage is clap's 2"
    );
    let err = cli.run(&["--json", "read", "999"]);
    let v: Value = serde_json::from_slice(&err.stdout).unwrap();
    assert_eq!(v["error"], "article 999 does not exist");

    // a database from a newer Broadsheet is refused, and left alone
    let db = cli.data().join("broadsheet.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let newer = cli.run(&["feeds"]);
    assert_eq!(newer.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&newer.stderr).contains("newer Broadsheet"));
}

#[test]
fn the_data_directory_comes_from_the_environment_when_not_given() {
    let server = Server::start();
    server.seed_story();
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .args(["add", &server.url("/feed.xml")])
        .env("BROADSHEET_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(dir.path().join("broadsheet.db").is_file());
}

#[test]
fn settings_and_retention() {
    let cli = Cli::new();
    let settings = cli.json(&["config"]);
    assert_eq!(settings["refresh_interval_minutes"], 30);
    let changed = cli.json(&["config", "retention_days", "14"]);
    assert_eq!(changed["retention_days"], 14);
    let purge = cli.json(&["purge"]);
    assert_eq!(purge["retention_days"], 14);
    assert_eq!(purge["purged"], 0);
}

#[test]
fn extract_prints_what_the_reader_would_show() {
    let cli = Cli::new();
    let page = support::seed_dir().join("article.html");
    let got = cli.json(&[
        "extract",
        page.to_str().unwrap(),
        "--base-url",
        "https://www.khaama.com/a/article.html",
    ]);
    assert_eq!(
        got["title"],
        "CSTO expresses concern over increasing threats from Northern Afghanistan provinces"
    );
    let text = got["text"].as_str().unwrap();
    assert!(
        text.starts_with(
            "The Collective Security Treaty Organization (CSTO) has expressed concern"
        ),
        "{text}"
    );
    assert!(!text.contains("Digital newspaper subscription"));
    assert!(got["html"]
        .as_str()
        .unwrap()
        .contains("https://www.khaama.com/a/images/csto-meeting.png"));

    // from a URL: the fetched address is the base
    let server = Server::start();
    server.seed_story();
    let fetched = cli.json(&["extract", &server.url("/article.html")]);
    assert!(fetched["html"]
        .as_str()
        .unwrap()
        .contains(&server.url("/images/csto-meeting.png")));

    assert_eq!(
        cli.run(&["extract", "/no/such/page.html"]).status.code(),
        Some(6)
    );
}

#[test]
fn offline_refresh_bookmark_export_and_storage() {
    offline_story(Cli::new());
}

/// A user name outside ASCII (`C:\Users\کاربر\...` on Windows) and spaces in the path: the
/// database, its search index, the images and the exports all live there the same.
#[test]
fn a_data_directory_named_in_dari_with_spaces_works_the_same() {
    let cli = Cli::under("کاربر و خبرها/Broadsheet data");
    offline_story(cli);
}

fn offline_story(cli: Cli) {
    let server = Server::start();
    server.seed_story();
    cli.json(&["config", "offline_images", "bookmarks"]);
    let added = cli.json(&["add", &server.url("/feed-summary-only.xml")]);
    let feed = added["feed_id"].to_string();
    // images for bookmarks only: the refresh fetches pages, no image yet
    let out = cli.run(&["--json", "refresh"]);
    let last: Value =
        serde_json::from_str(text(&out).lines().last().unwrap()).expect("a JSON summary");
    assert_eq!(last["offline"]["full_texts"], 1, "{last}");
    assert_eq!(last["offline"]["images"], 0, "{last}");
    let csto = cli.json(&["search", "Tasmagambetov"]);
    assert_eq!(
        csto.as_array().unwrap().len(),
        1,
        "the page's words are searchable"
    );
    let id = csto[0]["id"].to_string();

    // bookmarking keeps the figure at once
    assert_eq!(server.requests_to("/images/csto-meeting.png").len(), 0);
    cli.json(&["bookmark", &id]);
    assert_eq!(server.requests_to("/images/csto-meeting.png").len(), 1);
    let storage = cli.json(&["storage"]);
    assert_eq!(storage["usage"]["images"], 1);
    assert_eq!(storage["usage"]["full_articles"], 1);

    for (name, format, want) in [
        ("b.html", None, "data:image/png;base64,"),
        ("نشانه ها.md", None, "## [CSTO expresses concern"),
        ("b.txt", Some("json"), "\"title\": \"CSTO expresses concern"),
    ] {
        let path = cli.data().join(name);
        let mut args = vec!["export-bookmarks", path.to_str().unwrap()];
        if let Some(f) = format {
            args.extend(["--format", f]);
        }
        let done = cli.json(&args);
        assert_eq!(done["bookmarks"], 1);
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.contains(want), "{name}: {written}");
    }
    assert_eq!(
        cli.run(&["export-bookmarks", "--format", "pdf"])
            .status
            .code(),
        Some(6)
    );

    assert_eq!(cli.json(&["notify", &feed, "on"])["notify"], true);
    assert_eq!(cli.json(&["notify", &feed, "off"])["notify"], false);
    assert_eq!(cli.run(&["notify", "999", "on"]).status.code(), Some(3));

    // where its articles open: its own choice, else the setting
    assert_eq!(cli.json(&["open-in", &feed, "inside"])["open_in"], "inside");
    let scripts = cli.json(&["open-in", &feed, "inside", "--scripts"]);
    assert_eq!(scripts["page_scripts"], true);
    let said = text(&cli.run(&["open-in", &feed, "inside", "--scripts"]));
    assert!(said.contains("may run its scripts"), "{said}");
    assert_eq!(
        cli.json(&["open-in", &feed, "inside"])["page_scripts"],
        false
    );
    let said = text(&cli.run(&["open-in", &feed, "default"]));
    assert!(said.contains("the reader (the default)"), "{said}");
    assert_eq!(
        cli.run(&["config", "open_articles", "tab"]).status.code(),
        Some(6)
    );
    cli.json(&["config", "open_articles", "browser"]);
    let said = text(&cli.run(&["open-in", &feed, "default"]));
    assert!(said.contains("in your browser (the default)"), "{said}");
    cli.json(&["config", "open_articles", "reader"]);

    // full text off for the feed; cleaning keeps the bookmark's image
    let off = cli.json(&["full-text", &feed, "never"]);
    assert_eq!(off["full_text"], false);
    let cleaned = cli.json(&["storage", "--clean", "all-but-bookmarks"]);
    assert_eq!(cleaned["usage"]["images"], 1);
    cli.json(&["bookmark", &id, "--remove"]);
    let cleaned = cli.json(&["storage", "--clean", "all-but-bookmarks"]);
    assert_eq!(cleaned["removed_images"], 1);
    assert_eq!(cleaned["usage"]["images"], 0);
}

#[test]
fn read_all_and_remove_say_how_to_undo_and_undo_does() {
    let server = Server::start();
    server.seed_story();
    let cli = Cli::new();
    cli.json(&["add", &server.url("/feed.xml")]);
    let unread = || cli.json(&["stats"])["unread"].as_i64().unwrap();
    assert_eq!(unread(), 3);

    let marked = cli.run(&["read", "--all"]);
    assert_eq!(marked.status.code(), Some(0));
    assert!(
        text(&marked).contains("Marked 3 articles read\nTo undo: broadsheet undo 1"),
        "{}",
        text(&marked)
    );
    assert_eq!(unread(), 0);
    let undone = cli.run(&["undo"]);
    assert_eq!(text(&undone).trim(), "Undone: Marked 3 articles read");
    assert_eq!(unread(), 3);

    let removed = cli.run(&["remove", "1"]);
    assert!(
        text(&removed).contains("Unsubscribed from Khaama Press"),
        "{}",
        text(&removed)
    );
    assert!(
        text(&removed).contains("To undo (within 30 minutes): broadsheet undo 2"),
        "{}",
        text(&removed)
    );
    assert_eq!(cli.json(&["feeds"]).as_array().unwrap().len(), 0);
    let undone = cli.json(&["undo", "2"]);
    assert_eq!(undone["undone"]["kind"], "unsubscribe");
    assert_eq!(cli.json(&["feeds"]).as_array().unwrap().len(), 1);
    assert_eq!(
        unread(),
        3,
        "the feed came back with its articles and their state"
    );
    assert_eq!(text(&cli.run(&["undo"])).trim(), "Nothing to undo");
    assert_eq!(cli.run(&["undo", "99"]).status.code(), Some(3));
}

#[test]
fn folders_nest_by_path_move_and_delete_without_unsubscribing() {
    let server = Server::start();
    server.seed_story();
    let cli = Cli::new();
    let added = cli.json(&[
        "add",
        &server.url("/feed.xml"),
        "--folder",
        "News/Asia/Afghanistan",
    ]);
    let feed = added["id"].to_string();
    let paths = |cli: &Cli| -> Vec<String> {
        cli.json(&["folders"])
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(paths(&cli), ["News", "News/Asia", "News/Asia/Afghanistan"]);
    // a folder's view holds what is beneath it
    let in_news = cli
        .json(&["list", "--folder", "news"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(in_news, 3);
    assert_eq!(
        cli.run(&["list", "--folder", "Travel"]).status.code(),
        Some(3)
    );

    let asia = cli.json(&["folder", "add", "Travel/Asia"])["id"].to_string();
    assert_eq!(
        paths(&cli),
        [
            "News",
            "News/Asia",
            "News/Asia/Afghanistan",
            "Travel",
            "Travel/Asia"
        ]
    );
    let news_asia = cli.json(&["folders"]).as_array().unwrap()[1]["id"].to_string();
    // News/Asia moves into Travel and meets Travel/Asia: one folder, the feed in it
    let moved = text(&cli.run(&["folder", "move", &news_asia, "Travel"]));
    assert!(moved.contains("Travel/Asia"), "{moved}");
    assert_eq!(
        paths(&cli),
        ["News", "Travel", "Travel/Asia", "Travel/Asia/Afghanistan"]
    );
    let into_itself = cli.run(&["folder", "move", &asia, "Travel/Asia/Afghanistan"]);
    let said = String::from_utf8_lossy(&into_itself.stderr).to_string();
    assert_eq!(into_itself.status.code(), Some(6), "{said}");
    assert!(said.contains("inside itself"), "{said}");
    let too_deep = cli.run(&["folder", "add", "1/2/3/4/5/6/7/8/9"]);
    let said = String::from_utf8_lossy(&too_deep.stderr).to_string();
    assert_eq!(too_deep.status.code(), Some(6));
    assert!(said.contains("8 levels"), "{said}");

    assert_eq!(
        cli.json(&["folder", "rename", &asia, "South Asia"])["path"],
        "Travel/South Asia"
    );
    assert_eq!(
        cli.run(&["folder", "rename", &asia, "a/b"]).status.code(),
        Some(6)
    );
    let deleted = cli.run(&["folder", "delete", &asia]);
    assert!(
        text(&deleted).contains("broadsheet undo"),
        "{}",
        text(&deleted)
    );
    assert_eq!(
        cli.json(&["feeds"])[0]["folder"],
        "Travel/Afghanistan",
        "what it held moved up"
    );
    cli.json(&["undo"]);
    assert_eq!(
        cli.json(&["feeds"])[0]["folder"],
        "Travel/South Asia/Afghanistan"
    );
    assert_eq!(cli.json(&["feeds"]).as_array().unwrap().len(), 1);
    let _ = feed;
}
