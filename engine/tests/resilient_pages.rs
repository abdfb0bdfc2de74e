//! Article pages that must not hurt: a page built to overflow a stack is read within bounds
//! and the pass goes on; a page that fails is retried with back-off, then given up with the
//! note, and never fetched at every refresh; an attempt interrupted by a crash counts; a
//! network behind a sign-in page stores nothing and is said; nothing good is replaced by
//! something worse.

mod support;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use broadsheet_engine::model::{now, View};
use broadsheet_engine::offline::OfflineSummary;
use broadsheet_engine::reading::reader::reader_view;
use broadsheet_engine::store::{ImagePolicy, OfflineScope, MAX_FULL_TEXT_ATTEMPTS};
use broadsheet_engine::Store;
use support::engine::{env, Env};
use support::{Response, Server};

fn one_item_feed(server: &Server, feed: &str, page: &str, title: &str) {
    server.file(
        feed,
        "application/rss+xml",
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
             <item><title>{title}</title><link>{}</link><guid>{feed}</guid>\
             <description>A short summary of {title} from the feed itself.</description></item>\
             </channel></rss>",
            server.url(page)
        ),
    );
}

async fn subscribed(env: &mut Env, url: &str) -> i64 {
    let id = env.add(url);
    env.store.set_feed_full_text(id, Some(true)).unwrap();
    env.refresh_all().await;
    id
}

