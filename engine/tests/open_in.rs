//! Where a feed's articles open: the feed's own choice, else the `open_articles` setting; the
//! reader's view of an article says which, and a bad setting is refused.

mod support;

use broadsheet_engine::model::{OpenIn, View};
use broadsheet_engine::reading::reader::reader_view;
use support::engine::env;
use support::Server;

#[tokio::test]
async fn an_article_opens_where_its_feed_says_else_where_the_setting_says() {
    let site = Server::start();
    site.seed_story();
    let mut env = env();
    let feed = env.subscribe(&site.url("/feed.xml")).await.feed_id;
    let article = env.list(View::All)[0].id;
    let open_in = |env: &support::engine::Env| reader_view(&env.store, article).unwrap().open_in;

    assert_eq!(
        open_in(&env),
        OpenIn::Reader,
        "the reader unless someone chose"
    );
    env.store.set_setting("open_articles", "browser").unwrap();
    assert_eq!(open_in(&env), OpenIn::Browser);
    env.store
        .set_feed_open_in(feed, Some(OpenIn::Inside))
        .unwrap();
    assert_eq!(open_in(&env), OpenIn::Inside, "the feed's own choice wins");
    assert_eq!(env.store.feed(feed).unwrap().open_in, Some(OpenIn::Inside));
    // its page runs no script unless allowed for this feed
    let scripts =
        |env: &support::engine::Env| reader_view(&env.store, article).unwrap().page_scripts;
    assert!(!scripts(&env));
    env.store.set_feed_page_scripts(feed, true).unwrap();
    assert!(scripts(&env) && env.store.feed(feed).unwrap().page_scripts);
    env.store.set_feed_page_scripts(feed, false).unwrap();
    assert!(!scripts(&env));
    assert!(env.store.set_feed_page_scripts(feed + 100, true).is_err());
    env.store.set_feed_open_in(feed, None).unwrap();
    assert_eq!(open_in(&env), OpenIn::Browser, "back to the default");

    let err = env.store.set_setting("open_articles", "tab").unwrap_err();
    assert!(err.to_string().contains("reader"), "{err}");
    assert_eq!(env.store.settings().unwrap().open_articles, OpenIn::Browser);
}
