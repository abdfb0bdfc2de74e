//! Offline reading end to end through the engine: a summary-only feed gets its pages' full
//! text and images at refresh; the reader then shows them from the store alone; images are
//! sniffed and capped; bookmarks are kept whole and exported.

mod support;

use broadsheet_engine::model::{now, View};
use broadsheet_engine::reading::export::{export_bookmarks, ExportFormat};
use broadsheet_engine::reading::reader::reader_view;
use broadsheet_engine::store::{ImageCleanup, ImagePolicy, OfflineScope};
use support::engine::env;
use support::{seed_dir, Response, Server};

const CSTO: &str =
    "CSTO expresses concern over increasing threats from Northern Afghanistan provinces";

fn expected_paragraphs() -> Vec<String> {
    std::fs::read_to_string(seed_dir().join("expected-body.txt"))
        .unwrap()
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_summary_only_feed_is_read_whole_and_offline() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let done = env.subscribe(&server.url("/feed-summary-only.xml")).await;
    let feed = env.store.feed(done.feed_id).unwrap();
    assert!(feed.summary_only, "detected as summary-only");
    assert_eq!(feed.full_text, None, "automatic");

    let summary = env.offline(OfflineScope::Due, ImagePolicy::All).await;
    // the CSTO page exists; the two other stories' pages are 404s on this server
    assert_eq!(summary.full_texts, 1, "{summary:?}");
    assert_eq!(summary.full_text_failures, 2, "{summary:?}");
    assert_eq!(
        summary.images, 1,
        "the figure; the tracking pixel was never fetched"
    );
    assert!(server.requests_to("/images/csto-meeting.png").len() == 1);

    let rows = env.list(View::All);
    let csto = rows.iter().find(|r| r.title == CSTO).unwrap();
    let requests_before = server.log.lock().unwrap().len();
    let view = reader_view(&env.store, csto.id).unwrap();
    assert_eq!(
        server.log.lock().unwrap().len(),
        requests_before,
        "showing an article sends no request"
    );
    assert!(view.full_text);
    assert_eq!(view.note, None);
    let text = broadsheet_engine::text::html_to_text(&view.html);
    let mut at = 0;
    for para in expected_paragraphs() {
        let found = text[at..]
            .find(&para)
            .unwrap_or_else(|| panic!("missing or out of order: {para}\n\n{text}"));
        at += found + para.len();
    }
    assert!(view.html.contains("<figcaption>"), "{}", view.html);
    let src = broadsheet_engine::image_address::IMAGE_URL_PREFIX;
    assert_eq!(view.html.matches(src).count(), 1, "{}", view.html);
    assert_eq!(
        view.html.matches("src=\"").count(),
        view.html.matches(&format!("src=\"{src}")).count(),
        "no remote image: {}",
        view.html
    );
    // the stored copy is the served bytes
    let hash = view.html.split(src).nth(1).unwrap()[..64].to_string();
    let served = env.images().serve(&hash).unwrap();
    assert_eq!(
        served.bytes,
        std::fs::read(seed_dir().join("images/csto-meeting.png")).unwrap()
    );

    // search finds words only the page had (the feed carried a one-line summary)
    assert!(!env
        .store
        .article(csto.id)
        .unwrap()
        .summary
        .unwrap()
        .contains("Tasmagambetov"));
    let hits = env.store.search("Tasmagambetov", 5).unwrap();
    assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [csto.id]);

    // a story whose page failed shows the feed's text with a quiet note
    let panj = rows
        .iter()
        .find(|r| r.title.starts_with("Tajikistan"))
        .unwrap();
    let view = reader_view(&env.store, panj.id).unwrap();
    assert!(!view.full_text);
    assert!(view.html.contains("Dushanbe plans new border posts"));
    assert!(view.note.unwrap().to_string().contains("HTTP 404"));

    // a second pass has nothing left to do
    let again = env.offline(OfflineScope::Due, ImagePolicy::All).await;
    assert_eq!(
        (again.full_texts, again.images, again.full_text_failures),
        (0, 0, 0)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn images_are_sniffed_and_capped_whatever_the_server_claims() {
    let server = Server::start();
    let png = std::fs::read(seed_dir().join("images/csto-meeting.png")).unwrap();
    server.file("/ok.png", "text/plain", png.clone()); // a real PNG under a wrong type
    server.file(
        "/fake.png",
        "image/png",
        b"<script>alert(1)</script>".to_vec(),
    );
    server.file(
        "/svg.png",
        "image/png",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
    );
    let mut huge = png.clone();
    huge.resize(9 * 1024 * 1024, 0);
    server.file("/huge.png", "image/png", huge);
    let item = |n: &str| {
        format!(
            "<item><guid>{n}</guid><title>{n}</title><description><![CDATA[<p>{n}</p><img src=\"/{n}.png\">]]></description></item>"
        )
    };
    let (mut env, summary) =
        pictures_offline(&server, &["ok", "fake", "svg", "huge"].map(item).join("")).await;
    assert_eq!(summary.images, 1, "{summary:?}");
    assert_eq!(summary.image_failures, 3, "{summary:?}");
    let known = env
        .store
        .known_images(&["fake", "svg", "huge", "ok"].map(|n| server.url(&format!("/{n}.png"))))
        .unwrap();
    assert!(known[&server.url("/ok.png")].is_some());
    for n in ["fake", "svg", "huge"] {
        assert_eq!(
            known[&server.url(&format!("/{n}.png"))],
            None,
            "{n} refused"
        );
    }
    // refused images are not asked for again on the next pass
    let again = env.offline(OfflineScope::Due, ImagePolicy::All).await;
    assert_eq!(again.image_failures, 0);
    // a refused image leaves no src behind: nothing remote, nothing broken
    for row in env.list(View::All) {
        let view = reader_view(&env.store, row.id).unwrap();
        assert!(!view.html.contains("127.0.0.1"), "{}", view.html);
    }
}

/// A feed of `items` served by `server`, subscribed to in a new store, and one offline pass
/// over it with every image kept.
async fn pictures_offline(
    server: &Server,
    items: &str,
) -> (
    support::engine::Env,
    broadsheet_engine::offline::OfflineSummary,
) {
    let rss = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Pics</title>{items}</channel></rss>"#
    );
    server.file("/pics.xml", "application/rss+xml", rss);
    let mut env = env();
    env.subscribe(&server.url("/pics.xml")).await;
    let summary = env.offline(OfflineScope::Due, ImagePolicy::All).await;
    (env, summary)
}

