//! Feed health from the command line: `feeds --health` (worst first, what is wrong and what
//! to do), `set-url` (change a feed's address) and `rediscover` (find the feed again from
//! its site). `refresh ID` is "retry now".

use broadsheet_engine::feeds::health::State;
use broadsheet_engine::model::now;
use broadsheet_engine::net::fetch::Fetcher;
use broadsheet_engine::{pipeline::subscribe, text, Error, Store};

use super::common::{emit, ExitCode, Global};
use super::l10n::{message, t};

/// `broadsheet feeds --health`.
pub fn list(global: &Global, store: &Store) -> Result<ExitCode, Error> {
    let health = store.feed_health(now())?;
    emit(global, &health, || {
        if health.is_empty() {
            return t!("cli-health-none");
        }
        let mut lines = Vec::new();
        for h in &health {
            let f = &h.facts;
            let state = t!("cli-health-state", state = h.state.label());
            let headline = message(&h.headline);
            let about = match h.since.filter(|_| h.state != State::Fine) {
                Some(since) => t!(
                    "cli-health-since",
                    title = &f.title,
                    date = text::local_date(since),
                    headline = headline
                ),
                None => t!("cli-health-now", title = &f.title, headline = headline),
            };
            // the state's column is as wide as its longest name in this language
            lines.push(format!("{:>5}  {state:<8} {about}", f.feed_id));
            let mut facts = vec![t!(
                "cli-health-per-week",
                count = broadsheet_engine::l10n::Arg::OneDecimal(h.per_week)
            )];
            if let Some(time) = f.last_success_at {
                facts.push(t!("cli-health-last-worked", date = text::local_date(time)));
            }
            if let Some(time) = f.last_new_at {
                facts.push(t!("cli-health-last-new", date = text::local_date(time)));
            }
            if let Some(ms) = f.response_ms {
                facts.push(t!("cli-health-answers", ms = ms));
            }
            if let Some(b) = f.last_bytes {
                facts.push(t!("cli-health-size", kib = (b as f64 / 1024.0).round()));
            }
            if f.consecutive_failures > 0 {
                facts.push(t!("cli-health-failed", count = f.consecutive_failures));
            }
            lines.push(format!("       {}  {}", f.url, facts.join(", ")));
            if let Some(advice) = &h.advice {
                lines.push(format!("       → {}", message(advice)));
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
        t!("cli-set-url", feed = feed_id, url = &feed.url)
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
                t!(
                    "cli-rediscovered",
                    feed = feed_id,
                    url = &found,
                    before = &before
                )
            } else {
                t!("cli-rediscover-same", feed = feed_id, url = &found)
            }
        },
    );
    Ok(ExitCode::Ok)
}
