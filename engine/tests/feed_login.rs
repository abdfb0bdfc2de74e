//! Feeds behind a sign-in, and servers that turn unknown clients away: HTTP basic and digest
//! answered to the server's challenge, plain errors for a missing or refused sign-in, the
//! sign-in never given to another server after a redirect, the password nowhere but the
//! credential store (here its file stand-in, `secrets/`), and a feed's own User-Agent.

mod support;

use broadsheet_engine::error::FetchError;
use broadsheet_engine::net::login::{Login, BROWSER_USER_AGENT};
use broadsheet_engine::pipeline::feed_access::{self, FeedAccess};
use broadsheet_engine::pipeline::subscribe::{subscribe_with, Subscribed};
use broadsheet_engine::Error;
use support::engine::{env, Env};
use support::{Request, Response, Server};

const PASSWORD: &str = "correct horse 7f3a";

fn feed(base: &str, name: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title><link>{base}/</link>
        <item><title>{name} one</title><link>{base}/{name}/1</link><guid>{name}-1</guid><description>First.</description></item>
        <item><title>{name} two</title><link>{base}/{name}/2</link><guid>{name}-2</guid><description>Second.</description></item>
        </channel></rss>"#
    )
}

fn basic_ok(req: &Request) -> bool {
    // "alice:correct horse 7f3a"
    req.header("authorization") == Some("Basic YWxpY2U6Y29ycmVjdCBob3JzZSA3ZjNh")
}

fn digest_ok(req: &Request) -> bool {
    let Some(sent) = req.header("authorization") else {
        return false;
    };
    let Ok(mut header) = digest_auth::AuthorizationHeader::parse(sent) else {
        return false;
    };
    if header.username != "alice" {
        return false;
    }
    let response = header.response.clone();
    let uri = header.uri.clone();
    header.digest(&digest_auth::AuthContext::new("alice", PASSWORD, &uri));
    header.response == response
}

/// A server whose `/members.xml` answers only alice's basic sign-in.
fn members_site() -> Server {
    let site = Server::start();
    let body = feed(&site.base(), "members");
    site.route("/members.xml", move |req| {
        Some(if basic_ok(req) {
            Response::ok("application/rss+xml", body.clone())
        } else {
            Response::status(401).header("WWW-Authenticate", "Basic realm=\"members\"")
        })
    });
    site
}

/// Subscribes to `url` (outside any folder) with a sign-in or User-Agent.
async fn subscribe_as(
    env: &mut Env,
    url: &str,
    access: &FeedAccess,
) -> broadsheet_engine::error::Result<Subscribed> {
    subscribe_with(&mut env.store, &env.fetcher, url, None, None, access).await
}

fn access(password: &str) -> FeedAccess {
    FeedAccess {
        login: Some(Login {
            user: "alice".into(),
            password: password.into(),
        }),
        user_agent: None,
    }
}

/// Every file under `dir` but `secrets/`, as bytes.
fn files_outside_secrets(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "secrets") {
                    todo.push(path);
                }
            } else if let Ok(bytes) = std::fs::read(&path) {
                out.push((path, bytes));
            }
        }
    }
    out
}

