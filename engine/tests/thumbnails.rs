//! List pictures end to end: after the offline pass stores an article's images, its thumbnail
//! is the first large picture made small, once per picture (two articles with one photograph
//! share one file); an article of icons and pixels has none; before its images are stored
//! there is nothing to make; retention removes the thumbnail with its article.

mod support;

use broadsheet_engine::model::{now, View};
use broadsheet_engine::offline::thumbnails::{dimensions, thumbnail, THUMB_WIDTH};
use broadsheet_engine::store::{ImagePolicy, OfflineScope};
use support::engine::env;
use support::{Response, Server};

/// A PNG of `width` × `height` (its colours differ by `seed`, so each is its own file).
fn png(width: u32, height: u32, seed: u8) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, seed])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(picture)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn the_lead_picture_is_made_small_once_and_goes_with_its_article() {
    let server = Server::start();
    for (path, bytes) in [
        ("/img/open.gif", png(1, 1, 1)),
        ("/img/author-avatar.png", png(96, 96, 2)),
        ("/img/kabul-market.png", png(1600, 1000, 3)),
        ("/img/second.png", png(900, 600, 4)),
        ("/img/rss.png", png(64, 64, 5)),
    ] {
        server.route(path, move |_| {
            Some(Response::ok("image/png", bytes.clone()))
        });
    }
    let img = |path: &str| format!("<img src=\"{}\">", server.url(path));
    let item = |guid: &str, html: String| {
        format!(
            "<item><guid>{guid}</guid><title>{guid}</title><description><![CDATA[<p>{guid}</p>{html}]]></description></item>"
        )
    };
    let items = [
        item(
            "market",
            [
                "/img/open.gif",
                "/img/author-avatar.png",
                "/img/kabul-market.png",
                "/img/second.png",
            ]
            .map(img)
            .concat(),
        ),
        item("icons", img("/img/rss.png")),
        item("same-photo", img("/img/kabul-market.png")),
        item("words", String::new()),
    ]
    .concat();
    let rss = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Pics</title>{items}</channel></rss>"#
    );
    server.file("/pics.xml", "application/rss+xml", rss);
    let mut env = env();
    env.subscribe(&server.url("/pics.xml")).await;
    let id = |env: &support::engine::Env, title: &str| {
        env.list(View::All)
            .into_iter()
            .find(|r| r.title == title)
            .unwrap()
            .id
    };
    let (market, icons, same, words) = (
        id(&env, "market"),
        id(&env, "icons"),
        id(&env, "same-photo"),
        id(&env, "words"),
    );
    let images = env.images();
    // before the offline pass stored the images: nothing to make yet, nothing recorded
    assert_eq!(
        thumbnail(&mut env.store, &images, market, now()).unwrap(),
        None
    );
    assert!(env
        .list(View::All)
        .iter()
        .all(|r| r.thumb.is_none() && !r.images_stored));

    env.offline(OfflineScope::Due, ImagePolicy::All).await;
    let stored = env.store.storage_usage().unwrap().images;
    let thumb = thumbnail(&mut env.store, &images, market, now())
        .unwrap()
        .expect("made");
    assert_eq!(thumb.len(), 64, "a stored file's hash: {thumb:?}");
    let file = images.serve(&thumb).unwrap();
    assert_eq!(file.mime, "image/jpeg");
    assert_eq!(
        dimensions(&file.bytes),
        Some((THUMB_WIDTH, 300)),
        "the 1600 × 1000 photograph"
    );
    // the row carries it; the same photograph in another article: the same file, made once
    let row = env
        .list(View::All)
        .into_iter()
        .find(|r| r.id == market)
        .unwrap();
    assert_eq!(row.thumb.as_deref(), Some(thumb.as_str()));
    assert!(row.images_stored);
    let bytes = env.store.storage_usage().unwrap().image_bytes;
    assert_eq!(
        thumbnail(&mut env.store, &images, same, now())
            .unwrap()
            .as_deref(),
        Some(thumb.as_str())
    );
    assert_eq!(
        thumbnail(&mut env.store, &images, market, now())
            .unwrap()
            .as_deref(),
        Some(thumb.as_str())
    );
    let usage = env.store.storage_usage().unwrap();
    assert_eq!(usage.images, stored + 1, "one file more");
    assert_eq!(
        usage.image_bytes, bytes,
        "the shared file still counts its size"
    );
    // icons only, or no picture at all: none, and remembered as none
    for article in [icons, words] {
        assert_eq!(
            thumbnail(&mut env.store, &images, article, now())
                .unwrap()
                .as_deref(),
            Some("")
        );
        let row = env
            .list(View::All)
            .into_iter()
            .find(|r| r.id == article)
            .unwrap();
        assert_eq!(row.thumb.as_deref(), Some(""));
    }

    // retention: read and old, the articles go, and the thumbnail's file with them
    for row in env.list(View::All) {
        env.store.set_read(row.id, true).unwrap();
    }
    broadsheet_engine::offline::apply_retention(
        &mut env.store,
        &images,
        1,
        now() + 10 * 365 * 86400,
        &[],
    )
    .unwrap();
    assert!(
        images.serve(&thumb).is_err(),
        "the thumbnail went with its articles"
    );
    assert_eq!(env.store.storage_usage().unwrap().images, 0);
}
