//! Every feed format and encoding the reader promises, served over HTTP and refreshed.

mod support;

use broadsheet_engine::model::View;
use support::engine::env;
use support::Server;

const FORMATS: &[(&str, &str, &str)] = &[
    (
        "rss091",
        "application/rss+xml",
        r#"<?xml version="1.0"?><rss version="0.91"><channel><title>RSS 0.91</title><link>http://e.org/</link><description>d</description><item><title>Item 091</title><link>http://e.org/091</link><description>old school</description></item></channel></rss>"#,
    ),
    (
        "rss092",
        "application/rss+xml",
        r#"<?xml version="1.0"?><rss version="0.92"><channel><title>RSS 0.92</title><link>http://e.org/</link><description>d</description><item><title>Item 092</title><link>http://e.org/092</link></item></channel></rss>"#,
    ),
    (
        "rss10",
        "application/rdf+xml",
        r#"<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://e.org/"><title>RSS 1.0</title><link>http://e.org/</link><description>d</description></channel><item rdf:about="http://e.org/10"><title>Item 10</title><link>http://e.org/10</link><dc:date>2024-04-16T09:30:00Z</dc:date><dc:creator>Desk</dc:creator></item></rdf:RDF>"#,
    ),
    (
        "rss20",
        "application/rss+xml",
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>RSS 2.0</title><link>http://e.org/</link><item><title>Item 20</title><guid>i20</guid><pubDate>Tue, 16 Apr 2024 09:30:00 +0000</pubDate></item></channel></rss>"#,
    ),
    (
        "atom03",
        "application/atom+xml",
        r#"<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Atom 0.3</title><link rel="alternate" type="text/html" href="http://e.org/"/><modified>2024-04-16T09:30:00Z</modified><entry><title>Item a03</title><link rel="alternate" type="text/html" href="http://e.org/a03"/><id>tag:e.org,2024:a03</id><issued>2024-04-16T09:30:00Z</issued><modified>2024-04-16T09:30:00Z</modified></entry></feed>"#,
    ),
    (
        "atom10",
        "application/atom+xml",
        r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom 1.0</title><id>urn:e</id><updated>2024-04-16T09:30:00Z</updated><entry><title type="html">Item &lt;b&gt;a10&lt;/b&gt;</title><id>urn:e:a10</id><updated>2024-04-16T09:30:00Z</updated><author><name>Desk</name></author><content type="html">&lt;p&gt;body&lt;/p&gt;</content></entry></feed>"#,
    ),
    (
        "json10",
        "application/json",
        r#"{"version":"https://jsonfeed.org/version/1","title":"JSON 1.0","items":[{"id":"j10","title":"Item j10","content_html":"<p>x</p>","date_published":"2024-04-16T09:30:00Z","author":{"name":"Desk"}}]}"#,
    ),
    (
        "json11",
        "application/feed+json",
        r#"{"version":"https://jsonfeed.org/version/1.1","title":"JSON 1.1","items":[{"id":"j11","url":"http://e.org/j11","title":"Item j11","content_text":"plain","date_published":"2024-04-16T09:30:00Z","authors":[{"name":"Desk"}]}]}"#,
    ),
];

#[tokio::test(flavor = "multi_thread")]
async fn every_format_refreshes() {
    let server = Server::start();
    let mut env = env();
    for (name, ctype, body) in FORMATS {
        server.file(&format!("/{name}"), ctype, *body);
        env.add(&server.url(&format!("/{name}")));
    }
    let (summary, events) = env.refresh_all().await;
    assert_eq!(summary.failed, 0, "{events:?}");
    let titles_now: Vec<String> = env.list(View::All).into_iter().map(|a| a.title).collect();
    assert_eq!(summary.new_articles, FORMATS.len() as u64, "{titles_now:?}");
    let mut feed_titles: Vec<String> = env
        .store
        .feeds()
        .unwrap()
        .into_iter()
        .map(|f| f.title)
        .collect();
    feed_titles.sort();
    assert_eq!(
        feed_titles,
        [
            "Atom 0.3", "Atom 1.0", "JSON 1.0", "JSON 1.1", "RSS 0.91", "RSS 0.92", "RSS 1.0",
            "RSS 2.0"
        ]
    );
    let mut titles: Vec<String> = env.list(View::All).into_iter().map(|a| a.title).collect();
    titles.sort();
    assert_eq!(
        titles,
        [
            "Item 091", "Item 092", "Item 10", "Item 20", "Item a03", "Item a10", "Item j10",
            "Item j11"
        ]
    );
    let atom = env.store.search("a10", 5).unwrap();
    assert_eq!(atom[0].author.as_deref(), Some("Desk"));
    assert_eq!(atom[0].published_at, 1_713_259_800);
}

#[tokio::test(flavor = "multi_thread")]
async fn encodings_from_prolog_header_and_bom() {
    let server = Server::start();
    let mut env = env();
    // ISO-8859-1 declared in the prolog
    let mut latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Latin</title><item><guid>1</guid><title>Caf".to_vec();
    latin1.extend([0xE9]);
    latin1.extend(b" au lait</title></item></channel></rss>");
    server.file("/latin1", "application/rss+xml", latin1);
    // windows-1251 only in the HTTP header
    let mut cyr = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cyr</title><item><guid>1</guid><title>".to_vec();
    cyr.extend([0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8]);
    cyr.extend(b"</title></item></channel></rss>");
    server.file("/cyr", "application/rss+xml; charset=windows-1251", cyr);
    // UTF-16LE with a byte-order mark
    let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Wide</title><item><guid>1</guid><title>خبر</title></item></channel></rss>";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    server.file("/utf16", "application/xml", utf16);
    // Shift_JIS in the prolog
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><rss version=\"2.0\"><channel><title>JP</title><item><guid>1</guid><title>ニュース</title></item></channel></rss>");
    server.file("/sjis", "text/xml", sjis.into_owned());
    for p in ["/latin1", "/cyr", "/utf16", "/sjis"] {
        env.add(&server.url(p));
    }
    let (summary, events) = env.refresh_all().await;
    assert_eq!(summary.failed, 0, "{events:?}");
    let mut titles: Vec<String> = env.list(View::All).into_iter().map(|a| a.title).collect();
    titles.sort();
    assert_eq!(titles, ["Café au lait", "Новости", "خبر", "ニュース"]);
}