#[tokio::test]
async fn a_feed_behind_a_sign_in_subscribes_refreshes_and_keeps_its_password_to_itself() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let site = members_site();
    let mut env = env();
    let url = site.url("/members.xml");

    // no sign-in, then a wrong one: said plainly, nothing subscribed
    let err = subscribe_as(&mut env, &url, &FeedAccess::default())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Fetch(FetchError::NeedsLogin)), "{err}");
    assert_eq!(err.message().id, "net-needs-login");
    let err = subscribe_as(&mut env, &url, &access("wrong"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Fetch(FetchError::LoginRefused)),
        "{err}"
    );
    assert!(env.store.feeds().unwrap().is_empty());

    // the right one: subscribed, stored, and the next refresh signs in by itself
    let subscribed = subscribe_as(&mut env, &url, &access(PASSWORD))
        .await
        .unwrap();
    assert_eq!(subscribed.articles.new, 2);
    let stored = env.store.feed(subscribed.feed_id).unwrap();
    assert_eq!(stored.login_user.as_deref(), Some("alice"));
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.failed, 0, "{summary:?}");
    let signed: Vec<bool> = site
        .requests_to("/members.xml")
        .iter()
        .map(basic_ok)
        .collect();
    assert_eq!(
        signed,
        [false, false, false, false, true, false, true],
        "each fetch asks plainly first and answers the challenge once"
    );

    // the password is in the credential store's stand-in only: not the database, its log,
    // the search index, an image, nor what --json prints
    for (path, bytes) in files_outside_secrets(env.dir.path()) {
        assert!(
            !bytes
                .windows(PASSWORD.len())
                .any(|w| w == PASSWORD.as_bytes()),
            "the password is in {}",
            path.display()
        );
    }
    let json = serde_json::to_string(&env.store.feeds().unwrap()).unwrap();
    assert!(
        !json.contains(PASSWORD) && json.contains("\"login_user\":\"alice\""),
        "{json}"
    );

    // a password changed on the server: the refresh says so; set again, it works
    feed_access::set_login(
        &env.store,
        subscribed.feed_id,
        Some(&Login {
            user: "alice".into(),
            password: "old".into(),
        }),
    )
    .unwrap();
    env.refresh_all().await;
    assert_eq!(env.problem(subscribed.feed_id), Some("fetch-login-refused"));
    feed_access::set_login(
        &env.store,
        subscribed.feed_id,
        access(PASSWORD).login.as_ref(),
    )
    .unwrap();
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.failed, 0);
    // forgotten: the secret goes and the server's refusal is said as "needs a sign-in"
    feed_access::set_login(&env.store, subscribed.feed_id, None).unwrap();
    assert!(!env
        .dir
        .path()
        .join(format!("secrets/feed-{}.json", subscribed.feed_id))
        .exists());
    env.refresh_all().await;
    assert_eq!(env.problem(subscribed.feed_id), Some("fetch-needs-login"));
}

#[tokio::test]
async fn digest_is_answered_and_a_redirect_elsewhere_gets_no_sign_in() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let site = Server::start();
    let elsewhere = Server::start();
    let base = site.base();
    let body = feed(&base, "digest");
    site.route("/digest.xml", move |req| {
        Some(if digest_ok(req) {
            Response::ok("application/rss+xml", body.clone())
        } else {
            Response::status(401).header(
                "WWW-Authenticate",
                "Digest realm=\"members\", qop=\"auth\", nonce=\"5b1f0c\", opaque=\"a9\", algorithm=MD5",
            )
        })
    });
    // signed in here, then sent to another server (another port is another origin)
    let target = elsewhere.url("/moved.xml");
    site.route("/moving.xml", move |req| {
        Some(if basic_ok(req) {
            Response::redirect(302, &target)
        } else {
            Response::status(401).header("WWW-Authenticate", "Basic realm=\"members\"")
        })
    });
    let elsewhere_body = feed(&elsewhere.base(), "moved");
    elsewhere.route("/moved.xml", move |_| {
        Some(
            Response::ok("application/rss+xml", elsewhere_body.clone())
                .with_status(401)
                .header("WWW-Authenticate", "Basic realm=\"other\""),
        )
    });
    let mut env = env();

    let digest = subscribe_as(&mut env, &site.url("/digest.xml"), &access(PASSWORD))
        .await
        .unwrap();
    assert_eq!(digest.articles.new, 2);

    let err = subscribe_as(&mut env, &site.url("/moving.xml"), &access(PASSWORD))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Fetch(FetchError::NeedsLogin)),
        "the other server's challenge is not answered: {err}"
    );
    assert!(site.requests_to("/moving.xml").iter().any(basic_ok));
    let heard = elsewhere.requests_to("/moved.xml");
    assert_eq!(heard.len(), 1);
    assert_eq!(
        heard[0].header("authorization"),
        None,
        "no sign-in went elsewhere"
    );
}

