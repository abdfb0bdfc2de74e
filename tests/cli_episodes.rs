//! `broadsheet episodes`: a podcast feed's episodes, from a fixture server on 127.0.0.1, listed
//! newest first with what the feed declares, and shown with their article.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use cli_support::Cli;
use support::Server;

const PODCAST: &str = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Radio Kabul</title>
<item><guid>ep1</guid><title>Morning bulletin</title><pubDate>Tue, 16 Apr 2024 06:00:00 GMT</pubDate>
  <enclosure url="https://radio.example/ep1.mp3" length="4200000" type="audio/mpeg"/>
  <itunes:duration>00:04:30</itunes:duration></item>
<item><guid>ep2</guid><title>Evening report</title><pubDate>Tue, 16 Apr 2024 18:00:00 GMT</pubDate>
  <enclosure url="https://radio.example/ep2.mp4" length="9000000" type="video/mp4"/></item>
<item><guid>text</guid><title>Schedule</title><pubDate>Tue, 16 Apr 2024 07:00:00 GMT</pubDate>
  <description>No sound here.</description></item>
</channel></rss>"#;

#[test]
fn a_podcasts_episodes_are_listed_newest_first_and_shown_with_their_article() {
    let server = Server::start();
    server.file("/podcast.xml", "application/rss+xml", PODCAST);
    let cli = Cli::new();
    assert_eq!(
        cli.json(&["episodes"]).as_array().map(Vec::len),
        Some(0),
        "nothing before a subscription"
    );
    let added = cli.json(&["add", &server.url("/podcast.xml")]);
    let feed = added["feed_id"].as_i64().expect("a feed id");

    let episodes = cli.json(&["episodes", "--feed", &feed.to_string()]);
    let list = episodes.as_array().expect("a list");
    assert_eq!(
        list.len(),
        2,
        "the item without sound is no episode: {episodes}"
    );
    assert_eq!(list[0]["title"], "Evening report");
    assert_eq!(list[0]["enclosure"]["kind"], "video");
    assert_eq!(list[1]["enclosure"]["url"], "https://radio.example/ep1.mp3");
    assert_eq!(list[1]["enclosure"]["seconds"], 270);
    assert_eq!(list[1]["enclosure"]["bytes"], 4_200_000);

    let text = cli.run(&["episodes"]);
    let out = String::from_utf8_lossy(&text.stdout);
    assert!(
        out.contains("audio     4:30  Radio Kabul: Morning bulletin"),
        "{out}"
    );
    assert!(
        out.contains("        https://radio.example/ep2.mp4"),
        "{out}"
    );

    let id = list[1]["article_id"].as_i64().unwrap().to_string();
    let article = cli.json(&["read", &id]);
    assert_eq!(article["enclosures"][0]["mime"], "audio/mpeg", "{article}");
    assert_eq!(article["title"], "Morning bulletin");
    let read = cli.run(&["read", &id]);
    let out = String::from_utf8_lossy(&read.stdout);
    assert!(
        out.ends_with("\n\naudio 4:30  https://radio.example/ep1.mp3\n"),
        "{out:?}"
    );

    assert_eq!(
        cli.run(&["episodes", "--feed", "999"]).status.code(),
        Some(3)
    );
}

