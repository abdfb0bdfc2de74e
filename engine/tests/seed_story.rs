//! The seed story end to end through the engine: subscribe, read, search, bookmark, RTL.

mod support;

use broadsheet_engine::model::View;
use broadsheet_engine::pipeline::subscribe::subscribe;
use support::engine::env;
use support::Server;

#[tokio::test(flavor = "multi_thread")]
async fn subscribing_to_the_seed_feed_stores_its_three_articles() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let done = env.subscribe(&server.url("/feed.xml")).await;
    assert!(done.new);
    assert_eq!(done.title, "Khaama Press");
    assert_eq!(done.articles.new, 3);

    let rows = env.list(View::All);
    let titles: Vec<_> = rows.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "CSTO expresses concern over increasing threats from Northern Afghanistan provinces",
            "Tajikistan to strengthen border posts along the Panj river",
            "Uzbekistan and Afghanistan sign rail transit memorandum"
        ]
    );
    let csto = env.store.article(rows[0].id).unwrap();
    assert_eq!(csto.author.as_deref(), Some("Khaama Press"));
    assert_eq!(csto.url, Some(server.url("/article.html")));
    assert_eq!(csto.published_at, 1_713_259_800);
    assert!(csto.content.unwrap().contains("Imangali Tasmagambetov"));
    assert!(rows[0].excerpt.starts_with("CSTO officials are concerned"));

    // search finds it by a word only in the body
    let hits = env.store.search("Tasmagambetov", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].id, rows[0].id);
    assert_eq!(
        env.store
            .search("tasmagambetov dushanbe", 10)
            .unwrap()
            .len(),
        1
    );
    assert!(env
        .store
        .search("tasmagambetov nairobi", 10)
        .unwrap()
        .is_empty());

    // subscribing again changes nothing
    let again = env.subscribe(&server.url("/feed.xml")).await;
    assert!(!again.new);
    assert_eq!(env.list(View::All).len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn read_and_bookmark_state_and_views() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    subscribe(
        &mut env.store,
        &env.fetcher,
        &server.url("/feed.xml"),
        Some("Afghanistan"),
    )
    .await
    .unwrap();
    let rows = env.list(View::All);
    let id = rows[0].id;
    env.store.set_read(id, true).unwrap();
    env.store.set_bookmarked(id, true).unwrap();
    assert_eq!(env.list(View::Unread).len(), 2);
    let marks = env.list(View::Bookmarks);
    assert_eq!(marks.len(), 1);
    assert!(marks[0].read && marks[0].bookmarked);
    let folder = env.store.folders().unwrap()[0].id;
    assert_eq!(env.list(View::Folder(folder)).len(), 3);
    assert_eq!(env.store.view_counts(View::All).unwrap(), (3, 2));
    assert_eq!(env.store.mark_view_read(View::All).unwrap(), 2);
    assert_eq!(env.store.view_counts(View::All).unwrap(), (3, 0));
    assert_eq!(env.store.feeds().unwrap()[0].unread_count, 0);
    // state survives reopening the database
    let path = env.store.path().to_path_buf();
    drop(env.store);
    let store = broadsheet_engine::Store::open(&path).unwrap();
    assert!(store.article(id).unwrap().bookmarked);
    assert!(store.article(id).unwrap().bookmarked_at.is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dari_feed_keeps_its_script() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    let done = env.subscribe(&server.url("/feed-dari-rtl.xml")).await;
    assert_eq!(done.title, "خبرگزاری خامه");
    let rows = env.list(View::All);
    assert!(rows[0].title.starts_with("سازمان پیمان امنیت جمعی"));
    assert_eq!(env.store.search("تاجیکستان", 10).unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_continue_where_the_previous_one_ended() {
    let server = Server::start();
    server.seed_story();
    let mut env = env();
    env.subscribe(&server.url("/feed.xml")).await;
    let all: Vec<i64> = env.list(View::All).iter().map(|r| r.id).collect();
    let page = |offset| {
        env.store
            .articles(&broadsheet_engine::model::ArticleQuery {
                limit: 2,
                offset,
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(page(0), all[..2]);
    assert_eq!(page(2), all[2..]);
    assert!(page(3).is_empty());
}