#[tokio::test]
async fn a_feed_can_ask_as_a_browser_or_as_anything_a_person_names() {
    let site = Server::start();
    let base = site.base();
    let body = feed(&base, "picky");
    site.route("/picky.xml", move |req| {
        Some(
            if req
                .header("user-agent")
                .is_some_and(|a| a.starts_with("Mozilla/5.0"))
            {
                Response::ok("application/rss+xml", body.clone())
            } else {
                Response::status(403)
            },
        )
    });
    let mut env = env();
    let url = site.url("/picky.xml");
    let err = subscribe_as(&mut env, &url, &FeedAccess::default())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("403"), "{err}");
    let as_browser = FeedAccess {
        login: None,
        user_agent: Some("browser".into()),
    };
    let subscribed = subscribe_as(&mut env, &url, &as_browser).await.unwrap();
    assert_eq!(
        env.store
            .feed(subscribed.feed_id)
            .unwrap()
            .user_agent
            .as_deref(),
        Some("browser")
    );
    env.refresh_all().await;
    let agents: Vec<String> = site
        .requests_to("/picky.xml")
        .iter()
        .map(|r| r.header("user-agent").unwrap_or_default().to_string())
        .collect();
    assert_eq!(agents.last().map(String::as_str), Some(BROWSER_USER_AGENT));

    feed_access::set_user_agent(
        &env.store,
        subscribed.feed_id,
        Some("Mozilla/5.0 (MyReader)"),
    )
    .unwrap();
    env.refresh_all().await;
    let last = site.requests_to("/picky.xml").last().cloned().unwrap();
    assert_eq!(last.header("user-agent"), Some("Mozilla/5.0 (MyReader)"));
    let err = feed_access::set_user_agent(&env.store, subscribed.feed_id, Some("two\nlines"))
        .unwrap_err();
    assert_eq!(err.message().id, "error-user-agent");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_signed_in_feeds_pages_and_images_on_its_site_are_fetched_with_its_sign_in() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let site = Server::start();
    let dir = support::seed_dir();
    let base = site.base();
    // the seed story's summary-only feed, its page and its picture, all behind the sign-in
    for (path, ctype) in [
        ("/feed-summary-only.xml", "application/rss+xml"),
        ("/article.html", "text/html; charset=utf-8"),
        ("/images/csto-meeting.png", "image/png"),
    ] {
        let mut body = std::fs::read(dir.join(&path[1..])).unwrap();
        if !ctype.starts_with("image") {
            body = String::from_utf8(body)
                .unwrap()
                .replace("BASE", &base)
                .into_bytes();
        }
        site.route(path, move |req| {
            Some(if basic_ok(req) {
                Response::ok(ctype, body.clone())
            } else {
                Response::status(401).header("WWW-Authenticate", "Basic realm=\"members\"")
            })
        });
    }
    let mut env = env();
    let subscribed = subscribe_as(
        &mut env,
        &site.url("/feed-summary-only.xml"),
        &access(PASSWORD),
    )
    .await
    .unwrap();
    assert!(env.store.feed(subscribed.feed_id).unwrap().summary_only);
    let summary = env
        .offline(
            broadsheet_engine::store::OfflineScope::Due,
            broadsheet_engine::store::ImagePolicy::All,
        )
        .await;
    assert_eq!(
        (summary.full_texts, summary.images),
        (1, 1),
        "the page and its picture, signed in: {summary:?}"
    );
    for path in ["/article.html", "/images/csto-meeting.png"] {
        let asked: Vec<bool> = site.requests_to(path).iter().map(basic_ok).collect();
        assert_eq!(
            asked,
            [false, true],
            "{path}: plainly, then the answer to the challenge"
        );
    }
}

#[tokio::test]
async fn the_password_of_a_feed_unsubscribed_for_good_leaves_the_credential_store() {
    std::env::set_var("BROADSHEET_SECRETS", "file");
    let site = members_site();
    let mut env = env();
    let id = subscribe_as(&mut env, &site.url("/members.xml"), &access(PASSWORD))
        .await
        .unwrap()
        .feed_id;
    let secret = env.dir.path().join(format!("secrets/feed-{id}.json"));
    assert!(secret.exists());
    let now = broadsheet_engine::model::now();
    env.store.unsubscribe(id, now).unwrap();
    // within the undo time the sign-in stays: an undo brings the feed back whole
    assert_eq!(feed_access::forget_dropped_logins(&env.store).unwrap(), 0);
    assert!(secret.exists());
    env.store
        .finalize_undo(now + broadsheet_engine::store::UNDO_WINDOW_SECS + 1)
        .unwrap();
    assert_eq!(feed_access::forget_dropped_logins(&env.store).unwrap(), 1);
    assert!(!secret.exists(), "the password went with the feed");
    assert_eq!(feed_access::forget_dropped_logins(&env.store).unwrap(), 0);
}
