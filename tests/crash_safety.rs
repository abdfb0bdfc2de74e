//! Crash safety: `kill -9` the app at random moments during a refresh of 1,000 feeds and
//! during a bookmark export, 20 times each (8 on Windows, where the test runs under Wine and
//! every start of the program costs a second or more of the test command's budget). After every kill the database passes
//! `PRAGMA integrity_check`, and every bookmark and read state committed before the kill is
//! still there; an export file is either the previous whole file or the new whole file.

#[path = "../engine/tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use broadsheet_engine::Store;
use support::{Response, Server};

const FEEDS: usize = 1000;
const KILLS: usize = if cfg!(windows) { 8 } else { 20 };

struct Rng(u64);
impl Rng {
    /// Seeded from the clock, the seed printed so that a failure can be replayed.
    fn seeded(what: &str) -> Rng {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64
            | 1;
        eprintln!("{what} seed {seed}");
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn broadsheet(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_broadsheet"));
    c.arg("--data-dir")
        .arg(data)
        .env_remove("BROADSHEET_DATA_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// 1,000 feeds whose items change with each generation, so every refresh writes.
fn farm() -> (Server, Arc<AtomicUsize>) {
    let server = Server::start();
    let generation = Arc::new(AtomicUsize::new(0));
    for n in 0..FEEDS {
        let generation = generation.clone();
        server.route(&format!("/f/{n}.xml"), move |_| {
            let g = generation.load(Ordering::SeqCst);
            let items: String = (0..20)
                .map(|k| {
                    let id = g * 5 + k; // five new items per generation, fifteen kept
                    format!(
                        "<item><guid>f{n}-{id}</guid><title>Feed {n} story {id}</title><link>http://127.0.0.1/{n}/{id}</link>\
                         <description>Story {id} of feed {n}: {}</description></item>",
                        "words of text ".repeat(40)
                    )
                })
                .collect();
            Some(Response::ok(
                "application/rss+xml",
                format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {n}</title>{items}</channel></rss>"),
            ))
        });
    }
    (server, generation)
}

/// Imports an OPML of the server's `count` feeds (`{prefix}{n}.xml`) into `data`.
fn subscribe(dir: &Path, data: &Path, server: &Server, count: usize, prefix: &str) {
    let opml_path = dir.join("feeds.opml");
    let outlines: String = (0..count)
        .map(|n| {
            format!(
                r#"<outline type="rss" text="Feed {n}" xmlUrl="{}"/>"#,
                server.url(&format!("{prefix}{n}.xml"))
            )
        })
        .collect();
    std::fs::write(
        &opml_path,
        format!(
            r#"<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>"#
        ),
    )
    .unwrap();
    let opml = opml_path.to_string_lossy();
    set_up(data, &["import", &opml]);
}

/// Runs a step that sets the test up (not one under test), with what it printed kept. Under
/// Wine a step once failed with nothing to show for it (CI, 2026-12-07; it passed when run
/// again): a failure is said with its output and tried once more, and the second must pass.
fn set_up(data: &Path, args: &[&str]) {
    let run = || {
        broadsheet(data)
            .args(args)
            .stderr(Stdio::piped())
            .output()
            .unwrap()
    };
    let first = run();
    if first.status.success() {
        return;
    }
    eprintln!(
        "setting up, `{}` failed ({}): {}; trying once more",
        args.join(" "),
        first.status,
        String::from_utf8_lossy(&first.stderr)
    );
    std::thread::sleep(Duration::from_secs(1));
    let again = run();
    assert!(
        again.status.success(),
        "`{}` failed twice ({}): {}",
        args.join(" "),
        again.status,
        String::from_utf8_lossy(&again.stderr)
    );
}

/// What the person did before the kill: article id -> (read, bookmarked), every article.
fn committed_state(data: &Path) -> HashMap<i64, (bool, bool)> {
    let db = rusqlite::Connection::open(data.join("broadsheet.db")).unwrap();
    let mut stmt = db
        .prepare("SELECT id, read, bookmarked FROM articles WHERE purged_at IS NULL")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

fn check(data: &Path, expected: &HashMap<i64, (bool, bool)>, when: &str) {
    let store = Store::open_in(data).unwrap_or_else(|e| panic!("{when}: cannot open: {e}"));
    assert_eq!(
        store.integrity_check().unwrap(),
        Ok(()),
        "{when}: integrity_check"
    );
    // the kept counts moved in the same transactions as the rows: a kill leaves them right
    assert_eq!(store.count_mismatches().unwrap(), vec![], "{when}: counts");
    drop(store);
    let now = committed_state(data);
    for (id, state) in expected {
        // retention may not remove anything here (nothing is old), so every article is there
        assert_eq!(now.get(id), Some(state), "{when}: article {id}");
    }
}

#[test]
fn kill_9_during_refresh_and_export_loses_nothing() {
    let mut rng = Rng::seeded("crash-safety");
    let (server, generation) = farm();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    subscribe(dir.path(), &data, &server, FEEDS, "/f/");
    set_up(&data, &["config", "retention_days", "0"]);
    // one whole refresh: its length bounds the random kill moments
    let started = Instant::now();
    broadsheet(&data)
        .args(["refresh", "--no-offline"])
        .status()
        .unwrap();
    let full = started.elapsed();
    eprintln!("a whole refresh of {FEEDS} feeds takes {full:?}");

    for round in 0..KILLS {
        // the person reads and bookmarks; each of these commits before the next starts
        let expected = {
            let store = Store::open_in(&data).unwrap();
            let ids: Vec<i64> = committed_state(&data).into_keys().collect();
            for _ in 0..10 {
                let id = ids[rng.below(ids.len() as u64) as usize];
                store.set_read(id, rng.below(2) == 0).unwrap();
                store.set_bookmarked(id, rng.below(2) == 0).unwrap();
            }
            drop(store);
            committed_state(&data)
        };
        generation.fetch_add(1, Ordering::SeqCst);
        let mut child = broadsheet(&data)
            .args(["refresh", "--no-offline"])
            .spawn()
            .unwrap();
        let at = Duration::from_millis(rng.below(full.as_millis() as u64 + 50));
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        check(&data, &expected, &format!("refresh kill {round} at {at:?}"));
    }

    // exports: kill while writing; the file is never half written
    let out = dir.path().join("bookmarks.html");
    let whole = |path: &Path| {
        let text = std::fs::read_to_string(path).unwrap();
        text.starts_with("<!doctype html>") && text.ends_with("</body></html>\n")
    };
    {
        let store = Store::open_in(&data).unwrap();
        let mut ids: Vec<i64> = committed_state(&data).into_keys().collect();
        ids.sort();
        for id in ids.iter().take(3000) {
            store.set_bookmarked(*id, true).unwrap();
        }
    }
    let started = Instant::now();
    assert!(broadsheet(&data)
        .arg("export-bookmarks")
        .arg(&out)
        .status()
        .unwrap()
        .success());
    let export_time = started.elapsed();
    assert!(whole(&out));
    let expected = committed_state(&data);
    let exported = std::fs::read_to_string(&out)
        .unwrap()
        .matches("<article")
        .count();
    let bookmarked = expected.values().filter(|(_, b)| *b).count();
    assert!(bookmarked >= 3000);
    assert_eq!(exported, bookmarked, "every bookmark exported");
    for round in 0..KILLS {
        let mut child = broadsheet(&data)
            .arg("export-bookmarks")
            .arg(&out)
            .spawn()
            .unwrap();
        let at = Duration::from_millis(rng.below(export_time.as_millis() as u64 + 20));
        std::thread::sleep(at);
        let _ = child.kill();
        let _ = child.wait();
        assert!(
            whole(&out),
            "export kill {round} at {at:?}: the file is half written"
        );
        check(&data, &expected, &format!("export kill {round} at {at:?}"));
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".part"))
        .collect();
    // a last whole export clears what the killed ones left
    assert!(broadsheet(&data)
        .arg("export-bookmarks")
        .arg(&out)
        .status()
        .unwrap()
        .success());
    let leftovers_after = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .count();
    eprintln!(
        "export takes {export_time:?}; part files left by kills: {}, after the next export: {leftovers_after}",
        leftovers.len()
    );
    assert_eq!(leftovers_after, 0);
}

const PAGE_FEEDS: usize = 50;
const PAGE_ITEMS: usize = 20;
const PASS_KILLS: usize = if cfg!(windows) { 5 } else { 10 };

/// 50 summary-only feeds of 20 items, each item's page an article with a picture of its own.
fn page_farm() -> Server {
    let server = Server::start();
    let png = std::fs::read(support::seed_dir().join("images/csto-meeting.png")).unwrap();
    for n in 0..PAGE_FEEDS {
        let items: String = (0..PAGE_ITEMS)
            .map(|k| {
                format!(
                    "<item><guid>p{n}-{k}</guid><title>Council {n} votes on well {k}</title>\
                     <link>{}</link><description>Council {n} and well {k}.</description></item>",
                    server.url(&format!("/p/{n}/{k}.html"))
                )
            })
            .collect();
        server.file(
            &format!("/pf/{n}.xml"),
            "application/rss+xml",
            format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Pages {n}</title>{items}</channel></rss>"),
        );
        for k in 0..PAGE_ITEMS {
            let paragraph = format!(
                "<p>The council of district {n} met on Monday to vote on well {k}, which the \
                 villages around it have asked for since the spring, and the vote was close \
                 after a long debate about water for the fields and for the schools nearby.</p>"
            );
            server.file(
                &format!("/p/{n}/{k}.html"),
                "text/html",
                format!(
                    "<!doctype html><html><head><title>Council {n} votes on well {k}</title></head>\
                     <body><nav><a href=/>Home</a></nav><article><h1>Council {n} votes on well {k}</h1>\
                     {paragraph}<figure><img src=\"/i/{n}/{k}.png\" alt=\"\"></figure>{paragraph}{paragraph}\
                     </article></body></html>"
                ),
            );
            server.file(&format!("/i/{n}/{k}.png"), "image/png", png.clone());
        }
    }
    server
}

/// Every full text stored so far: article id -> its text.
fn stored_full_texts(data: &Path) -> HashMap<i64, String> {
    let db = rusqlite::Connection::open(data.join("broadsheet.db")).unwrap();
    let mut stmt = db
        .prepare("SELECT article_id, html FROM full_texts")
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// What a kill in the offline pass may never leave: a stored full text whose attempt was not
/// counted, or an image recorded as stored whose file is not there.
fn check_pass(data: &Path, before: &HashMap<i64, String>, when: &str) {
    check(data, &committed_state(data), when);
    let now = stored_full_texts(data);
    for (id, text) in before {
        assert_eq!(now.get(id), Some(text), "{when}: full text of {id}");
    }
    let db = rusqlite::Connection::open(data.join("broadsheet.db")).unwrap();
    let uncounted: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM full_texts t
              WHERE NOT EXISTS (SELECT 1 FROM page_attempts p
                                WHERE p.article_id = t.article_id AND p.attempts > 0)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(uncounted, 0, "{when}: full texts without their attempt");
    let hashes: Vec<String> = db
        .prepare("SELECT DISTINCT hash FROM images WHERE hash IS NOT NULL")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    for hash in hashes {
        let file = data.join("images").join(&hash[..2]).join(&hash);
        assert!(
            file.exists(),
            "{when}: image {hash} recorded, its file missing"
        );
    }
}

/// `cp -r`, in Rust so that it runs on Windows too.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn kill_9_during_the_offline_pass_loses_nothing() {
    let mut rng = Rng::seeded("offline crash-safety");
    let server = page_farm();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    subscribe(dir.path(), &data, &server, PAGE_FEEDS, "/pf/");
    assert!(broadsheet(&data)
        .args(["refresh", "--no-offline"])
        .status()
        .unwrap()
        .success());
    // one whole pass, on a copy: its length bounds the random kill moments, and it shows the
    // pass stores every page and picture
    let copy = dir.path().join("copy");
    copy_dir(&data, &copy);
    let started = Instant::now();
    assert!(broadsheet(&copy).arg("refresh").status().unwrap().success());
    let full = started.elapsed();
    let whole = stored_full_texts(&copy);
    assert_eq!(
        whole.len(),
        PAGE_FEEDS * PAGE_ITEMS,
        "a whole pass stores every page"
    );
    check_pass(&copy, &whole, "after a whole pass");
    eprintln!(
        "a whole offline pass of {} pages takes {full:?}",
        PAGE_FEEDS * PAGE_ITEMS
    );

    let mut stored_before_kills = 0;
    for round in 0..PASS_KILLS {
        let before = stored_full_texts(&data);
        stored_before_kills = stored_before_kills.max(before.len());
        let mut child = broadsheet(&data).arg("refresh").spawn().unwrap();
        let at = Duration::from_millis(rng.below(full.as_millis() as u64 + 50));
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        check_pass(&data, &before, &format!("offline kill {round} at {at:?}"));
    }
    // whatever the kills left due is done by the next whole pass, and nothing is lost
    let before = stored_full_texts(&data);
    assert!(broadsheet(&data).arg("refresh").status().unwrap().success());
    check_pass(&data, &before, "the pass after the kills");
    eprintln!(
        "full texts stored: {} before the last kill, {} after the next whole pass",
        stored_before_kills,
        stored_full_texts(&data).len()
    );
}
