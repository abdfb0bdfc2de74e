//! `broadsheet rule ...` as a user runs it: add (and a bad expression refused with where it
//! fails), list, test, apply, order, a refresh acting on new articles, `search --hidden`, and
//! the rules carried by an OPML export into another data directory.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use cli_support::{text, Cli};
use support::Server;

fn rss(items: &[(&str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(guid, title)| {
            format!(
                "<item><guid>{guid}</guid><title>{title}</title><link>http://news.example/{guid}</link>\
                 <description>About {title}: a story long enough to read.</description></item>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <link>http://news.example/</link>{items}</channel></rss>"
    )
}

fn titles(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn rules_from_the_command_line() {
    let server = Server::start();
    server.file(
        "/feed.xml",
        "application/rss+xml",
        rss(&[
            ("1", "Football: the results"),
            ("2", "Kabul water plan"),
            ("3", "Markets"),
        ]),
    );
    let cli = Cli::new();
    cli.json(&["add", &server.url("/feed.xml"), "--folder", "News"]);

    // a bad expression: refused, where it fails, exit code 6, nothing saved
    let bad = cli.run(&[
        "rule",
        "add",
        "--when",
        "title",
        "--matches",
        "sport|(foot",
        "--regex",
        "--then",
        "read",
    ]);
    assert_eq!(bad.status.code(), Some(6));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("not valid at character 7"), "{err}");
    let bad = cli.run(&["rule", "add", "--matches", "x", "--then", "explode"]);
    assert_eq!(bad.status.code(), Some(6));
    assert_eq!(cli.json(&["rule", "list"]), serde_json::json!([]));

    let hide = cli.json(&[
        "rule",
        "add",
        "--when",
        "title",
        "--matches",
        "sport|football",
        "--regex",
        "--then",
        "read,hide",
    ]);
    let hide_id = hide["id"].as_i64().unwrap().to_string();
    assert_eq!(hide["actions"], serde_json::json!(["read", "hide"]));
    let keep = cli.json(&[
        "rule",
        "add",
        "--when",
        "title,text",
        "--matches",
        "kabul water",
        "--all",
        "--then",
        "bookmark",
        "--folder",
        "News",
    ]);
    let keep_id = keep["id"].as_i64().unwrap().to_string();

    // stored articles: `test` changes nothing, `apply` does
    let tested = cli.json(&["rule", "test", &hide_id]);
    assert_eq!(tested["matches"], 1);
    assert_eq!(tested["newest"][0]["title"], "Football: the results");
    assert_eq!(cli.json(&["list"]).as_array().unwrap().len(), 3);
    assert_eq!(cli.json(&["rule", "apply", &hide_id])["matched"], 1);
    assert_eq!(titles(&cli.json(&["list"])).len(), 2);
    assert!(!titles(&cli.json(&["list"])).contains(&"Football: the results".to_string()));
    assert_eq!(cli.json(&["search", "football"]), serde_json::json!([]));
    assert_eq!(
        titles(&cli.json(&["search", "--hidden", "football"])),
        ["Football: the results"]
    );

    // a refresh: new articles meet the rules before anything else
    server.file(
        "/feed.xml",
        "application/rss+xml",
        rss(&[
            ("1", "Football: the results"),
            ("2", "Kabul water plan"),
            ("3", "Markets"),
            ("4", "More FOOTBALL"),
            ("5", "Water for Kabul homes"),
        ]),
    );
    let refresh = cli.run(&["refresh", "--no-offline"]);
    assert_eq!(refresh.status.code(), Some(0), "{}", text(&refresh));
    assert_eq!(
        titles(&cli.json(&["list"])),
        ["Water for Kabul homes", "Markets", "Kabul water plan"]
    );
    assert_eq!(
        titles(&cli.json(&["list", "--view", "bookmarks"])),
        ["Water for Kabul homes"]
    );
    let feeds = cli.json(&["feeds"]);
    assert_eq!(
        feeds[0]["unread_count"], 3,
        "hidden articles are not counted"
    );

    // order and listing
    cli.json(&["rule", "move", &keep_id, "--to", "1"]);
    let listed = cli.run(&["rule", "list"]);
    let listed = text(&listed);
    let first = listed.lines().next().unwrap();
    assert!(
        first.contains(&format!("rule {keep_id}")) && first.contains("(in folder News)"),
        "{listed}"
    );
    cli.json(&["rule", "disable", &hide_id]);
    assert!(text(&cli.run(&["rule", "list"])).contains(&format!("rule {hide_id} (off)")));

    // the rules go with an OPML export
    let exported = cli.data().join("subs.opml");
    cli.json(&["export", exported.to_str().unwrap()]);
    let other = Cli::new();
    let imported = other.json(&["import", exported.to_str().unwrap()]);
    assert_eq!(imported["rules"], 2);
    let rules = other.json(&["rule", "list"]);
    assert_eq!(rules.as_array().unwrap().len(), 2);
    assert_eq!(rules[0]["pattern"], "kabul water");
    assert_eq!(rules[1]["enabled"], false);

    // removed: what it did stays, unless asked; one hidden article can come back alone
    let hidden = cli.json(&["search", "--hidden", "more football"]);
    let more = hidden[0]["id"].to_string();
    cli.json(&["rule", "unhide", &more]);
    assert_eq!(titles(&cli.json(&["list"])).len(), 4);
    let removed = cli.json(&["rule", "remove", &hide_id, "--unhide"]);
    assert_eq!(removed["unhidden"], 1);
    assert_eq!(
        cli.run(&["rule", "remove", &hide_id]).status.code(),
        Some(3)
    );
    assert_eq!(titles(&cli.json(&["list"])).len(), 5);
}