async fn pass(env: &mut Env) -> OfflineSummary {
    env.offline(OfflineScope::Due, ImagePolicy::All).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_of_forty_thousand_nested_lists_ends_in_the_note_and_is_not_fetched_again() {
    let server = Server::start();
    one_item_feed(&server, "/trap.xml", "/trap.html", "Quiet story");
    server.file(
        "/trap.html",
        "text/html",
        support::nested_lists_page(40_000),
    );
    let mut env = env();
    subscribed(&mut env, &server.url("/trap.xml")).await;
    let summary = pass(&mut env).await;
    assert_eq!(
        (summary.full_texts, summary.full_text_failures),
        (0, 1),
        "{summary:?}"
    );
    let id = env.list(View::All)[0].id;
    let view = reader_view(&env.store, id).unwrap();
    assert!(!view.full_text);
    assert!(view.html.contains("from the feed itself"), "{}", view.html);
    let note = view.note.expect("a note");
    // the page came; what it holds is no article
    assert!(
        note.to_string().contains("could not be extracted"),
        "{note}"
    );
    assert_eq!(note.id, "reader-not-extracted");

    // the next pass does not fetch it again: it backs off
    pass(&mut env).await;
    assert_eq!(server.requests_to("/trap.html").len(), 1);
}

#[test]
fn attempts_back_off_survive_a_crash_and_end_in_giving_up() {
    let dir = tempfile::tempdir().unwrap();
    let t = now();
    let id = {
        let store = Store::open_in(dir.path()).unwrap();
        let feed = store
            .add_feed(&broadsheet_engine::store::NewFeed {
                url: "http://127.0.0.1:9/f.xml".into(),
                ..Default::default()
            })
            .unwrap()
            .id();
        store.set_feed_full_text(feed, Some(true)).unwrap();
        let mut store = store;
        support::insert_article(&mut store, feed, "Story", "http://127.0.0.1:9/story.html");
        let todo = store.full_text_todo(OfflineScope::Due, t).unwrap();
        assert_eq!(todo.len(), 1);
        // the attempt is committed, then the process dies while extracting
        store.claim_full_text(todo[0].id, t).unwrap();
        todo[0].id
    };
    let mut store = Store::open_in(dir.path()).unwrap();
    assert!(
        store
            .full_text_todo(OfflineScope::Due, t)
            .unwrap()
            .is_empty(),
        "backs off"
    );
    assert_eq!(
        store
            .full_text_todo(OfflineScope::Due, t + 1801)
            .unwrap()
            .len(),
        1
    );
    for attempt in 2..=MAX_FULL_TEXT_ATTEMPTS {
        store.claim_full_text(id, t + attempt * 86_400).unwrap();
    }
    assert!(
        store
            .full_text_todo(OfflineScope::Due, t + 365 * 86_400)
            .unwrap()
            .is_empty(),
        "given up after {MAX_FULL_TEXT_ATTEMPTS} attempts"
    );
    let note = reader_view(&store, id).unwrap().note.expect("a note");
    assert!(
        note.to_string().contains("could not be processed"),
        "{note}"
    );
    assert_eq!(note.why.id, "page-unprocessed");
}

fn sign_in_page(requested: &str) -> String {
    format!(
        "<html><head><title>Welcome to the Wi-Fi</title></head><body><main><h1>Welcome</h1>\
         <p>To continue browsing the internet, please accept the terms and conditions of our \
         free wireless network service below. By clicking Connect you agree to our acceptable \
         use policy and to everything else that a long paragraph of terms can say.</p>\
         <form action=\"/login\"><input type=hidden name=next value=\"{requested}\">\
         <button>Connect</button></form></main></body></html>"
    )
}

/// A site whose pages a switch turns into the sign-in page (every path).
fn site(portal: &Arc<AtomicBool>, story: &str) -> Server {
    site_behind(portal, story, None)
}

/// The same, but behind the switch every request is redirected to `login` (a portal's own
/// sign-in address) instead of being answered in place.
fn site_behind(portal: &Arc<AtomicBool>, story: &str, login: Option<String>) -> Server {
    let server = Server::start();
    let (on, base, title) = (portal.clone(), server.base(), story.to_string());
    server.route("/feed.xml", move |req| {
        if on.load(Ordering::SeqCst) {
            return Some(Response::ok(
                "text/html",
                sign_in_page(&format!("{base}{}", req.path)),
            ));
        }
        Some(Response::ok(
            "application/rss+xml",
            format!(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
                 <item><title>{title}</title><link>{base}/story.html</link><guid>{title}</guid>\
                 <description>A short summary of {title} from the feed itself.</description></item>\
                 </channel></rss>"
            ),
        ))
    });
    let (on, base, story) = (portal.clone(), server.base(), story.to_string());
    let to_login = login.clone();
    server.route("/story.html", move |req| {
        if let (true, Some(login)) = (on.load(Ordering::SeqCst), &to_login) {
            return Some(Response::redirect(302, login));
        }
        let page = if on.load(Ordering::SeqCst) {
            sign_in_page(&format!("{base}{}", req.path))
        } else {
            format!(
                "<html><head><title>{story}</title></head><body><article><h1>{story}</h1>\
                 <p>The whole of {story}, told at the length a real article has, with enough \
                 words in it for the extractor to see an article and not a fragment.</p>\
                 <p>A second paragraph of {story}, so the page reads like one.</p>\
                 <img src=\"/lead.png\" alt=\"\"></article></body></html>"
            )
        };
        Some(Response::ok("text/html", page))
    });
    let on = portal.clone();
    let png = std::fs::read(support::seed_dir().join("images/csto-meeting.png")).unwrap();
    server.route("/lead.png", move |_| {
        if let (true, Some(login)) = (on.load(Ordering::SeqCst), &login) {
            return Some(Response::redirect(302, login));
        }
        Some(if on.load(Ordering::SeqCst) {
            Response::ok("text/html", sign_in_page("/lead.png"))
        } else {
            Response::ok("image/png", png.clone())
        })
    });
    server
}

#[tokio::test(flavor = "multi_thread")]
async fn behind_a_sign_in_page_nothing_is_stored_and_afterwards_everything_is() {
    let portal = Arc::new(AtomicBool::new(false));
    let (a, b) = (site(&portal, "Alpha story"), site(&portal, "Beta story"));
    let mut env = env();
    subscribed(&mut env, &a.url("/feed.xml")).await;
    subscribed(&mut env, &b.url("/feed.xml")).await;

    portal.store(true, Ordering::SeqCst);
    let summary = pass(&mut env).await;
    assert!(summary.portal, "{summary:?}");
    assert_eq!((summary.full_texts, summary.images), (0, 0), "{summary:?}");
    for row in env.list(View::All) {
        let view = reader_view(&env.store, row.id).unwrap();
        assert!(!view.full_text && view.note.is_none(), "{view:?}");
        assert!(!view.html.contains("Wi-Fi"));
    }
    assert!(env.store.search("wireless", 5).unwrap().is_empty());

    portal.store(false, Ordering::SeqCst);
    let summary = pass(&mut env).await;
    assert!(!summary.portal);
    assert_eq!(summary.full_texts, 2, "{summary:?}");
    assert_eq!(summary.images, 2, "{summary:?}");
    for row in env.list(View::All) {
        let view = reader_view(&env.store, row.id).unwrap();
        assert!(
            view.full_text && view.html.contains("The whole of"),
            "{view:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn feeds_behind_a_sign_in_page_are_not_marked_failing() {
    let portal = Arc::new(AtomicBool::new(false));
    let (a, b) = (site(&portal, "Alpha story"), site(&portal, "Beta story"));
    let mut env = env();
    let fa = subscribed(&mut env, &a.url("/feed.xml")).await;
    let fb = subscribed(&mut env, &b.url("/feed.xml")).await;
    portal.store(true, Ordering::SeqCst);
    let (summary, events) = env.refresh_all().await;
    assert!(summary.portal, "{summary:?}");
    assert!(events.iter().any(|e| matches!(e,
        broadsheet_engine::pipeline::refresh::RefreshEvent::Failed { network: true, error, .. }
            if error.contains("sign in"))));
    for feed in [fa, fb] {
        let f = env.store.feed(feed).unwrap();
        assert_eq!(f.last_error, None, "{f:?}");
        assert_eq!(
            f.url,
            if feed == fa {
                a.url("/feed.xml")
            } else {
                b.url("/feed.xml")
            }
        );
    }
    // one broken site alone is a broken feed, as before
    portal.store(false, Ordering::SeqCst);
    let broken = Server::start();
    broken.file(
        "/feed.xml",
        "text/html",
        "<html><body>a web page</body></html>",
    );
    let fc = env.add(&broken.url("/feed.xml"));
    let (summary, _) = env.refresh_all().await;
    assert!(!summary.portal);
    assert!(env.store.feed(fc).unwrap().last_error.is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_that_is_not_the_article_keeps_the_feed_text_and_a_stored_full_text_stays() {
    let portal = Arc::new(AtomicBool::new(false));
    let a = site(&portal, "Alpha story");
    let mut env = env();
    subscribed(&mut env, &a.url("/feed.xml")).await;
    portal.store(true, Ordering::SeqCst);
    // one site behind the sign-in page: the pass cannot tell it from a broken site, but the
    // page is not the item's article, so nothing is replaced and it is tried again later
    let summary = pass(&mut env).await;
    assert_eq!(summary.full_text_failures, 1, "{summary:?}");
    let id = env.list(View::All)[0].id;
    let view = reader_view(&env.store, id).unwrap();
    assert!(!view.full_text && view.html.contains("from the feed itself"));
    assert!(view.note.unwrap().to_string().contains("not this article"));

    // an image answered with a web page is tried again later, not refused for good
    assert_eq!(summary.images, 0);
    portal.store(false, Ordering::SeqCst);
    let page = env.store.known_images(&[a.url("/lead.png")]).unwrap();
    assert!(page.is_empty(), "not recorded: {page:?}");

    // once the real page is stored, a later bad fetch (forced, as the f key does) keeps it
    portal.store(false, Ordering::SeqCst);
    let force = OfflineScope::Article {
        id,
        force_full_text: true,
    };
    env.offline(force, ImagePolicy::All).await;
    assert!(reader_view(&env.store, id).unwrap().full_text);
    portal.store(true, Ordering::SeqCst);
    let summary = env.offline(force, ImagePolicy::All).await;
    assert_eq!(summary.full_text_failures, 1);
    let view = reader_view(&env.store, id).unwrap();
    assert!(
        view.full_text && view.html.contains("The whole of"),
        "{view:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_portal_that_redirects_everything_to_its_login_is_recognised_too() {
    let portal = Arc::new(AtomicBool::new(false));
    let login_server = Server::start();
    login_server.route("/login", |_| {
        Some(Response::ok("text/html", sign_in_page("anything")))
    });
    let login = Some(login_server.url("/login?from=portal"));
    let a = site_behind(&portal, "Alpha story", login.clone());
    let b = site_behind(&portal, "Beta story", login);
    let mut env = env();
    let fa = subscribed(&mut env, &a.url("/feed.xml")).await;
    subscribed(&mut env, &b.url("/feed.xml")).await;
    // the pages were fetched at once; make them due again, as new articles would be
    env.store.release_full_text(1).unwrap();
    env.store.release_full_text(2).unwrap();
    portal.store(true, Ordering::SeqCst);
    let (summary, _) = env.refresh_all().await;
    assert!(summary.portal, "{summary:?}");
    let feed = env.store.feed(fa).unwrap();
    assert_eq!(
        (feed.last_error, feed.url),
        (None, a.url("/feed.xml")),
        "not failing, not moved"
    );
    let summary = pass(&mut env).await;
    assert!(summary.portal, "{summary:?}");
    assert_eq!((summary.full_texts, summary.full_text_failures), (0, 0));
    for row in env.list(View::All) {
        let view = reader_view(&env.store, row.id).unwrap();
        assert!(
            !view.html.contains("Wi-Fi") && view.note.is_none(),
            "{view:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_feed_sent_to_a_login_elsewhere_is_a_portal_and_a_moved_feed_is_not() {
    let login_server = Server::start();
    login_server.route("/login", |_| {
        Some(Response::ok("text/html", sign_in_page("x")))
    });
    let login = login_server.url("/login");
    let site = Server::start();
    let to_login = login.clone();
    site.route("/feed.xml", move |_| {
        Some(Response::redirect(302, &to_login))
    });
    let moved = Server::start();
    let new_home = login_server.url("/home");
    login_server.route("/home", |_| {
        Some(Response::ok(
            "text/html",
            "<html><body>Our new site</body></html>",
        ))
    });
    moved.route("/feed.xml", move |_| {
        Some(Response::redirect(301, &new_home))
    });

    let mut env = env();
    let f = env.add(&site.url("/feed.xml"));
    let (summary, _) = env.refresh_all().await;
    assert!(summary.portal, "{summary:?}");
    assert_eq!(env.store.feed(f).unwrap().last_error, None);

    // a site that moved for good to a page that is not a feed: a broken feed, said so
    let mut env = support::engine::env();
    let m = env.add(&moved.url("/feed.xml"));
    let (summary, _) = env.refresh_all().await;
    assert!(!summary.portal, "{summary:?}");
    assert!(env.store.feed(m).unwrap().last_error.is_some());
}
