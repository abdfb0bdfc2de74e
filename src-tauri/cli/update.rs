//! `broadsheet refresh` and `broadsheet sync`: the engine's one pipeline
//! ([`broadsheet_engine::pipeline::update`]), its events printed as they come (JSON lines with `--json`)
//! and a summary at the end.

use std::io::Write;

use broadsheet_engine::feeds::health;
use broadsheet_engine::pipeline::refresh::RefreshEvent;
use broadsheet_engine::pipeline::update::{update, UpdateEvent, UpdatePlan};
use broadsheet_engine::sync::SyncEvent;
use broadsheet_engine::{Error, Store};

use super::common::{data_dir_of, emit, offline_context, runtime, ExitCode, Global};
use super::l10n::{message, t};

pub fn run(global: &Global, store: &mut Store, plan: &UpdatePlan) -> Result<ExitCode, Error> {
    let settings = store.settings()?;
    let ctx = offline_context(global, store, &settings)?;
    let data_dir = data_dir_of(store);
    let json = global.json;
    let summary = runtime()?.block_on(update(store, &data_dir, &ctx, plan, |event| {
        let mut out = std::io::stdout().lock();
        let _ = if json {
            match event {
                UpdateEvent::Offline(_) => Ok(()),
                _ => writeln!(out, "{}", serde_json::to_string(event).unwrap_or_default()),
            }
        } else {
            match event {
                UpdateEvent::Refresh(RefreshEvent::Finished {
                    feed_id,
                    new_articles,
                    not_modified: false,
                    ..
                }) => writeln!(
                    out,
                    "  {}",
                    t!("cli-feed-new", feed = *feed_id, count = *new_articles)
                ),
                UpdateEvent::Refresh(RefreshEvent::Failed {
                    feed_id,
                    url,
                    error,
                    ..
                }) => writeln!(
                    out,
                    "  {}",
                    t!(
                        "cli-feed-failed",
                        feed = *feed_id,
                        error = message(&health::explain(error)),
                        url = url.as_str()
                    )
                ),
                UpdateEvent::Sync(SyncEvent::SyncFinished { summary, .. }) => {
                    let s = summary;
                    let line = t!(
                        "cli-account-synced",
                        account = s.account_id,
                        new = s.new_articles,
                        sent = s.states_sent + s.feed_changes_sent,
                        states = s.states.read + s.states.unread,
                        stars = s.states.starred + s.states.unstarred,
                        requests = s.requests,
                        ms = s.elapsed_ms
                    );
                    writeln!(out, "  {line}").and_then(|_| {
                        s.errors
                            .iter()
                            .try_for_each(|e| writeln!(out, "    {}", message(e)))
                    })
                }
                UpdateEvent::Sync(SyncEvent::SyncFailed {
                    account_id, error, ..
                }) => writeln!(
                    out,
                    "  {}",
                    t!(
                        "cli-account-failed",
                        account = *account_id,
                        error = message(error)
                    )
                ),
                _ => Ok(()),
            }
        };
    }))?;
    let refreshed = &summary.refresh;
    emit(
        global,
        &serde_json::json!({
            "summary": refreshed,
            "syncs": summary.syncs,
            "sync_failed": summary.sync_failed,
            "purged": summary.purged,
            "offline": summary.offline,
            "stories": summary.stories,
        }),
        || {
            let mut lines = Vec::new();
            if plan.local {
                lines.push(t!(
                    "cli-refreshed",
                    feeds = refreshed.feeds,
                    ms = refreshed.elapsed_ms,
                    new = refreshed.new_articles,
                    changed = refreshed.updated,
                    unchanged = refreshed.not_modified,
                    failed = refreshed.failed
                ));
            }
            if !summary.syncs.is_empty() || summary.sync_failed > 0 {
                lines.push(t!(
                    "cli-synced",
                    accounts = summary.syncs.len() + summary.sync_failed,
                    new = summary.syncs.iter().map(|s| s.new_articles).sum::<usize>(),
                    failed = summary.sync_failed
                ));
            }
            if !plan.local && summary.syncs.is_empty() && summary.sync_failed == 0 {
                lines.push(t!("cli-no-accounts"));
            }
            if refreshed.portal {
                lines.push(t!("portal-sign-in"));
            }
            if let Some(o) = &summary.offline {
                lines.push(t!(
                    "cli-offline",
                    ms = o.elapsed_ms,
                    full = o.full_texts,
                    full_failed = o.full_text_failures,
                    images = o.images,
                    size =
                        broadsheet_engine::l10n::Arg::OneDecimal(o.image_bytes as f64 / 1048576.0),
                    images_failed = o.image_failures
                ));
                if o.portal && !refreshed.portal {
                    lines.push(t!("portal-sign-in"));
                }
            }
            lines.join("\n")
        },
    );
    Ok(if refreshed.failed > 0 || summary.sync_failed > 0 {
        ExitCode::FeedProblem
    } else {
        ExitCode::Ok
    })
}
