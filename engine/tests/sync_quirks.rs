//! Sync against servers that are not FreshRSS: Miniflux's documented differences, with
//! answers shaped as its source writes them (internal/googlereader/response.go: continuations
//! as a quoted offset, numeric user ids in stream ids, `feed/<id>` streams, POSTs checked by
//! `T`), and servers that misbehave (garbage, HTML, 500s, a body over 10 MiB, continuations
//! that never end, ids that do not exist): a clear error, bounded work, nothing local lost.

mod support;

use std::sync::{Arc, Mutex};

use broadsheet_engine::model::{now, View};
use broadsheet_engine::sync::greader::account::add_account;
use broadsheet_engine::sync::greader::client::{IDS_PER_PAGE, MAX_IDS};
use broadsheet_engine::sync::SyncEvent;
use broadsheet_engine::Store;
use support::{Request, Response, Server};

const API: &str = "/v1/reader";

/// A POST the server received: (endpoint, form fields).
type Posted = (String, Vec<(String, String)>);

fn json(body: &str) -> Option<Response> {
    Some(Response::ok("application/json", body.to_string()))
}

fn form(req: &Request) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&req.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn query(req: &Request) -> Vec<(String, String)> {
    url::form_urlencoded::parse(req.query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn param(pairs: &[(String, String)], key: &str) -> Option<String> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
}

/// A server that signs in and hands out a token; each test routes the rest.
fn server() -> Server {
    let s = Server::start();
    s.route(&format!("{API}/accounts/ClientLogin"), |req| {
        let f = form(req);
        if param(&f, "Passwd").as_deref() == Some("secret") {
            Some(Response::ok(
                "text/plain",
                "SID=alice/9\nLSID=alice/9\nAuth=alice/9\n",
            ))
        } else {
            Some(Response::ok("text/plain", "Unauthorized").with_status(401))
        }
    });
    s.route(&format!("{API}/reader/api/0/token"), |req| {
        if req.header("authorization") == Some("GoogleLogin auth=alice/9") {
            Some(Response::ok("text/plain", "tok9"))
        } else {
            Some(Response::status(401))
        }
    });
    s
}

fn miniflux_item(id: i64, starred: bool) -> String {
    let star = if starred {
        r#","user/1/state/com.google/starred""#
    } else {
        ""
    };
    format!(
        r#"{{"id":"tag:google.com,2005:reader/item/{id:016x}","categories":["user/1/state/com.google/reading-list","user/1/label/News"{star}],
        "title":"Story {id}","crawlTimeMsec":"1795900000000","timestampUsec":"1795900000000000","published":1795900000,"updated":1795900000,
        "author":"Desk","alternate":[{{"href":"http://127.0.0.1:9/s/{id}","type":"text/html"}}],
        "summary":{{"direction":"ltr","content":""}},"content":{{"direction":"ltr","content":"<p>Body of story {id}.</p><script>alert(1)</script>"}},
        "origin":{{"streamId":"feed/7","title":"Mini","htmlUrl":"http://127.0.0.1:9/"}},"enclosure":[],"canonical":[{{"href":"http://127.0.0.1:9/s/{id}"}}]}}"#
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn miniflux_shaped_answers_sync_right() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let s = server();
    let posts: Arc<Mutex<Vec<Posted>>> = Arc::default();
    s.route(&format!("{API}/reader/api/0/subscription/list"), |_| {
        json(
            r#"{"subscriptions":[{"id":"feed/7","title":"Mini","categories":[{"id":"user/1/label/News","label":"News","type":"folder"}],
               "url":"http://127.0.0.1:9/mini.xml","htmlUrl":"http://127.0.0.1:9/","iconUrl":""}]}"#,
        )
    });
    s.route(&format!("{API}/reader/api/0/stream/items/ids"), |req| {
        let q = query(req);
        let stream = param(&q, "s").unwrap_or_default();
        if stream == "user/-/state/com.google/starred" {
            return json(r#"{"itemRefs":[{"id":"3"}]}"#);
        }
        // offsets as continuations, quoted (Go's `int ... ,string`)
        match param(&q, "c").as_deref() {
            None => json(r#"{"itemRefs":[{"id":"1"},{"id":"2"}],"continuation":"2"}"#),
            Some("2") => json(r#"{"itemRefs":[{"id":"3"}]}"#),
            _ => json(r#"{"itemRefs":[]}"#),
        }
    });
    let p = posts.clone();
    s.route(
        &format!("{API}/reader/api/0/stream/items/contents"),
        move |req| {
            let f = form(req);
            p.lock().unwrap().push(("contents".into(), f.clone()));
            if param(&f, "T").as_deref() != Some("tok9") {
                return Some(Response::status(401));
            }
            let items: Vec<String> = f
                .iter()
                .filter(|(k, _)| k == "i")
                .map(|(_, v)| {
                    let id = i64::from_str_radix(v.rsplit('/').next().unwrap(), 16).unwrap();
                    miniflux_item(id, id == 3)
                })
                .collect();
            json(&format!(
                r#"{{"direction":"ltr","id":"user/-/state/com.google/reading-list","items":[{}]}}"#,
                items.join(",")
            ))
        },
    );
    let p = posts.clone();
    s.route(&format!("{API}/reader/api/0/edit-tag"), move |req| {
        let f = form(req);
        p.lock().unwrap().push(("edit-tag".into(), f.clone()));
        if param(&f, "T").as_deref() != Some("tok9") {
            return Some(Response::status(401));
        }
        Some(Response::ok("text/plain", "OK"))
    });

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let account = add_account(&mut store, dir.path(), &s.url(API), "alice", "secret")
        .await
        .unwrap();
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(summary.sync_failed, 0, "{summary:?}");
    let feeds = store.feeds().unwrap();
    assert_eq!(feeds.len(), 1);
    assert_eq!(
        feeds[0].folder.as_deref(),
        Some("News"),
        "user/1/label/News is a folder"
    );
    assert_eq!(feeds[0].account_id, account.id);
    let list = store
        .articles(&broadsheet_engine::model::ArticleQuery {
            view: View::All,
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(list.len(), 3, "both pages of ids were followed");
    assert!(list.iter().all(|a| !a.read));
    let starred: Vec<_> = list.iter().filter(|a| a.bookmarked).collect();
    assert_eq!(starred.len(), 1);
    assert_eq!(starred[0].title, "Story 3");
    // the content is stored as sent, and shown sanitized
    let view = broadsheet_engine::reading::reader::reader_view(&store, list[0].id).unwrap();
    assert!(view.html.contains("Body of story"));
    assert!(!view.html.contains("<script"), "{}", view.html);

    // a read here goes out in the long form, with T
    let one = list.iter().find(|a| a.title == "Story 1").unwrap();
    store.set_read(one.id, true).unwrap();
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(summary.syncs[0].states_sent, 1);
    let posts = posts.lock().unwrap();
    let edit = posts.iter().find(|(k, _)| k == "edit-tag").unwrap();
    assert_eq!(
        param(&edit.1, "i").as_deref(),
        Some("tag:google.com,2005:reader/item/0000000000000001")
    );
    assert_eq!(
        param(&edit.1, "a").as_deref(),
        Some("user/-/state/com.google/read")
    );
    assert!(posts
        .iter()
        .all(|(_, f)| param(f, "T").as_deref() == Some("tok9")));
    let log = s.log.lock().unwrap();
    assert!(log
        .iter()
        .filter(|r| r.path.contains("/reader/api/0/"))
        .all(|r| r.header("authorization") == Some("GoogleLogin auth=alice/9")));
}

/// A store with a local feed and a bookmark, and an account on `s`.
async fn store_with_an_account(s: &Server) -> (tempfile::TempDir, Store, i64) {
    let (dir, mut store, feed) = support::engine::store_with_feed("http://127.0.0.1:9/local.xml");
    support::insert_article(&mut store, feed, "Kept", "http://127.0.0.1:9/kept");
    let article = store
        .articles(&Default::default())
        .unwrap()
        .first()
        .map(|a| a.id)
        .unwrap();
    store.set_bookmarked(article, true).unwrap();
    add_account(&mut store, dir.path(), &s.url(API), "alice", "secret")
        .await
        .unwrap();
    (dir, store, article)
}

fn assert_nothing_lost(store: &Store, bookmark: i64) {
    assert!(store.article(bookmark).unwrap().bookmarked);
    assert_eq!(store.feeds().unwrap().len(), 1);
    assert_eq!(store.integrity_check().unwrap(), Ok(()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_misbehaving_server_costs_nothing_local() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let big = "x".repeat(11 * 1024 * 1024);
    let cases: Vec<(&str, Response, &str)> = vec![
        (
            "garbage",
            Response::ok("application/json", "{\"subscriptions\": [tru"),
            "could not be read",
        ),
        (
            "HTML",
            Response::ok(
                "text/html",
                "<!doctype html><title>Sign in</title><p>Welcome",
            ),
            "could not be read",
        ),
        (
            "an empty list where an object belongs",
            Response::ok("application/json", "[]"),
            "could not be read",
        ),
        (
            "a 500",
            Response::ok("text/plain", "boom").with_status(500),
            "HTTP 500",
        ),
        (
            "11 MiB",
            Response::ok("application/json", big.clone()),
            "larger than",
        ),
    ];
    for (name, response, says) in cases {
        let s = server();
        let response = Arc::new(Mutex::new(Some(response)));
        s.route(
            &format!("{API}/reader/api/0/subscription/list"),
            move |_| {
                let r = response.lock().unwrap();
                let r = r.as_ref().unwrap();
                Some(Response {
                    status: r.status,
                    headers: r.headers.clone(),
                    body: r.body.clone(),
                    byte_delay: None,
                    cut_after: None,
                })
            },
        );
        let (dir, mut store, bookmark) = store_with_an_account(&s).await;
        let (summary, events) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
        assert_eq!(summary.sync_failed, 1, "{name}");
        let error = events
            .iter()
            .find_map(|e| match e {
                SyncEvent::SyncFailed { error, .. } => Some(error.clone()),
                _ => None,
            })
            .unwrap();
        assert!(error.to_string().contains(says), "{name}: {error}");
        assert_nothing_lost(&store, bookmark);
        let account = store.accounts().unwrap().pop().unwrap();
        assert_eq!(
            account.last_sync_error,
            Some(error),
            "stored as it was said"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_continuations_and_missing_items_are_bounded() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let s = server();
    s.route(&format!("{API}/reader/api/0/subscription/list"), |_| {
        json(r#"{"subscriptions":[]}"#)
    });
    let page = Arc::new(Mutex::new(0i64));
    let p = page.clone();
    s.route(&format!("{API}/reader/api/0/stream/items/ids"), move |_| {
        // a new page of new ids, and another continuation, forever
        let mut n = p.lock().unwrap();
        *n += 1;
        let base = *n * IDS_PER_PAGE as i64;
        let refs: Vec<String> = (0..IDS_PER_PAGE as i64)
            .map(|i| format!("{{\"id\":\"{}\"}}", base + i))
            .collect();
        json(&format!(
            r#"{{"itemRefs":[{}],"continuation":"{}"}}"#,
            refs.join(","),
            *n
        ))
    });
    let (dir, mut store, bookmark) = store_with_an_account(&s).await;
    let (summary, events) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(summary.sync_failed, 1);
    assert!(events
        .iter()
        .any(|e| matches!(e, SyncEvent::SyncFailed { error, .. } if error.to_string().contains("more than"))));
    let pages = *page.lock().unwrap() as usize;
    assert!(pages <= MAX_IDS / IDS_PER_PAGE + 1, "{pages} pages");
    assert_nothing_lost(&store, bookmark);

    // ids the server lists but cannot give: asked for once per sync, nothing stored
    let s = server();
    s.route(&format!("{API}/reader/api/0/subscription/list"), |_| {
        json(r#"{"subscriptions":[]}"#)
    });
    s.route(&format!("{API}/reader/api/0/stream/items/ids"), |_| {
        json(r#"{"itemRefs":[{"id":"11"},{"id":"12"},{"id":"bogus"}]}"#)
    });
    s.route(&format!("{API}/reader/api/0/stream/items/contents"), |_| {
        json(r#"{"items":[{"id":"not an id"},{"title":"no id at all"},7]}"#)
    });
    let (dir, mut store, bookmark) = store_with_an_account(&s).await;
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(summary.sync_failed, 0, "{summary:?}");
    assert_eq!(summary.syncs[0].new_articles, 0);
    assert_eq!(
        s.requests_to(&format!("{API}/reader/api/0/stream/items/contents"))
            .len(),
        1
    );
    assert_nothing_lost(&store, bookmark);
    assert!(now() > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_names_the_api_turned_off_and_a_failed_secure_connection() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    // FreshRSS with its API turned off answers 503 "Service Unavailable!"
    let s = Server::start();
    s.route(&format!("{API}/accounts/ClientLogin"), |_| {
        Some(Response::ok("text/plain", "Service Unavailable!").with_status(503))
    });
    let err = add_account(&mut store, dir.path(), &s.url(API), "alice", "secret")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            broadsheet_engine::Error::Sync(broadsheet_engine::sync::SyncError::ApiDisabled)
        ),
        "{err}"
    );
    assert!(err.to_string().contains("API is turned off"), "{err}");
    // https:// to a server that speaks plain HTTP: the secure connection fails, and says so
    let https = s.url(API).replace("http://", "https://");
    let err = add_account(&mut store, dir.path(), &https, "alice", "secret")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            broadsheet_engine::Error::Sync(broadsheet_engine::sync::SyncError::Tls(_))
        ),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("secure connection to the server failed"),
        "{err}"
    );
    assert_eq!(store.accounts().unwrap().len(), 1, "nothing was added");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsubscribe_the_server_refuses_as_unknown_is_done_not_sent_forever() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let s = server();
    let lists = Arc::new(Mutex::new(0));
    let l = lists.clone();
    s.route(&format!("{API}/reader/api/0/subscription/list"), move |_| {
        // listed at the first sync; gone (unsubscribed on the phone) after
        let mut n = l.lock().unwrap();
        *n += 1;
        if *n == 1 {
            json(r#"{"subscriptions":[{"id":"feed/7","title":"Mini","categories":[],"url":"http://127.0.0.1:9/mini.xml"}]}"#)
        } else {
            json(r#"{"subscriptions":[]}"#)
        }
    });
    s.route(&format!("{API}/reader/api/0/stream/items/ids"), |_| {
        json(r#"{"itemRefs":[]}"#)
    });
    s.route(&format!("{API}/reader/api/0/subscription/edit"), |_| {
        Some(Response::ok("text/plain", "no such feed").with_status(400))
    });
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let account = add_account(&mut store, dir.path(), &s.url(API), "alice", "secret")
        .await
        .unwrap();
    support::engine::sync_accounts(&mut store, dir.path(), false).await;
    let feed = store.feeds().unwrap()[0].id;
    store.remove_feed(feed).unwrap();
    assert_eq!(store.pending_feed_changes(account.id).unwrap().len(), 1);
    let (summary, _) = support::engine::sync_accounts(&mut store, dir.path(), false).await;
    assert_eq!(summary.sync_failed, 0, "{summary:?}");
    assert_eq!(summary.syncs[0].feed_changes_sent, 1);
    assert!(summary.syncs[0].errors.is_empty(), "{summary:?}");
    assert!(store.pending_feed_changes(account.id).unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_is_found_from_the_servers_web_address_and_its_password_stays_on_that_host() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    // Miniflux answers at its root; FreshRSS's path here is a web page that turns strangers away
    let s = Server::start();
    s.route("/accounts/ClientLogin", |req| {
        if param(&form(req), "Passwd").as_deref() == Some("secret") {
            Some(Response::ok("text/plain", "Auth=alice/9\n"))
        } else {
            Some(
                Response::ok(
                    "application/json",
                    r#"{"error_message":"Access Unauthorized"}"#,
                )
                .with_status(401),
            )
        }
    });
    s.route("/reader/api/0/token", |_| {
        Some(Response::ok("text/plain", "tok9"))
    });
    s.route("/unread", |_| {
        Some(Response::ok(
            "text/html",
            "<!DOCTYPE html><title>Unread</title>",
        ))
    });
    s.route("/api/greader.php/accounts/ClientLogin", |_| {
        Some(Response::ok("text/html", "<!DOCTYPE html><title>Sign in</title>").with_status(403))
    });
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();

    let err = add_account(&mut store, dir.path(), &s.url("/unread"), "alice", "wrong")
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            broadsheet_engine::Error::Sync(broadsheet_engine::sync::SyncError::BadLogin)
        ),
        "the API found refused the password, not the web page: {err}"
    );
    let account = add_account(
        &mut store,
        dir.path(),
        &s.url("/unread?x=1"),
        "alice",
        "secret",
    )
    .await
    .unwrap();
    assert_eq!(account.server_url.as_deref(), Some(s.base().as_str()));
    let tried: Vec<usize> = [
        "/unread/accounts/ClientLogin",
        "/unread/api/greader.php/accounts/ClientLogin",
        "/api/greader.php/accounts/ClientLogin",
        "/accounts/ClientLogin",
    ]
    .iter()
    .map(|p| s.requests_to(p).len())
    .collect();
    assert_eq!(
        tried,
        [2, 2, 2, 2],
        "each address tried once per sign-in, in order"
    );

    // a sign-in redirected to another server is not followed: the password stays here
    let elsewhere = Server::start();
    elsewhere.route("/accounts/ClientLogin", |_| {
        Some(Response::ok("text/plain", "Auth=x\n"))
    });
    let redirecting = Server::start();
    let target = elsewhere.url("/accounts/ClientLogin");
    redirecting.route("/accounts/ClientLogin", move |_| {
        Some(Response::redirect(307, &target))
    });
    let err = add_account(
        &mut store,
        dir.path(),
        &redirecting.base(),
        "alice",
        "secret",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            err,
            broadsheet_engine::Error::Sync(broadsheet_engine::sync::SyncError::NotGreader(_))
        ),
        "{err}"
    );
    assert!(
        elsewhere.log.lock().unwrap().is_empty(),
        "the other server heard nothing"
    );
    assert_eq!(
        store.accounts().unwrap().len(),
        2,
        "this computer's and the one added"
    );
}
