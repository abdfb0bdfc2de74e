//! Subscribing by website address: <link rel="alternate">, the usual paths, and clear failure.

mod support;

use broadsheet_engine::pipeline::subscribe::subscribe;
use broadsheet_engine::Error;
use support::engine::env;
use support::{Response, Server};

#[tokio::test(flavor = "multi_thread")]
async fn a_site_page_leads_to_its_alternate_feed() {
    let server = Server::start();
    server.seed_story();
    server.file(
        "/",
        "text/html",
        r#"<!doctype html><html><head><title>Khaama</title>
           <link rel="alternate" type="application/rss+xml" title="Khaama" href="/feed.xml"></head>
           <body>news</body></html>"#,
    );
    let mut env = env();
    let done = env.subscribe(&server.url("/")).await;
    assert_eq!(done.url, server.url("/feed.xml"));
    assert_eq!(done.articles.new, 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_site_without_links_is_tried_at_the_usual_paths() {
    let server = Server::start();
    server.file(
        "/blog/",
        "text/html",
        "<html><head><title>no links</title></head></html>",
    );
    server.file(
        "/atom.xml",
        "application/atom+xml",
        r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>b</id><entry><id>1</id><title>Post</title></entry></feed>"#,
    );
    let mut env = env();
    let done = env.subscribe(&server.url("/blog/")).await;
    assert_eq!(done.url, server.url("/atom.xml"));
    assert_eq!(done.title, "Blog");
}

#[tokio::test(flavor = "multi_thread")]
async fn no_feed_is_a_clear_error_and_subscribes_nothing() {
    let server = Server::start();
    server.file("/", "text/html", "<html><body>just a page</body></html>");
    let mut env = env();
    let err = subscribe(&mut env.store, &env.fetcher, &server.url("/"), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::NoFeedFound(_)), "{err}");
    assert!(err.to_string().starts_with("no feed found at"));
    assert!(env.store.feeds().unwrap().is_empty());
    let err = subscribe(&mut env.store, &env.fetcher, "ftp://x/", None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidUrl(_)), "{err}");
    server.route("/gone", |_| Some(Response::status(410)));
    let err = subscribe(&mut env.store, &env.fetcher, &server.url("/gone"), None)
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), "HTTP 410 Gone");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_permanently_moved_feed_is_subscribed_at_its_new_address() {
    let server = Server::start();
    server.seed_story();
    server.route("/rss", |_| Some(Response::redirect(301, "/feed.xml")));
    let mut env = env();
    let done = subscribe(
        &mut env.store,
        &env.fetcher,
        &server.url("/rss"),
        Some("News"),
    )
    .await
    .unwrap();
    assert_eq!(done.url, server.url("/feed.xml"));
    assert_eq!(
        env.store.feed(done.feed_id).unwrap().folder.as_deref(),
        Some("News")
    );
}