#[tokio::test(flavor = "multi_thread")]
async fn image_downloads_keep_to_the_per_host_limit() {
    let server = Server::start();
    let png = std::fs::read(seed_dir().join("images/csto-meeting.png")).unwrap();
    let (now_serving, most) = (
        std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0)),
        std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0)),
    );
    let (serving, peak) = (now_serving.clone(), most.clone());
    server.route("/pic.png", move |_| {
        use std::sync::atomic::Ordering;
        let at_once = serving.fetch_add(1, Ordering::SeqCst) + 1;
        peak.fetch_max(at_once, Ordering::SeqCst);
        std::thread::sleep(std::time::Duration::from_millis(150));
        serving.fetch_sub(1, Ordering::SeqCst);
        Some(Response::ok("image/png", png.clone()))
    });
    let items: String = (0..30)
        .map(|n| {
            format!(
                "<item><guid>{n}</guid><title>Picture {n}</title><description><![CDATA[<p>Picture {n}</p><img src=\"/pic.png?n={n}\">]]></description></item>"
            )
        })
        .collect();
    let (_env, summary) = pictures_offline(&server, &items).await;
    assert_eq!(summary.images, 30, "{summary:?}");
    let most = most.load(std::sync::atomic::Ordering::SeqCst);
    assert!(
        (2..=support::engine::LIMITS.per_host).contains(&most),
        "{most} images at once from one host"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bookmarks_are_kept_whole_exempt_from_retention_and_exported() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let done = env.subscribe(&server.url("/feed-summary-only.xml")).await;
    // with images for bookmarks only and full text off for the feed, nothing is fetched...
    env.store
        .set_feed_full_text(done.feed_id, Some(false))
        .unwrap();
    let nothing = env.offline(OfflineScope::Due, ImagePolicy::Bookmarks).await;
    assert_eq!((nothing.full_texts, nothing.images), (0, 0));
    // ...until the story is bookmarked: then its page and its figure, at once
    env.store.set_feed_full_text(done.feed_id, None).unwrap();
    let rows = env.list(View::All);
    let csto = rows.iter().find(|r| r.title == CSTO).unwrap().id;
    env.store.set_bookmarked(csto, true).unwrap();
    let kept = env
        .offline(
            OfflineScope::Article {
                id: csto,
                force_full_text: false,
            },
            ImagePolicy::Bookmarks,
        )
        .await;
    assert_eq!((kept.full_texts, kept.images), (1, 1), "{kept:?}");

    // retention removes read articles, never bookmarks
    for row in &rows {
        env.store.set_read(row.id, true).unwrap();
    }
    let images = env.images();
    let purged = broadsheet_engine::offline::apply_retention(
        &mut env.store,
        &images,
        1,
        now() + 10 * 365 * 86400,
        &[],
    )
    .unwrap();
    assert_eq!(purged, 2);
    let view = reader_view(&env.store, csto).unwrap();
    assert!(view.full_text && view.html.contains("Tasmagambetov"));
    let prefix = broadsheet_engine::image_address::IMAGE_URL_PREFIX;
    let hash = &view.html.split(prefix).nth(1).expect("a local image")[..64];
    assert!(
        images.serve(hash).is_ok(),
        "the bookmark's image file stays"
    );
    assert_eq!(env.store.storage_usage().unwrap().images, 1);

    // exports
    let (html, n) = export_bookmarks(&env.store, &images, ExportFormat::Html).unwrap();
    assert_eq!(n, 1);
    assert!(html.contains("data:image/png;base64,"), "image inlined");
    assert!(!html.contains("src=\"http"), "self-contained");
    assert!(html.contains(CSTO) && html.contains("Tasmagambetov"));
    let (md, _) = export_bookmarks(&env.store, &images, ExportFormat::Markdown).unwrap();
    assert!(
        md.contains(&format!("## [{CSTO}]({})", server.url("/article.html"))),
        "{md}"
    );
    assert!(
        md.contains("![CSTO Secretary General meets President Rahmon]("),
        "{md}"
    );
    let (json, _) = export_bookmarks(&env.store, &images, ExportFormat::Json).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed[0]["title"], CSTO);
    assert!(parsed[0]["text"]
        .as_str()
        .unwrap()
        .contains("Tasmagambetov"));

    // unbookmark and clean up: the image file goes
    env.store.set_bookmarked(csto, false).unwrap();
    let gone = env
        .store
        .clear_images(ImageCleanup::AllButBookmarks)
        .unwrap();
    assert_eq!(gone.len(), 1);
    images.remove(&gone).unwrap();
    assert!(images.serve(&gone[0]).is_err());
    assert_eq!(env.store.storage_usage().unwrap().images, 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn load_full_article_on_demand_fails_quietly_into_the_feed_text() {
    let server = Server::start();
    server.seed_story();
    server.route("/news/3.html", |_| Some(Response::status(500)));
    let mut env = env();
    let done = env.subscribe(&server.url("/feed.xml")).await;
    assert!(!env.store.feed(done.feed_id).unwrap().summary_only);
    let panj = env
        .list(View::All)
        .into_iter()
        .find(|r| r.title.starts_with("Tajikistan"))
        .unwrap()
        .id;
    let summary = env
        .offline(
            OfflineScope::Article {
                id: panj,
                force_full_text: true,
            },
            ImagePolicy::All,
        )
        .await;
    assert_eq!(summary.full_text_failures, 1);
    let view = reader_view(&env.store, panj).unwrap();
    assert!(!view.html.trim().is_empty(), "never an empty pane");
    assert!(view.note.unwrap().to_string().contains("HTTP 500"));
}
