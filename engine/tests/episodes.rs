//! Episodes downloaded for listening offline, against the fixture server: kept whole and
//! sniffed, resumed with a Range request after a cut, started again when the server ignores
//! ranges, refused beyond the caps (before a byte when the size is stated; downloads at once
//! share the space), refused when the bytes are not sound or video, and bounded when the
//! server loops or stalls.

mod support;

use std::time::Duration;

use broadsheet_engine::error::{Error, FetchError};
use broadsheet_engine::feeds::parse::parse_feed;
use broadsheet_engine::model::now;
use broadsheet_engine::offline::episodes::{download_episode, episodes_dir, EpisodeLimits};
use broadsheet_engine::store::{EpisodeQuery, FetchMeta};

const DOWNLOADED: EpisodeQuery = EpisodeQuery {
    feed_id: None,
    downloaded_only: true,
    unplayed_only: false,
};
use support::engine::{env, Env};
use support::{Response, Server};

/// A made-up MP3: an ID3 header, then `len` bytes that are not silence.
fn mp3(len: usize) -> Vec<u8> {
    let mut bytes = b"ID3\x04\0\0\0\0\0\x0a".to_vec();
    let mut x: u32 = 7;
    while bytes.len() < len {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        bytes.push((x >> 16) as u8);
    }
    bytes
}

const LIMITS: EpisodeLimits = EpisodeLimits {
    file_bytes: 10_000_000,
    space_bytes: 50_000_000,
    stall: Duration::from_secs(2),
};

/// A feed of its own with one episode at `path` of the server, declaring `length` bytes; the
/// article's id.
fn subscribe(env: &mut Env, server: &Server, path: &str, length: u64) -> i64 {
    let feed_url = server.url(&format!("/radio{path}.xml"));
    let body = format!(
        r#"<rss version="2.0"><channel><title>Radio</title>
           <item><guid>{path}</guid><title>The evening news</title>
             <pubDate>Tue, 16 Apr 2024 18:00:00 GMT</pubDate>
             <enclosure url="{}" length="{length}" type="audio/mpeg"/></item>
           </channel></rss>"#,
        server.url(path)
    );
    let feed = env
        .store
        .add_feed(&broadsheet_engine::store::NewFeed {
            url: feed_url.clone(),
            ..Default::default()
        })
        .unwrap()
        .id();
    let parsed = parse_feed(body.as_bytes(), None, &feed_url, now()).unwrap();
    env.store
        .apply_feed(feed, &parsed, &FetchMeta::default(), now(), 3600)
        .unwrap();
    let episodes = env
        .store
        .episodes(
            EpisodeQuery {
                feed_id: Some(feed),
                ..Default::default()
            },
            10,
        )
        .unwrap();
    assert_eq!(episodes.len(), 1);
    episodes[0].article_id
}

async fn download(env: &Env, id: i64, limits: EpisodeLimits) -> Result<std::path::PathBuf, Error> {
    let file = download_episode(
        &env.store,
        &env.fetcher,
        env.dir.path(),
        id,
        limits,
        |_, _| {},
    )
    .await?;
    Ok(episodes_dir(env.dir.path()).join(file.file))
}

fn files_in(env: &Env) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(episodes_dir(env.dir.path())) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test(flavor = "multi_thread")]
async fn an_episode_is_downloaded_whole_sniffed_and_listed() {
    let server = Server::start();
    let sound = mp3(300_000);
    // what the server calls it does not matter: its bytes say MP3
    server.file("/ep/evening", "application/octet-stream", sound.clone());
    let mut env = env();
    let id = subscribe(&mut env, &server, "/ep/evening", sound.len() as u64);
    assert_eq!(env.store.episodes(DOWNLOADED, 10).unwrap(), []);

    let path = download(&env, id, LIMITS).await.unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), sound);
    assert!(path.to_string_lossy().ends_with(".mp3"), "{path:?}");
    let listed = env.store.episodes(DOWNLOADED, 10).unwrap();
    assert_eq!(listed.len(), 1);
    let file = listed[0].file.as_ref().unwrap();
    assert_eq!((file.bytes, file.mime.as_str()), (300_000, "audio/mpeg"));
    assert_eq!(env.store.episode_bytes().unwrap(), 300_000);

    // kept: asked again, nothing is fetched
    assert_eq!(download(&env, id, LIMITS).await.unwrap(), path);
    assert_eq!(server.requests_to("/ep/evening").len(), 1);
    assert_eq!(
        files_in(&env).len(),
        1,
        "no partial file left: {:?}",
        files_in(&env)
    );
}

