//! HTTP behaviour of a refresh: conditional GET, compression, redirects, size cap, gzip bomb,
//! timeouts, 429 with Retry-After, and one feed's failure not stopping the others.

mod support;

use std::io::Write;
use std::time::Duration;

use broadsheet_engine::model::{now, View};
use broadsheet_engine::net::fetch::FetchConfig;
use broadsheet_engine::pipeline::refresh::RefreshEvent;
use support::engine::{env, env_with};
use support::{Response, Server};

fn rss(title: &str, items: usize) -> String {
    let items: String = (0..items)
        .map(|k| format!("<item><title>{title} {k}</title><guid>{title}-{k}</guid><description>story {k}</description></item>"))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title><link>http://example.org/</link>{items}</channel></rss>"#
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_304_costs_no_parse_and_no_write() {
    let server = Server::start();
    server.file("/feed", "application/rss+xml", rss("a", 3));
    let mut env = env();
    let id = env.add(&server.url("/feed"));
    let (first, _) = env.refresh_all().await;
    assert_eq!((first.updated, first.new_articles), (1, 3));
    let changes_before = env.store.total_changes_for_tests();
    let (second, events) = env.refresh_all().await;
    assert_eq!(second.not_modified, 1);
    assert_eq!(second.new_articles, 0);
    assert!(events.contains(&RefreshEvent::Finished {
        feed_id: id,
        new_articles: 0,
        updated_articles: 0,
        not_modified: true,
        notify_articles: Vec::new(),
    }));
    let reqs = server.requests_to("/feed");
    assert_eq!(reqs.len(), 2);
    assert!(reqs[0].header("if-none-match").is_none());
    assert!(
        reqs[1].header("if-none-match").is_some(),
        "second fetch is conditional"
    );
    // only the feed row was written (its schedule, and its response time for feed health):
    // no article rows touched
    assert_eq!(env.store.total_changes_for_tests() - changes_before, 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn last_modified_is_sent_back() {
    let server = Server::start();
    let body = rss("lm", 1);
    server.route("/feed", move |req| {
        if req.header("if-modified-since") == Some("Tue, 16 Apr 2024 09:30:00 GMT") {
            return Some(Response::status(304));
        }
        Some(
            Response::ok("application/rss+xml", body.clone())
                .header("Last-Modified", "Tue, 16 Apr 2024 09:30:00 GMT"),
        )
    });
    let mut env = env();
    env.add(&server.url("/feed"));
    env.refresh_all().await;
    let (second, _) = env.refresh_all().await;
    assert_eq!(second.not_modified, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn gzip_deflate_and_brotli_bodies_are_decoded() {
    let server = Server::start();
    let body = rss("gz", 2);
    let gz = gzip(body.as_bytes());
    server.route("/gz", move |_| {
        Some(Response::ok("application/rss+xml", gz.clone()).header("Content-Encoding", "gzip"))
    });
    let mut br = Vec::new();
    {
        let mut w = brotli_writer(&mut br);
        w.write_all(body.as_bytes()).unwrap();
    }
    server.route("/br", move |_| {
        Some(Response::ok("application/rss+xml", br.clone()).header("Content-Encoding", "br"))
    });
    let mut env = env();
    env.add(&server.url("/gz"));
    env.add(&server.url("/br"));
    let (summary, events) = env.refresh_all().await;
    assert_eq!(summary.failed, 0, "{events:?}");
    assert_eq!(summary.new_articles, 4);
    let sent = server.requests_to("/gz")[0]
        .header("accept-encoding")
        .unwrap_or("")
        .to_string();
    for enc in ["gzip", "deflate", "br"] {
        assert!(sent.contains(enc), "Accept-Encoding {sent:?} lacks {enc}");
    }
}

fn brotli_writer(out: &mut Vec<u8>) -> impl Write + '_ {
    brotli::CompressorWriter::new(out, 4096, 5, 22)
}

#[tokio::test(flavor = "multi_thread")]
async fn permanent_redirect_moves_the_subscription_temporary_does_not() {
    let server = Server::start();
    server.file("/new", "application/rss+xml", rss("moved", 1));
    server.route("/old", |_| Some(Response::redirect(301, "/new")));
    server.route("/temp", |_| Some(Response::redirect(302, "/new2")));
    server.file("/new2", "application/rss+xml", rss("temp", 1));
    server.route("/mixed", |_| Some(Response::redirect(308, "/temp")));
    let mut env = env();
    let old = env.add(&server.url("/old"));
    let temp = env.add(&server.url("/temp"));
    let mixed = env.add(&server.url("/mixed"));
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.failed, 0);
    assert_eq!(env.store.feed(old).unwrap().url, server.url("/new"));
    assert_eq!(env.store.feed(temp).unwrap().url, server.url("/temp"));
    assert_eq!(
        env.store.feed(mixed).unwrap().url,
        server.url("/mixed"),
        "a chain with a temporary hop is not a move"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn redirect_loops_and_long_chains_fail_with_a_reason() {
    let server = Server::start();
    server.route("/loop", |_| Some(Response::redirect(302, "/loop")));
    for i in 0..10 {
        server.route(&format!("/hop{i}"), move |_| {
            Some(Response::redirect(302, &format!("/hop{}", i + 1)))
        });
    }
    server.file("/hop10", "application/rss+xml", rss("end", 1));
    for i in 0..5 {
        server.route(&format!("/ok{i}"), move |_| {
            Some(Response::redirect(302, &format!("/ok{}", i + 1)))
        });
    }
    server.file("/ok5", "application/rss+xml", rss("five", 1));
    let mut env = env();
    let looping = env.add(&server.url("/loop"));
    let long = env.add(&server.url("/hop0"));
    let five = env.add(&server.url("/ok0"));
    env.refresh_all().await;
    assert!(env.last_error(looping).unwrap().contains("redirect loop"));
    assert!(env
        .last_error(long)
        .unwrap()
        .contains("more than 5 redirects"));
    assert_eq!(
        env.last_error(five),
        None,
        "exactly 5 redirects are followed"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_body_cap_holds_for_plain_and_gzip_bomb_bodies() {
    let server = Server::start();
    let cap = 256 * 1024;
    server.file("/big", "application/rss+xml", vec![b' '; cap + 1]);
    // 64 MiB of zeros squeezed into ~64 KiB: the cap must stop it at 256 KiB decoded
    let bomb = gzip(&vec![0u8; 64 << 20]);
    assert!(bomb.len() < cap, "the bomb itself is under the cap");
    server.route("/bomb", move |_| {
        Some(Response::ok("application/rss+xml", bomb.clone()).header("Content-Encoding", "gzip"))
    });
    server.file("/fine", "application/rss+xml", rss("fine", 2));
    let mut env = env_with(FetchConfig {
        max_body_bytes: cap as u64,
        total_timeout: Duration::from_secs(5),
        ..FetchConfig::default()
    });
    let big = env.add(&server.url("/big"));
    let bomb = env.add(&server.url("/bomb"));
    let fine = env.add(&server.url("/fine"));
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.failed, 2);
    for id in [big, bomb] {
        let err = env.last_error(id).unwrap();
        assert!(err.contains("larger than the 262144-byte limit"), "{err}");
    }
    assert_eq!(env.last_error(fine), None);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_server_hits_the_timeout_and_others_still_refresh() {
    let server = Server::start();
    server.route("/slow", |_| {
        let mut r = Response::ok("application/rss+xml", rss("slow", 1));
        r.byte_delay = Some(Duration::from_millis(100));
        Some(r)
    });
    server.file("/fast", "application/rss+xml", rss("fast", 2));
    let mut env = env_with(FetchConfig {
        total_timeout: Duration::from_secs(1),
        connect_timeout: Duration::from_secs(1),
        ..FetchConfig::default()
    });
    let slow = env.add(&server.url("/slow"));
    let fast = env.add(&server.url("/fast"));
    let started = std::time::Instant::now();
    let (summary, _) = env.refresh_all().await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the timeout bounds the refresh"
    );
    assert_eq!(env.problem(slow), Some("fetch-timeout"));
    assert_eq!(
        env.last_error(slow).as_deref(),
        Some("the server did not answer within 1 s")
    );
    assert_eq!(env.store.feed(slow).unwrap().consecutive_failures, 1);
    assert_eq!(env.last_error(fast), None);
    assert_eq!(summary.new_articles, 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn retry_after_postpones_the_feed() {
    let server = Server::start();
    server.route("/busy", |_| {
        Some(Response::status(429).header("Retry-After", "3600"))
    });
    server.route("/down", |_| {
        Some(Response::status(503).header("Retry-After", "120"))
    });
    let mut env = env();
    let busy = env.add(&server.url("/busy"));
    let down = env.add(&server.url("/down"));
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.failed, 2);
    let feed = env.store.feed(busy).unwrap();
    assert!(feed.last_error.unwrap().contains("429"));
    let until = feed.postponed_until.unwrap();
    assert!((until - now() - 3600).abs() < 60, "postponed about an hour");
    assert!(env.store.feed(down).unwrap().postponed_until.is_some());
    // neither is fetched again before its time, not even by a manual refresh
    let (again, _) = env.refresh_all().await;
    assert_eq!(again.feeds, 0);
    assert_eq!(server.requests_to("/busy").len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn failures_are_stored_counted_and_do_not_stop_others() {
    let server = Server::start();
    server.route("/404", |_| Some(Response::status(404)));
    server.route("/500", |_| Some(Response::status(500)));
    server.file(
        "/garbage",
        "application/rss+xml",
        b"\x00\xffnot a feed at all".to_vec(),
    );
    server.file("/html", "text/html", "<html><body>hello</body></html>");
    server.file("/ok", "application/rss+xml", rss("ok", 3));
    let mut env = env();
    let ids: Vec<i64> = ["/404", "/500", "/garbage", "/html", "/ok"]
        .iter()
        .map(|p| env.add(&server.url(p)))
        .collect();
    let refused = env.add("http://127.0.0.1:9/"); // nothing listens on the discard port
    let (summary, events) = env.refresh_all().await;
    assert_eq!(summary.failed, 5, "{events:?}");
    assert_eq!(summary.new_articles, 3);
    assert_eq!(env.problem(ids[0]), Some("fetch-not-found"));
    assert_eq!(
        env.last_error(ids[1]).as_deref(),
        Some("the server is having trouble (HTTP 500)")
    );
    assert_eq!(env.problem(ids[2]), Some("fetch-broken"));
    assert_eq!(env.problem(ids[3]), Some("fetch-not-a-feed"));
    assert_eq!(env.problem(refused), Some("fetch-unreachable"));
    assert_eq!(env.last_error(ids[4]), None);
    // every started feed finishes or fails exactly once
    let ends = events
        .iter()
        .filter(|e| !matches!(e, RefreshEvent::Started { .. }))
        .count();
    assert_eq!(ends, 6);
    // failing again counts up and backs off
    env.refresh_all().await;
    let f = env.store.feed(ids[0]).unwrap();
    assert_eq!(f.consecutive_failures, 2);
    assert!(f.next_due_at >= now() + 2 * 1800 - 60);
    assert_eq!(env.list(View::All).len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_user_agent_names_the_app_and_version() {
    let server = Server::start();
    server.file("/ua", "application/rss+xml", rss("ua", 1));
    let mut env = env();
    env.add(&server.url("/ua"));
    env.refresh_all().await;
    let ua = server.requests_to("/ua")[0]
        .header("user-agent")
        .unwrap()
        .to_string();
    assert!(
        ua.starts_with(&format!("Broadsheet/{}", env!("CARGO_PKG_VERSION"))),
        "{ua}"
    );
}