#[test]
fn an_episode_is_downloaded_for_offline_and_listed_as_downloaded() {
    let server = Server::start();
    // an ID3 header, then bytes: enough for the sniffing to know an MP3
    let mut sound = b"ID3\x04\0\0\0\0\0\x0a".to_vec();
    sound.extend((0..150_000u32).map(|i| (i * 7 % 251) as u8));
    server.file("/ep/news.mp3", "audio/mpeg", sound.clone());
    server.file("/ep/page.mp3", "audio/mpeg", "<!doctype html><p>moved</p>");
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Radio Kabul</title>
        <item><guid>a</guid><title>News</title><pubDate>Tue, 16 Apr 2024 06:00:00 GMT</pubDate>
          <enclosure url="{}" length="{}" type="audio/mpeg"/></item>
        <item><guid>b</guid><title>Not sound</title><pubDate>Tue, 16 Apr 2024 05:00:00 GMT</pubDate>
          <enclosure url="{}" length="0" type="audio/mpeg"/></item>
        </channel></rss>"#,
        server.url("/ep/news.mp3"),
        sound.len(),
        server.url("/ep/page.mp3")
    );
    server.file("/radio.xml", "application/rss+xml", feed);
    let cli = Cli::new();
    cli.json(&["add", &server.url("/radio.xml")]);
    let episodes = cli.json(&["episodes"]);
    let id = |n: usize| episodes[n]["article_id"].as_i64().unwrap().to_string();
    assert_eq!(
        cli.json(&["episodes", "--downloaded"]),
        serde_json::json!([])
    );

    let saved = cli.json(&["download", &id(0)]);
    let path = saved["path"].as_str().expect("a path");
    assert_eq!(std::fs::read(path).unwrap(), sound);
    assert_eq!(saved["file"]["mime"], "audio/mpeg");

    let downloaded = cli.json(&["episodes", "--downloaded"]);
    assert_eq!(downloaded.as_array().map(Vec::len), Some(1), "{downloaded}");
    assert_eq!(downloaded[0]["title"], "News");
    let text = cli.run(&["episodes"]);
    let out = String::from_utf8_lossy(&text.stdout);
    assert!(out.contains("downloaded, 0.2 MB"), "{out}");
    // Storage counts it, in JSON and in words
    let usage = &cli.json(&["storage"])["usage"];
    assert_eq!(
        (&usage["episodes"], &usage["episode_bytes"]),
        (&serde_json::json!(1), &serde_json::json!(sound.len())),
        "{usage}"
    );
    let words = cli.run(&["storage"]);
    let words = String::from_utf8_lossy(&words.stdout);
    assert!(words.contains("episodes: 1 file, 0.1 MiB"), "{words}");

    // a page where the sound should be: refused, said why, nothing kept
    let refused = cli.run(&["download", &id(1)]);
    assert_ne!(refused.status.code(), Some(0));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("not sound or video"), "{err}");
    assert_eq!(
        cli.json(&["episodes", "--downloaded"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[test]
fn a_feed_downloads_its_latest_episodes_after_each_refresh() {
    let server = Server::start();
    let mut sound = b"ID3\x04\0\0\0\0\0\x0a".to_vec();
    sound.extend((0..50_000u32).map(|i| (i * 7 % 251) as u8));
    server.file("/ep/new.mp3", "audio/mpeg", sound.clone());
    server.file("/ep/old.mp3", "audio/mpeg", sound.clone());
    let feed = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Radio Kabul</title>
        <item><guid>new</guid><title>Tonight</title><pubDate>Tue, 16 Apr 2024 18:00:00 GMT</pubDate>
          <enclosure url="{}" length="{}" type="audio/mpeg"/></item>
        <item><guid>old</guid><title>This morning</title><pubDate>Tue, 16 Apr 2024 06:00:00 GMT</pubDate>
          <enclosure url="{}" length="{}" type="audio/mpeg"/></item>
        </channel></rss>"#,
        server.url("/ep/new.mp3"),
        sound.len(),
        server.url("/ep/old.mp3"),
        sound.len()
    );
    server.file("/radio.xml", "application/rss+xml", feed);
    let cli = Cli::new();
    let feed = cli.json(&["add", &server.url("/radio.xml")])["feed_id"]
        .as_i64()
        .expect("a feed id")
        .to_string();

    let set = cli.run(&["episode-downloads", &feed, "1"]);
    let said = String::from_utf8_lossy(&set.stdout);
    assert!(
        said.contains("the latest episode is downloaded after each refresh"),
        "{said}"
    );
    assert_eq!(
        cli.json(&["episode-downloads", &feed, "1"])["episode_downloads"],
        serde_json::json!({ "latest": 1 })
    );
    let refreshed = cli.run(&["refresh"]);
    assert_eq!(refreshed.status.code(), Some(0), "{refreshed:?}");
    let downloaded = cli.json(&["episodes", "--downloaded"]);
    assert_eq!(downloaded.as_array().map(Vec::len), Some(1), "{downloaded}");
    assert_eq!(downloaded[0]["title"], "Tonight");
    assert_eq!(server.requests_to("/ep/old.mp3").len(), 0);

    let bad = cli.run(&["episode-downloads", &feed, "sometimes"]);
    assert_eq!(
        bad.status.code(),
        Some(6),
        "a choice that is none is bad input"
    );
    assert_eq!(
        cli.json(&["episode-downloads", &feed, "never"])["episode_downloads"],
        "never"
    );
}
