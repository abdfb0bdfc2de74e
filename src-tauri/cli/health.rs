//! Feed health from the command line: `feeds --health` (worst first, what is wrong and what
//! to do), `set-url` (change a feed's address) and `rediscover` (find the feed again from
//! its site). `refresh ID` is "retry now".

use broadsheet_engine::feeds::health::State;
use broadsheet_engine::model::now;
use broadsheet_engine::net::fetch::Fetcher;
use broadsheet_engine::{pipeline::subscribe, text, Error, Store};

use super::common::{emit, ExitCode, Global};

/// `broadsheet feeds --health`.
pub fn list(global: &Global, store: &Store) -> Result<ExitCode, Error> {
    let health = store.feed_health(now())?;
    emit(global, &health, || {
        if health.is_empty() {
            return "No subscriptions.".into();
        }
        let mut lines = Vec::new();
        for h in &health {
            let f = &h.facts;
            let since = h
                .since
                .filter(|_| h.state != State::Fine)
                .map(|t| format!(" since {}", text::local_date(t)))
                .unwrap_or_default();
            lines.push(format!(
                "{:>5}  {:<8} {}{since}: {}",
                f.feed_id,
                h.state.label(),
                f.title,
                h.headline
            ));
            let mut facts = vec![format!("{:.1} articles a week", h.per_week)];
            if let Some(t) = f.last_success_at {
                facts.push(format!("last worked {}", text::local_date(t)));
            }
            if let Some(t) = f.last_new_at {
                facts.push(format!("last new {}", text::local_date(t)));
            }
            if let Some(ms) = f.response_ms {
                facts.push(format!("answers in {ms} ms"));
            }
            if let Some(b) = f.last_bytes {
                facts.push(format!("{:.0} KiB", b as f64 / 1024.0));
            }
            match f.consecutive_failures {
                0 => {}
                1 => facts.push("failed once".into()),
                n => facts.push(format!("failed {n} times in a row")),
            }
            lines.push(format!("       {}  {}", f.url, facts.join(", ")));
            if !h.advice.is_empty() {
                lines.push(format!("       → {}", h.advice));
            }
        }
        lines.join("\n")
    });
    Ok(ExitCode::Ok)
}

/// `broadsheet set-url ID URL`.
pub fn set_url(global: &Global, store: &Store, feed_id: i64, url: &str) -> Result<ExitCode, Error> {
    store.set_feed_url(feed_id, url)?;
    let feed = store.feed(feed_id)?;
    emit(global, &feed, || {
        format!(
            "Feed {feed_id} now comes from {}; `broadsheet refresh {feed_id}` fetches it now",
            feed.url
        )
    });
    Ok(ExitCode::Ok)
}

/// `broadsheet rediscover ID`.
pub fn rediscover(
    global: &Global,
    store: &mut Store,
    fetcher: &Fetcher,
    runtime: &tokio::runtime::Runtime,
    feed_id: i64,
) -> Result<ExitCode, Error> {
    let before = store.feed(feed_id)?.url;
    let found = runtime.block_on(subscribe::rediscover(store, fetcher, feed_id))?;
    let moved = found != before;
    emit(
        global,
        &serde_json::json!({ "feed_id": feed_id, "url": found, "changed": moved }),
        || {
            if moved {
                format!("Feed {feed_id} found again: {found} (was {before})")
            } else {
                format!("Feed {feed_id}: its site still names {found}; it will be tried again")
            }
        },
    );
    Ok(ExitCode::Ok)
}