/// Serves `sound` at `path`: the first answer is cut after `cut` bytes; a Range request is
/// answered with the rest when `ranges`, else with the whole file again.
fn serve_cut(server: &Server, path: &str, sound: Vec<u8>, cut: usize, ranges: bool) {
    let calls = std::sync::atomic::AtomicUsize::new(0);
    server.route(path, move |req| {
        let first = calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0;
        let whole = Response::ok("audio/mpeg", sound.clone());
        if first {
            return Some(Response {
                cut_after: Some(cut),
                ..whole
            });
        }
        let start = req
            .header("range")
            .and_then(|r| r.strip_prefix("bytes="))
            .and_then(|r| r.strip_suffix('-'))
            .and_then(|n| n.parse::<usize>().ok());
        match start {
            Some(start) if ranges => Some(
                Response::ok("audio/mpeg", sound[start..].to_vec())
                    .with_status(206)
                    .header(
                        "Content-Range",
                        &format!("bytes {start}-{}/{}", sound.len() - 1, sound.len()),
                    ),
            ),
            _ => Some(whole),
        }
    });
}

#[tokio::test(flavor = "multi_thread")]
async fn a_download_cut_off_goes_on_from_where_it_stopped() {
    let server = Server::start();
    let sound = mp3(400_000);
    serve_cut(&server, "/ep/cut.mp3", sound.clone(), 150_000, true);
    let mut env = env();
    let id = subscribe(&mut env, &server, "/ep/cut.mp3", sound.len() as u64);

    let first = download(&env, id, LIMITS).await;
    assert!(matches!(first, Err(Error::Fetch(_))), "{first:?}");
    assert_eq!(env.store.episodes(DOWNLOADED, 10).unwrap(), []);
    let parts = files_in(&env);
    assert!(parts.len() == 1 && parts[0].ends_with(".part"), "{parts:?}");

    let path = download(&env, id, LIMITS).await.unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), sound);
    let asked = server.requests_to("/ep/cut.mp3");
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0].header("range"), None);
    // the part held what came before the cut: only the rest was asked for
    let from: usize = asked[1]
        .header("range")
        .and_then(|r| r.strip_prefix("bytes="))
        .and_then(|r| r.strip_suffix('-'))
        .and_then(|n| n.parse().ok())
        .expect("a Range request");
    assert!(from > 0 && from <= 150_000, "{from}");
    assert_eq!(files_in(&env).len(), 1, "{:?}", files_in(&env));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_ignores_ranges_gives_the_whole_file_again() {
    let server = Server::start();
    let sound = mp3(400_000);
    serve_cut(&server, "/ep/whole.mp3", sound.clone(), 150_000, false);
    let mut env = env();
    let id = subscribe(&mut env, &server, "/ep/whole.mp3", sound.len() as u64);
    assert!(download(&env, id, LIMITS).await.is_err());
    let path = download(&env, id, LIMITS).await.unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), sound);
    assert!(server.requests_to("/ep/whole.mp3")[1]
        .header("range")
        .is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn sizes_beyond_the_caps_are_refused_before_a_byte_is_read() {
    let server = Server::start();
    let sound = mp3(300_000);
    server.file("/ep/big.mp3", "audio/mpeg", sound.clone());
    let mut env = env();

    // the feed says ten gigabytes: not even asked for
    let huge = subscribe(&mut env, &server, "/ep/big.mp3", 10_000_000_000);
    let refused = download(&env, huge, LIMITS).await;
    assert!(
        matches!(refused, Err(Error::Fetch(FetchError::TooLarge { .. }))),
        "{refused:?}"
    );
    assert!(server.requests_to("/ep/big.mp3").is_empty());

    // the feed says nothing; the server's length is over the cap: refused at the answer
    let small_cap = EpisodeLimits {
        file_bytes: 100_000,
        ..LIMITS
    };
    server.file("/ep/unstated.mp3", "audio/mpeg", sound.clone());
    let unstated = subscribe(&mut env, &server, "/ep/unstated.mp3", 0);
    let refused = download(&env, unstated, small_cap).await;
    assert!(
        matches!(refused, Err(Error::Fetch(FetchError::TooLarge { .. }))),
        "{refused:?}"
    );
    assert_eq!(files_in(&env), Vec::<String>::new());

    // room for all episodes: one of 300 kB fits, a second does not
    let room = EpisodeLimits {
        space_bytes: 500_000,
        ..LIMITS
    };
    download(&env, unstated, room).await.unwrap();
    server.file("/ep/second.mp3", "audio/mpeg", mp3(300_000));
    let second = subscribe(&mut env, &server, "/ep/second.mp3", 300_000);
    match download(&env, second, room).await {
        Err(Error::Invalid(m)) => assert_eq!(m.id, "error-episodes-full"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_in_an_episodes_place_is_refused_and_removed() {
    let server = Server::start();
    server.file(
        "/ep/gone.mp3",
        "audio/mpeg",
        "<!doctype html><html><body><h1>Sorry, this programme has moved</h1></body></html>",
    );
    let mut env = env();
    let id = subscribe(&mut env, &server, "/ep/gone.mp3", 0);
    match download(&env, id, LIMITS).await {
        Err(Error::Invalid(m)) => assert_eq!(m.id, "error-not-media"),
        other => panic!("{other:?}"),
    }
    assert_eq!(files_in(&env), Vec::<String>::new());
    assert_eq!(env.store.episodes(DOWNLOADED, 10).unwrap(), []);
}

#[tokio::test(flavor = "multi_thread")]
async fn loops_other_schemes_and_stalled_servers_are_bounded() {
    let server = Server::start();
    server.route("/ep/loop.mp3", |_| {
        Some(Response::redirect(302, "/ep/loop2.mp3"))
    });
    server.route("/ep/loop2.mp3", |_| {
        Some(Response::redirect(302, "/ep/loop.mp3"))
    });
    server.route("/ep/local.mp3", |_| {
        Some(Response::redirect(302, "file:///etc/passwd"))
    });
    server.route("/ep/stall.mp3", |_| {
        let mut r = Response::ok("audio/mpeg", mp3(1_000));
        r.byte_delay = Some(Duration::from_secs(3));
        Some(r)
    });
    let mut env = env();
    let looping = subscribe(&mut env, &server, "/ep/loop.mp3", 0);
    let local = subscribe(&mut env, &server, "/ep/local.mp3", 0);
    let stalled = subscribe(&mut env, &server, "/ep/stall.mp3", 0);
    let quick = EpisodeLimits {
        stall: Duration::from_secs(1),
        ..LIMITS
    };
    let results = [
        download(&env, looping, quick).await,
        download(&env, local, quick).await,
        download(&env, stalled, quick).await,
    ];
    assert!(
        matches!(results[0], Err(Error::Fetch(FetchError::RedirectLoop(_)))),
        "{:?}",
        results[0]
    );
    assert!(
        matches!(results[1], Err(Error::Fetch(FetchError::UnsupportedUrl(_)))),
        "{:?}",
        results[1]
    );
    assert!(
        matches!(results[2], Err(Error::Fetch(FetchError::Timeout(_)))),
        "{:?}",
        results[2]
    );
    assert_eq!(env.store.episodes(DOWNLOADED, 10).unwrap(), []);
}

/// One episode pass with `setup`: what it did and said.
async fn run_pass(
    env: &mut Env,
    setup: &broadsheet_engine::offline::episodes::EpisodeSetup,
) -> (
    broadsheet_engine::offline::episodes::EpisodePassSummary,
    Vec<broadsheet_engine::offline::episodes::EpisodeEvent>,
) {
    let mut events = Vec::new();
    let summary = broadsheet_engine::offline::episodes::episode_pass(
        &mut env.store,
        &env.fetcher,
        setup,
        now(),
        |e| events.push(e),
    )
    .await
    .unwrap();
    (summary, events)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pass_after_a_refresh_downloads_what_feeds_want_and_lets_go_of_played_ones() {
    use broadsheet_engine::model::EpisodeDownloads;
    use broadsheet_engine::offline::episodes::{EpisodeEvent, EpisodeSetup};
    let server = Server::start();
    server.file("/ep/a", "audio/mpeg", mp3(20_000));
    server.file("/ep/b", "audio/mpeg", mp3(30_000));
    server.file(
        "/ep/page",
        "text/html",
        b"<!doctype html><p>not sound</p>".to_vec(),
    );
    let mut env = env();
    let a = subscribe(&mut env, &server, "/ep/a", 20_000);
    let b = subscribe(&mut env, &server, "/ep/b", 30_000);
    let page = subscribe(&mut env, &server, "/ep/page", 0);
    let feed_of = |id: i64| env.store.article(id).unwrap().feed_id;
    let (feed_a, feed_b, feed_page) = (feed_of(a), feed_of(b), feed_of(page));
    let setup = EpisodeSetup {
        data_dir: env.dir.path().to_path_buf(),
        limits: LIMITS,
        played_days: 7,
    };
    // nothing chosen: nothing fetched
    let (summary, events) = run_pass(&mut env, &setup).await;
    assert_eq!((summary.downloaded, events.len()), (0, 0));

    for feed in [feed_a, feed_page] {
        env.store
            .set_feed_episode_downloads(feed, EpisodeDownloads::Latest(1), now())
            .unwrap();
    }
    let (summary, events) = run_pass(&mut env, &setup).await;
    assert_eq!((summary.downloaded, summary.failed), (1, 1), "{summary:?}");
    assert!(events.contains(&EpisodeEvent::Due { count: 2 }));
    assert!(events.contains(&EpisodeEvent::Downloaded { article_id: a }));
    assert!(events.contains(&EpisodeEvent::Failed { article_id: page }));
    assert!(env
        .store
        .episode_file(a, &server.url("/ep/a"))
        .unwrap()
        .is_some());
    assert_eq!(server.requests_to("/ep/b").len(), 0, "feed b chose nothing");

    // a web page where sound should be fails each pass until the pass stops trying it
    for _ in 1..broadsheet_engine::store::EPISODE_ATTEMPTS {
        run_pass(&mut env, &setup).await;
    }
    let asked = server.requests_to("/ep/page").len();
    let (summary, _) = run_pass(&mut env, &setup).await;
    assert_eq!(summary.failed, 0);
    assert_eq!(
        server.requests_to("/ep/page").len(),
        asked,
        "not tried again"
    );

    // b bookmarked and downloaded by hand; a and b heard out over a week ago
    env.store.set_bookmarked(b, true).unwrap();
    download(&env, b, LIMITS).await.unwrap();
    assert_eq!(files_in(&env).len(), 2);
    let long_ago = now() - 8 * 86_400;
    env.store
        .mark_episode_played(a, &server.url("/ep/a"), long_ago)
        .unwrap();
    env.store
        .mark_episode_played(b, &server.url("/ep/b"), long_ago)
        .unwrap();
    // the file's own age: a file no episode names goes once it is an hour old
    for name in files_in(&env) {
        let file = std::fs::File::options()
            .write(true)
            .open(episodes_dir(env.dir.path()).join(name))
            .unwrap();
        file.set_modified(std::time::SystemTime::now() - Duration::from_secs(7200))
            .unwrap();
    }
    let (summary, _) = run_pass(&mut env, &setup).await;
    assert_eq!(summary.removed, 1);
    assert_eq!(
        env.store.episode_file(a, &server.url("/ep/a")).unwrap(),
        None
    );
    assert!(env
        .store
        .episode_file(b, &server.url("/ep/b"))
        .unwrap()
        .is_some());
    assert_eq!(files_in(&env).len(), 1, "the bookmarked episode stays");
    assert_eq!(
        server.requests_to("/ep/a").len(),
        1,
        "a played one is not fetched again"
    );
    let _ = feed_b;
}

#[tokio::test(flavor = "multi_thread")]
async fn downloads_at_once_share_the_space_and_stop_together_at_its_cap() {
    use broadsheet_engine::model::EpisodeDownloads;
    use broadsheet_engine::offline::episodes::{EpisodeSetup, DOWNLOADS_AT_ONCE};
    let server = Server::start();
    let mut env = env();
    // three episodes of 300 kB whose feeds state no length, all begun at once, room for two
    let mut ids = Vec::new();
    for n in 0..DOWNLOADS_AT_ONCE {
        let path = format!("/ep/{n}.mp3");
        server.file(&path, "audio/mpeg", mp3(300_000));
        let id = subscribe(&mut env, &server, &path, 0);
        let feed = env.store.article(id).unwrap().feed_id;
        env.store
            .set_feed_episode_downloads(feed, EpisodeDownloads::Every, 0)
            .unwrap();
        ids.push(id);
    }
    assert_eq!(env.store.episodes_to_download(10).unwrap().len(), 3);
    let setup = EpisodeSetup {
        data_dir: env.dir.path().to_path_buf(),
        limits: EpisodeLimits {
            space_bytes: 700_000,
            ..LIMITS
        },
        played_days: 7,
    };
    let (summary, _) = run_pass(&mut env, &setup).await;
    let kept = env.store.episode_bytes().unwrap();
    assert!(
        summary.full && (1..=2).contains(&summary.downloaded),
        "{summary:?}"
    );
    assert!(kept <= 700_000, "{kept} bytes kept, over the cap");
    assert_eq!(kept, 300_000 * summary.downloaded as u64);
    // what was cut off stays as a part to go on from: not counted, not listed
    let listed = env.store.episodes(DOWNLOADED, 10).unwrap();
    assert_eq!(listed.len(), summary.downloaded);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pass_says_how_far_each_download_is_as_it_goes() {
    use broadsheet_engine::model::EpisodeDownloads;
    use broadsheet_engine::offline::episodes::{EpisodeEvent, EpisodeSetup};
    let server = Server::start();
    let sound = mp3(1_500);
    // a byte a millisecond: about a second and a half
    server.route("/ep/slow.mp3", move |_| {
        Some(Response {
            byte_delay: Some(Duration::from_millis(1)),
            ..Response::ok("audio/mpeg", sound.clone())
        })
    });
    let mut env = env();
    let id = subscribe(&mut env, &server, "/ep/slow.mp3", 0);
    let feed = env.store.article(id).unwrap().feed_id;
    env.store
        .set_feed_episode_downloads(feed, EpisodeDownloads::Latest(1), now())
        .unwrap();
    let setup = EpisodeSetup {
        data_dir: env.dir.path().to_path_buf(),
        limits: LIMITS,
        played_days: 7,
    };
    let (summary, events) = run_pass(&mut env, &setup).await;
    assert_eq!(summary.downloaded, 1);
    let said: Vec<(u64, Option<u64>)> = events
        .iter()
        .filter_map(|e| match *e {
            EpisodeEvent::Progress {
                article_id,
                bytes,
                total,
            } if article_id == id => Some((bytes, total)),
            _ => None,
        })
        .collect();
    assert!(
        said.iter()
            .any(|&(bytes, total)| bytes > 0 && bytes < 1_500 && total == Some(1_500)),
        "part of the way, of the length the server stated: {said:?}"
    );
    assert!(said.windows(2).all(|w| w[0].0 <= w[1].0), "{said:?}");
    let last = events
        .iter()
        .rposition(|e| matches!(e, EpisodeEvent::Progress { .. }));
    let done = events
        .iter()
        .position(|e| *e == EpisodeEvent::Downloaded { article_id: id });
    assert!(last < done, "nothing said of it after it ended: {events:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_removed_download_goes_with_its_file() {
    use broadsheet_engine::offline::episodes::remove_episode;
    let server = Server::start();
    server.file("/ep/gone", "audio/mpeg", mp3(20_000));
    let mut env = env();
    let id = subscribe(&mut env, &server, "/ep/gone", 20_000);
    let path = download(&env, id, LIMITS).await.unwrap();
    assert!(path.is_file());
    remove_episode(&env.store, env.dir.path(), id).unwrap();
    assert_eq!(
        env.store.episode_file(id, &server.url("/ep/gone")).unwrap(),
        None
    );
    assert!(!path.exists(), "the file goes with its record");
    assert_eq!(files_in(&env), Vec::<String>::new());
    // nothing kept: nothing to do
    remove_episode(&env.store, env.dir.path(), id).unwrap();
}
