//! Feed health from real refreshes against a fixture server: a feed the server says is gone
//! (410: no longer fetched until "retry now"), one moved by a permanent redirect, one that
//! became a web page, one with nothing new in six months, and a working one; their order
//! and what each says.

mod support;

use broadsheet_engine::feeds::health::State;
use broadsheet_engine::model::now;
use support::engine::env;
use support::{Response, Server};

fn rss(title: &str, date: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><link>http://example.org/</link>
        <item><title>{title} story</title><guid>{title}-1</guid><pubDate>{date}</pubDate><description>story</description></item>
        </channel></rss>"#
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn health_states_come_from_what_servers_answer() {
    let server = Server::start();
    let fresh = chrono::Utc::now().to_rfc2822();
    server.file("/ok", "application/rss+xml", rss("Working", &fresh));
    server.file("/gone", "application/rss+xml", rss("Gone", &fresh));
    server.file("/old", "application/rss+xml", rss("Old", &fresh));
    server.file("/new-home", "application/rss+xml", rss("Moved", &fresh));
    server.file("/site", "application/rss+xml", rss("Site", &fresh));
    let quiet = chrono::DateTime::from_timestamp(now() - 300 * 24 * 3600, 0)
        .unwrap()
        .to_rfc2822();
    server.file("/quiet", "application/rss+xml", rss("Quiet", &quiet));
    let mut env = env();
    let ids: Vec<i64> = ["/ok", "/gone", "/old", "/site", "/quiet"]
        .iter()
        .map(|p| env.add(&server.url(p)))
        .collect();
    // the quiet feed's only article is 300 days old
    env.refresh_all().await;

    // then the servers change
    server.route("/gone", |_| Some(Response::status(410)));
    server.route("/old", |_| Some(Response::redirect(301, "/new-home")));
    server.file(
        "/site",
        "text/html; charset=utf-8",
        "<!DOCTYPE html><html><head><title>Our new site</title></head><body><p>Hello</p></body></html>",
    );
    env.refresh_all().await;

    let health = env.store.feed_health(now()).unwrap();
    // what is wrong, in English, as the CLI and the window say it
    let english =
        broadsheet_engine::l10n::Localizer::new("en", &[broadsheet_engine::l10n::Part::Engine]);
    let headlines: Vec<String> = health
        .iter()
        .map(|h| english.message(&h.headline))
        .collect();
    let seen: Vec<(&str, State, &str)> = health
        .iter()
        .zip(&headlines)
        .map(|(h, headline)| (h.facts.title.as_str(), h.state, headline.as_str()))
        .collect();
    assert_eq!(seen[0].0, "Site");
    assert_eq!(seen[0].1, State::Failing);
    assert_eq!(seen[0].2, "not a feed any more: it returns a web page");
    assert_eq!(seen[1].1, State::Gone);
    assert!(seen[1].2.contains("gone (HTTP 410)"), "{seen:?}");
    assert_eq!(seen[2].0, "Quiet");
    assert_eq!(seen[2].1, State::Dead);
    assert_eq!(seen[2].2, "no new article in over six months");
    assert!(health[2].since.is_some_and(|t| t < now() - 290 * 24 * 3600));
    assert_eq!(seen[3].1, State::Moved);
    assert_eq!(
        seen[3].2,
        format!(
            "the address {} now redirects to {}: updated",
            server.url("/old"),
            server.url("/new-home")
        )
    );
    assert_eq!((seen[4].0, seen[4].1), ("Working", State::Fine));
    let site = &health[0];
    assert!(site.since.is_some() && site.facts.consecutive_failures == 1);
    let working = &health[4];
    assert_eq!(working.facts.articles_4_weeks, 1);
    assert!(working.facts.response_ms.is_some() && working.facts.last_bytes.unwrap() > 100);

    // gone: not fetched again, not even by a refresh of everything
    let before = server.requests_to("/gone").len();
    env.refresh_all().await;
    assert_eq!(server.requests_to("/gone").len(), before);
    // until someone asks; it is back
    server.file("/gone", "application/rss+xml", rss("Gone", &fresh));
    env.store.retry_feed_now(ids[1]).unwrap();
    env.refresh_all().await;
    assert_eq!(server.requests_to("/gone").len(), before + 1);
    let health = env.store.feed_health(now()).unwrap();
    let gone = health.iter().find(|h| h.facts.feed_id == ids[1]).unwrap();
    assert_eq!(gone.state, State::Fine);
}
