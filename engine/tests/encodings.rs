//! Old feeds that name no encoding anywhere (no BOM, no charset in the HTTP header, no
//! encoding in the XML prolog) and are not UTF-8, subscribed to through discovery and
//! refreshed from a server as people meet them: Latin-1/Windows-1252 (Portuguese, German),
//! KOI8-R and Shift_JIS. Each title comes out as written.

mod support;

use broadsheet_engine::model::View;
use broadsheet_engine::pipeline::subscribe::subscribe;
use support::engine::env;
use support::Server;

fn feed_in(
    encoding: &'static encoding_rs::Encoding,
    title: &str,
    item: &str,
    text: &str,
) -> Vec<u8> {
    let xml = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title>\
         <link>http://old.example/</link><item><guid>1</guid><title>{item}</title>\
         <description>{text}</description></item></channel></rss>"
    );
    let (bytes, _, unmappable) = encoding.encode(&xml);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8");
    bytes.into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn undeclared_encodings_subscribe_and_refresh_as_written() {
    let server = Server::start();
    let cases = [
        (
            "/pt.xml",
            encoding_rs::WINDOWS_1252,
            "Notícias do Brasil",
            "Governo anuncia reforma da educação – “ação” já",
            "A população será ouvida sobre a educação e a saúde pública.",
        ),
        (
            "/de.xml",
            encoding_rs::WINDOWS_1252,
            "Münchner Nachrichten",
            "Größere Änderungen für Bürger",
            "Die Straßenbahn fährt künftig öfter; die Übergänge werden überprüft.",
        ),
        (
            "/ru.xml",
            encoding_rs::KOI8_R,
            "Новости дня",
            "Правительство объявило реформу",
            "Министр сообщил, что изменения коснутся школ и больниц в ближайшие месяцы.",
        ),
        (
            "/ja.xml",
            encoding_rs::SHIFT_JIS,
            "東京ニュース",
            "東京で新しい図書館が開館しました",
            "市民の皆さんは本を無料で借りることができます。開館時間は午前九時からです。",
        ),
    ];
    for (path, encoding, title, item, text) in &cases {
        // a content type without a charset, as old servers send
        server.file(
            path,
            "application/rss+xml",
            feed_in(encoding, title, item, text),
        );
    }
    let mut env = env();
    for (path, _, title, item, _) in &cases {
        let done = subscribe(&mut env.store, &env.fetcher, &server.url(path), None)
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(done.title, *title, "{path}");
        let rows = env.list(View::Feed(done.feed_id));
        assert_eq!(rows[0].title, *item, "{path}");
    }
    // and a refresh (304s aside) reads them the same way
    let (summary, _) = env.refresh_all().await;
    assert_eq!(summary.failed, 0);
    let titles: Vec<String> = env.list(View::All).into_iter().map(|a| a.title).collect();
    for (_, _, _, item, _) in &cases {
        assert!(titles.contains(&item.to_string()), "{titles:?}");
    }
    let found = env.store.search("Straßenbahn", 10).unwrap();
    assert_eq!(found.len(), 1, "the text is indexed as written");
}
