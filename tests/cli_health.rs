//! Feed health from the command line: `feeds --health` ordered by trouble with what each
//! feed's server answered, `refresh ID` as "retry now" (even for a gone feed), `set-url`,
//! and `rediscover` finding a moved feed from its site.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use cli_support::{text, Cli};
use support::{Response, Server};

fn rss(title: &str, site: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title>\
         <link>{site}</link><item><guid>{title}-1</guid><title>{title} story</title>\
         <description>story</description></item></channel></rss>"
    )
}

#[test]
fn health_list_retry_change_address_and_find_again() {
    let server = Server::start();
    let site = server.url("/");
    server.file("/good.xml", "application/rss+xml", rss("Good", &site));
    server.file("/doomed.xml", "application/rss+xml", rss("Doomed", &site));
    server.file("/paper.xml", "application/rss+xml", rss("Paper", &site));
    let cli = Cli::new();
    for path in ["/good.xml", "/doomed.xml", "/paper.xml"] {
        cli.json(&["add", &server.url(path)]);
    }
    let id_of = |title: &str| -> String {
        let health = cli.json(&["feeds", "--health"]);
        health
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["title"] == title)
            .unwrap()["feed_id"]
            .to_string()
    };
    let (doomed, paper) = (id_of("Doomed"), id_of("Paper"));

    // the servers change: one feed is gone, one moved without a redirect
    server.route("/doomed.xml", |_| Some(Response::status(410)));
    server.route("/paper.xml", |_| Some(Response::status(404)));
    server.file(
        "/",
        "text/html",
        format!(
            "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"{}\"></head></html>",
            server.url("/paper-new.xml")
        ),
    );
    server.file("/paper-new.xml", "application/rss+xml", rss("Paper", &site));
    let refresh = cli.run(&["refresh", "--no-offline"]);
    assert_eq!(refresh.status.code(), Some(4), "{}", text(&refresh));

    let health = cli.json(&["feeds", "--health"]);
    let states: Vec<(&str, &str)> = health
        .as_array()
        .unwrap()
        .iter()
        .map(|h| (h["title"].as_str().unwrap(), h["state"].as_str().unwrap()))
        .collect();
    assert_eq!(
        states,
        [("Paper", "failing"), ("Doomed", "gone"), ("Good", "fine")]
    );
    // the JSON says what is wrong as a catalog id, the same in every language
    assert_eq!(health[0]["headline"]["id"], "fetch-not-found");
    assert!(health[2]["response_ms"].is_number() && health[2]["last_bytes"].as_i64() > Some(100));
    let human = text(&cli.run(&["feeds", "--health"]));
    assert!(
        human.contains("gone") && human.contains("Find the feed again"),
        "{human}"
    );

    // gone: a refresh of everything leaves it alone; asking for it by number tries it
    let before = server.requests_to("/doomed.xml").len();
    cli.run(&["refresh", "--no-offline"]);
    assert_eq!(server.requests_to("/doomed.xml").len(), before);
    cli.run(&["refresh", "--no-offline", &doomed]);
    assert_eq!(server.requests_to("/doomed.xml").len(), before + 1);

    // change the address by hand
    server.file("/doomed-2.xml", "application/rss+xml", rss("Doomed", &site));
    cli.json(&["set-url", &doomed, &server.url("/doomed-2.xml")]);
    let bad = cli.run(&["set-url", &doomed, "not an address"]);
    assert_eq!(bad.status.code(), Some(6));
    // find the other again from its site
    let found = cli.json(&["rediscover", &paper]);
    assert_eq!(found["url"], server.url("/paper-new.xml"));
    assert_eq!(found["changed"], true);
    let refresh = cli.run(&["refresh", "--no-offline"]);
    assert_eq!(refresh.status.code(), Some(0), "{}", text(&refresh));
    let health = cli.json(&["feeds", "--health"]);
    assert!(
        health
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["state"] == "fine"),
        "{health}"
    );
}
