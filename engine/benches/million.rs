//! A store of a million articles: what each interactive step costs at that size. Builds the
//! store directly through the engine (1,000 feeds × 1,000 articles in 20 folders, short texts,
//! a tenth read, some bookmarks) unless `--keep DIR` already holds one, then times each step
//! several times and prints the median. Run (release):
//! `cargo bench -p broadsheet-engine --bench million [-- --articles N] [--keep DIR]`

use std::time::{Duration, Instant};

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::model::{ArticleQuery, NewArticle, View};
use broadsheet_engine::store::{FetchMeta, ImagePolicy, NewFeed, OfflineScope};
use broadsheet_engine::Store;

const PER_FEED: usize = 1000;

fn arg(name: &str) -> Option<String> {
    std::env::args().skip_while(|a| a != name).nth(1)
}

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

fn build(store: &mut Store, articles: usize, now: i64) -> Duration {
    let started = Instant::now();
    let feeds = articles.div_ceil(PER_FEED);
    for f in 0..feeds {
        let feed_id = store
            .add_feed(&NewFeed {
                url: format!("http://bench.example/{f}.xml"),
                folder_id: Some(
                    store
                        .folder_id(&format!("Folder {}", f % 20))
                        .expect("folder"),
                ),
                ..Default::default()
            })
            .expect("feed")
            .id();
        let parsed = ParsedFeed {
            title: format!("Feed {f}"),
            site_url: None,
            summary_only: false,
            articles: (0..PER_FEED)
                .map(|k| NewArticle {
                    guid: format!("{f}-{k}"),
                    url: Some(format!("http://bench.example/{f}/{k}.html")),
                    title: format!("Story {k} of feed {f}"),
                    author: None,
                    // interleaved over time, as many feeds publish
                    published_at: now - (k * feeds + f) as i64 * 30,
                    published_from_feed: true,
                    updated_at: None,
                    summary: Some(format!("A short summary of story {k}, feed {f}.")),
                    content: Some(format!("<p>Story {k} of feed {f}: some words here.</p>")),
                    content_hash: format!("{f}-{k}"),
                    enclosures: Vec::new(),
                })
                .collect(),
        };
        store
            .apply_feed(feed_id, &parsed, &FetchMeta::default(), now, 1800)
            .expect("articles");
    }
    started.elapsed()
}

fn main() {
    let articles: usize = arg("--articles")
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let now = broadsheet_engine::model::now();
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = arg("--keep").map_or_else(|| temp.path().to_path_buf(), std::path::PathBuf::from);
    let opened = Instant::now();
    let mut store = Store::open_in(&dir).expect("store");
    println!("opened (and migrated) in {}", ms(opened.elapsed()));
    if store.stats().expect("stats").articles == 0 {
        let took = build(&mut store, articles, now);
        // images already looked at, as after the offline passes of a running app
        let done: Vec<i64> = (1..=articles as i64).collect();
        store.mark_images_done(&done, now).expect("images");
        // a tenth read (two folders of twenty), a bookmark every 997 articles
        for folder in store.folders().expect("folders").iter().take(2) {
            store.mark_view_read(View::Folder(folder.id)).expect("read");
        }
        for id in (1..articles as i64).step_by(997) {
            store.set_bookmarked(id, true).expect("bookmark");
        }
        println!(
            "built {articles} articles in {:.1} s, peak RSS {:.0} MiB",
            took.as_secs_f64(),
            peak_rss_mib()
        );
    }
    let stats = store.stats().expect("stats");
    println!(
        "store: {} articles, {} feeds, {:.0} MiB",
        stats.articles,
        stats.feeds,
        stats.database_bytes as f64 / 1048576.0
    );
    let folder = store.folders().expect("folders")[0].id;
    let feed = store.feeds().expect("feeds")[0].id;
    let page = |view: View, offset: u32| ArticleQuery {
        view,
        unread_only: false,
        limit: 100,
        offset,
        ..Default::default()
    };
    let total = stats.articles as u32;
    let first_jump = Instant::now();
    store.articles(&page(View::All, total / 2)).expect("page");
    let first_jump = first_jump.elapsed();
    // a change to the store moves every position after it: the next jump is as far
    let timed = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        t.elapsed()
    };
    let some_article = store.articles(&page(View::All, 10)).expect("page")[0].id;
    store.set_read(some_article, true).expect("read");
    let after_a_read = timed(&mut || drop(store.articles(&page(View::All, total / 2))));
    let (_, unread) = store.view_counts(View::Unread).expect("counts");
    let unread_jump = timed(&mut || drop(store.articles(&page(View::Unread, unread as u32 / 2))));
    let (in_folder, _) = store.view_counts(View::Folder(folder)).expect("counts");
    let folder_jump =
        timed(&mut || drop(store.articles(&page(View::Folder(folder), in_folder as u32 / 2))));
    store.set_read(some_article, false).expect("unread");
    let rows: Vec<(&str, Duration)> = vec![
        ("list: first jump 500,000 rows down", first_jump),
        (
            "list: the same jump right after an article was read",
            after_a_read,
        ),
        ("list: first jump to the middle of Unread", unread_jump),
        ("list: first jump to the middle of a folder", folder_jump),
        (
            "sidebar: smart counts",
            median(|| drop(store.smart_counts())),
        ),
        ("sidebar: feeds with counts", median(|| drop(store.feeds()))),
        (
            "view counts: All",
            median(|| drop(store.view_counts(View::All))),
        ),
        (
            "view counts: Unread",
            median(|| drop(store.view_counts(View::Unread))),
        ),
        (
            "view counts: a folder",
            median(|| drop(store.view_counts(View::Folder(folder)))),
        ),
        (
            "view counts: a feed",
            median(|| drop(store.view_counts(View::Feed(feed)))),
        ),
        (
            "list: first page of All",
            median(|| drop(store.articles(&page(View::All, 0)))),
        ),
        (
            "list: a page 500,000 rows down",
            median(|| drop(store.articles(&page(View::All, total / 2)))),
        ),
        (
            "list: a page in the middle of a folder",
            median(|| drop(store.articles(&page(View::Folder(folder), in_folder as u32 / 2)))),
        ),
        (
            "list: the last page",
            median(|| drop(store.articles(&page(View::All, total.saturating_sub(100))))),
        ),
        (
            "retention with nothing to purge",
            median(|| drop(store.purge_older_than(3650, now, &[]))),
        ),
        (
            "offline pass with nothing to do: full texts",
            median(|| drop(store.full_text_todo(OfflineScope::Due, now))),
        ),
        (
            "offline pass with nothing to do: images",
            median(|| drop(store.image_todo(OfflineScope::Due, ImagePolicy::All))),
        ),
        (
            "feeds due (none)",
            median(|| drop(store.feeds_to_refresh(now, true))),
        ),
        (
            "finalize unsubscribes (none)",
            median(|| drop(store.finalize_undo(now))),
        ),
        (
            "search, two words",
            median(|| drop(store.search("story feed", 50))),
        ),
    ];
    println!("| step | median of 7 |\n|---|---|");
    for (name, took) in rows {
        println!("| {name} | {} |", ms(took));
    }
    println!("peak RSS {:.0} MiB", peak_rss_mib());
}
