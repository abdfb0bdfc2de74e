//! `broadsheet refresh` and `broadsheet sync`: the engine's one pipeline
//! ([`broadsheet_engine::pipeline::update`]), its events printed as they come (JSON lines with `--json`)
//! and a summary at the end.

use std::io::Write;

use broadsheet_engine::offline;
use broadsheet_engine::pipeline::refresh::RefreshEvent;
use broadsheet_engine::pipeline::update::{update, UpdateEvent, UpdatePlan};
use broadsheet_engine::sync::SyncEvent;
use broadsheet_engine::text::plural;
use broadsheet_engine::{Error, Store};

use super::common::{data_dir_of, emit, offline_context, runtime, ExitCode, Global};

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
                }) => writeln!(out, "  feed {feed_id}: {new_articles} new"),
                UpdateEvent::Refresh(RefreshEvent::Failed {
                    feed_id,
                    url,
                    error,
                    ..
                }) => writeln!(out, "  feed {feed_id} failed: {error} ({url})"),
                UpdateEvent::Sync(SyncEvent::SyncFinished { summary, .. }) => {
                    let s = summary;
                    writeln!(
                        out,
                        "  account {}: {}, {} sent, {} and {} changed here, {} requests in {} ms",
                        s.account_id,
                        plural(s.new_articles, "new article", "new articles"),
                        plural(s.states_sent + s.feed_changes_sent, "change", "changes"),
                        plural(s.states.read + s.states.unread, "read state", "read states"),
                        plural(s.states.starred + s.states.unstarred, "star", "stars"),
                        s.requests,
                        s.elapsed_ms
                    )
                    .and_then(|_| s.errors.iter().try_for_each(|e| writeln!(out, "    {e}")))
                }
                UpdateEvent::Sync(SyncEvent::SyncFailed {
                    account_id, error, ..
                }) => writeln!(out, "  account {account_id} failed: {error}"),
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
        }),
        || {
            let mut lines = Vec::new();
            if plan.local {
                lines.push(format!(
                    "Refreshed {} in {} ms: {}; {} changed, {} unchanged, {} failed",
                    plural(refreshed.feeds, "feed", "feeds"),
                    refreshed.elapsed_ms,
                    plural(
                        refreshed.new_articles as usize,
                        "new article",
                        "new articles"
                    ),
                    refreshed.updated,
                    refreshed.not_modified,
                    refreshed.failed
                ));
            }
            if !summary.syncs.is_empty() || summary.sync_failed > 0 {
                lines.push(format!(
                    "Synced {}: {}, {} failed",
                    plural(
                        summary.syncs.len() + summary.sync_failed,
                        "account",
                        "accounts"
                    ),
                    plural(
                        summary.syncs.iter().map(|s| s.new_articles).sum(),
                        "new article",
                        "new articles"
                    ),
                    summary.sync_failed
                ));
            }
            if !plan.local && summary.syncs.is_empty() && summary.sync_failed == 0 {
                lines.push(
                    "No feed-server account to sync: add one with \
                     `broadsheet account add greader URL --user NAME`"
                        .to_string(),
                );
            }
            if refreshed.portal {
                lines.push(format!("{}.", offline::PORTAL_MESSAGE));
            }
            if let Some(o) = &summary.offline {
                lines.push(format!(
                    "Offline in {} ms: {} ({} failed), {} ({:.1} MiB, {} refused or failed)",
                    o.elapsed_ms,
                    plural(o.full_texts, "full article", "full articles"),
                    o.full_text_failures,
                    plural(o.images, "image", "images"),
                    o.image_bytes as f64 / 1048576.0,
                    o.image_failures
                ));
                if o.portal && !refreshed.portal {
                    lines.push(format!("{}.", offline::PORTAL_MESSAGE));
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
