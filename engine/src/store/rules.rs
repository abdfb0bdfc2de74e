//! Rules in the database: add, change, order, enable, remove; the compiled set refreshes use
//! (kept until a rule changes); what a rule does to an article (one statement, so counts move
//! through migration 0008's triggers); a rule tried on stored articles before it is saved, and
//! applied to them on demand.

use std::sync::Arc;

use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::articles::{summary_from_row, SUMMARY_COLUMNS};
use super::{changed_or_not_found, Store};
use crate::error::{Error, Result};
use crate::feeds::rules::{Action, ArticleFields, Field, MatchKind, Outcome, Place, Rule, RuleSet};
use crate::model::{ArticleSummary, Timestamp};
use crate::text::html_to_text;

const RULE_COLUMNS: &str =
    "id, enabled, fields, match_kind, pattern, case_sensitive, feed_id, folder_id, actions";

fn rule_from_row(r: &Row) -> rusqlite::Result<Rule> {
    let list = |s: String| -> Vec<String> {
        s.split(',')
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect()
    };
    let fields: String = r.get(2)?;
    let kind: String = r.get(3)?;
    let actions: String = r.get(8)?;
    Ok(Rule {
        id: r.get(0)?,
        enabled: r.get(1)?,
        // written by this module only, so they parse; anything else is skipped
        fields: list(fields)
            .iter()
            .filter_map(|f| Field::parse(f).ok())
            .collect(),
        match_kind: MatchKind::parse(&kind).unwrap_or(MatchKind::Any),
        pattern: r.get(4)?,
        case_sensitive: r.get(5)?,
        feed_id: r.get(6)?,
        folder_id: r.get(7)?,
        actions: list(actions)
            .iter()
            .filter_map(|a| Action::parse(a).ok())
            .collect(),
    })
}

fn join<T>(items: &[T], name: impl Fn(&T) -> &'static str) -> String {
    items.iter().map(name).collect::<Vec<_>>().join(",")
}

/// Articles the preview looks at, at most (the newest): it answers as you type in any store.
pub const PREVIEW_ARTICLES: usize = 20_000;

/// Which stored articles a rule is run over.
enum Candidates {
    /// Every stored article, hidden ones too ("apply now").
    All,
    /// The newest in the lists published since `since`, `at_most` of them (the preview).
    Newest { since: Timestamp, at_most: usize },
}

/// A rule tried on stored articles: how many it would match and the newest of them.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RulePreview {
    pub matches: usize,
    /// Articles looked at (published since the start of the window).
    pub looked_at: usize,
    /// More were published in the window than the preview looks at.
    pub capped: bool,
    pub newest: Vec<ArticleSummary>,
}

impl Store {
    /// Every rule, in the order they run.
    pub fn rules(&self) -> Result<Vec<Rule>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {RULE_COLUMNS} FROM rules ORDER BY position, id"
        ))?;
        let rows = stmt.query_map([], rule_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn rule(&self, id: i64) -> Result<Rule> {
        self.conn
            .query_row(
                &format!("SELECT {RULE_COLUMNS} FROM rules WHERE id = ?1"),
                [id],
                rule_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "rule",
                id: id.to_string(),
            })
    }

    /// Checks and stores a new rule, last in order. Returns its id.
    pub fn add_rule(&mut self, rule: &Rule, now: Timestamp) -> Result<i64> {
        self.write_rule(
            &Rule {
                id: 0,
                ..rule.clone()
            },
            now,
        )
    }

    /// Replaces what rule `rule.id` says (its place in the order stays).
    pub fn update_rule(&mut self, rule: &Rule) -> Result<()> {
        self.rule(rule.id)?;
        self.write_rule(rule, crate::model::now()).map(|_| ())
    }

    /// Checks `rule` and stores it: a new one (id 0) last in order, else over the stored one
    /// (its place and creation time kept).
    fn write_rule(&mut self, rule: &Rule, now: Timestamp) -> Result<i64> {
        self.check_rule_place(rule)?;
        rule.check()?;
        let id: i64 = self.conn.query_row(
            "INSERT INTO rules(id, position, enabled, fields, match_kind, pattern, case_sensitive,
                 feed_id, folder_id, actions, created_at)
             VALUES (NULLIF(?1, 0), (SELECT COALESCE(MAX(position), 0) + 1 FROM rules),
                 ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled, fields = excluded.fields,
                 match_kind = excluded.match_kind, pattern = excluded.pattern,
                 case_sensitive = excluded.case_sensitive, feed_id = excluded.feed_id,
                 folder_id = excluded.folder_id, actions = excluded.actions
             RETURNING id",
            params![
                rule.id,
                rule.enabled,
                join(&rule.fields, |f| f.name()),
                rule.match_kind.name(),
                rule.pattern,
                rule.case_sensitive,
                rule.feed_id,
                rule.folder_id,
                join(&rule.actions, |a| a.name()),
                now
            ],
            |r| r.get(0),
        )?;
        self.forget_rules();
        Ok(id)
    }

    pub fn set_rule_enabled(&mut self, id: i64, enabled: bool) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE rules SET enabled = ?2 WHERE id = ?1",
            params![id, enabled],
        )?;
        self.forget_rules();
        changed_or_not_found(changed, "rule", id)
    }

    /// Shows an article a rule hid in the lists again (it stays read).
    pub fn unhide_article(&self, id: i64) -> Result<()> {
        let changed = self.conn.execute(
            "UPDATE articles SET hidden = 0 WHERE id = ?1 AND hidden = 1 AND purged_at IS NULL",
            [id],
        )?;
        changed_or_not_found(changed, "hidden article", id)
    }

    /// Shows every article rule `id` hid in the lists again; returns how many.
    pub fn unhide_rule_articles(&self, id: i64) -> Result<usize> {
        self.rule(id)?;
        Ok(self.conn.execute(
            "UPDATE articles SET hidden = 0 WHERE rule_id = ?1 AND hidden = 1",
            [id],
        )?)
    }

    /// Removes a rule; articles it touched keep what it did (and no longer name it).
    pub fn remove_rule(&mut self, id: i64) -> Result<()> {
        let changed = self.conn.execute("DELETE FROM rules WHERE id = ?1", [id])?;
        self.forget_rules();
        changed_or_not_found(changed, "rule", id)
    }

    /// Moves rule `id` to `index` (0 = first) in the order.
    pub fn move_rule(&mut self, id: i64, index: usize) -> Result<()> {
        let mut ids: Vec<i64> = self.rules()?.into_iter().map(|r| r.id).collect();
        let from = ids
            .iter()
            .position(|&r| r == id)
            .ok_or_else(|| Error::NotFound {
                kind: "rule",
                id: id.to_string(),
            })?;
        let id = ids.remove(from);
        ids.insert(index.min(ids.len()), id);
        let tx = self.conn.transaction()?;
        for (position, id) in ids.iter().enumerate() {
            tx.execute(
                "UPDATE rules SET position = ?2 WHERE id = ?1",
                params![id, position as i64 + 1],
            )?;
        }
        tx.commit()?;
        self.forget_rules();
        Ok(())
    }

    fn check_rule_place(&self, rule: &Rule) -> Result<()> {
        if let Some(feed) = rule.feed_id {
            self.feed(feed)?;
        }
        if let Some(folder) = rule.folder_id {
            if !self.folders()?.iter().any(|f| f.id == folder) {
                return Err(Error::NotFound {
                    kind: "folder",
                    id: folder.to_string(),
                });
            }
        }
        Ok(())
    }

    /// The enabled rules, compiled once and kept until one changes.
    pub(crate) fn rule_set(&self) -> Result<Arc<RuleSet>> {
        if let Some(set) = self.rule_cache.borrow().as_ref() {
            return Ok(set.clone());
        }
        let set = Arc::new(RuleSet::new(self.rules()?));
        *self.rule_cache.borrow_mut() = Some(set.clone());
        Ok(set)
    }

    fn forget_rules(&self) {
        *self.rule_cache.borrow_mut() = None;
    }

    /// What `rule` would match among the articles in the lists published since `since` (the
    /// newest [`PREVIEW_ARTICLES`] at most, so it answers at once in any store), with the
    /// newest `limit` of them: the editor's live preview.
    pub fn preview_rule(&self, rule: &Rule, since: Timestamp, limit: usize) -> Result<RulePreview> {
        self.preview_rule_within(rule, since, limit, PREVIEW_ARTICLES)
    }

    /// [`Store::preview_rule`] looking at `at_most` articles.
    pub fn preview_rule_within(
        &self,
        rule: &Rule,
        since: Timestamp,
        limit: usize,
        at_most: usize,
    ) -> Result<RulePreview> {
        let mut rule = rule.clone();
        rule.enabled = true;
        rule.check()?;
        let set = RuleSet::new(vec![rule]);
        let mut preview = RulePreview::default();
        let mut ids = Vec::new();
        let window = Candidates::Newest { since, at_most };
        self.each_candidate(&set, window, |id, outcome| {
            preview.looked_at += 1;
            if outcome.rule_id.is_some() {
                preview.matches += 1;
                if ids.len() < limit {
                    ids.push(id);
                }
            }
            Ok(())
        })?;
        preview.newest = self.summaries(&ids)?;
        preview.capped = preview.looked_at >= at_most;
        Ok(preview)
    }

    /// Applies rule `id` to every stored article (not only new ones): "Apply to existing
    /// articles". Returns how many it matched. Notifications are for new articles only.
    pub fn apply_rule(&mut self, id: i64, now: Timestamp) -> Result<usize> {
        let mut rule = self.rule(id)?;
        rule.enabled = true;
        let set = RuleSet::new(vec![rule]);
        let mut matched = Vec::new();
        self.each_candidate(&set, Candidates::All, |id, outcome| {
            if outcome.rule_id.is_some() {
                matched.push((id, outcome));
            }
            Ok(())
        })?;
        let tx = self.conn.transaction()?;
        for (id, outcome) in &matched {
            apply_outcome(&tx, *id, outcome, now)?;
        }
        tx.commit()?;
        Ok(matched.len())
    }

    /// Runs `set` over stored articles, newest first.
    fn each_candidate(
        &self,
        set: &RuleSet,
        which: Candidates,
        mut f: impl FnMut(i64, Outcome) -> Result<()>,
    ) -> Result<()> {
        let text = set.reads_text();
        // the preview walks the lists' own index (hidden ones are not in it), newest first
        let (hidden, since, at_most) = match which {
            Candidates::All => ("", i64::MIN, -1),
            Candidates::Newest { since, at_most } => (" AND a.hidden = 0", since, at_most as i64),
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT a.id, a.feed_id, f.folder_id, a.title, COALESCE(a.author, ''), COALESCE(a.url, ''),
                    COALESCE(f.user_title, NULLIF(f.title, ''), f.url),
                    CASE WHEN ?2 THEN COALESCE(
                        (SELECT t.html FROM full_texts t WHERE t.article_id = a.id), a.content, '')
                        ELSE '' END,
                    CASE WHEN ?2 THEN COALESCE(a.summary, '') ELSE '' END
               FROM articles a JOIN feeds f ON f.id = a.feed_id
              WHERE a.purged_at IS NULL{hidden} AND f.removed_at IS NULL AND a.published_at >= ?1
              ORDER BY a.published_at DESC, a.id DESC LIMIT ?3"
        ))?;
        let mut rows = stmt.query(params![since, text, at_most])?;
        while let Some(r) = rows.next()? {
            let (content, summary): (String, String) = (r.get(7)?, r.get(8)?);
            let (summary, content) = if text {
                (html_to_text(&summary), html_to_text(&content))
            } else {
                (String::new(), String::new())
            };
            let (title, author, link, feed): (String, String, String, String) =
                (r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?);
            let fields = ArticleFields {
                title: &title,
                text: &summary,
                more_text: &content,
                author: &author,
                link: &link,
                feed: &feed,
            };
            let place = Place {
                feed_id: r.get(1)?,
                folder_id: r.get(2)?,
            };
            f(r.get(0)?, set.apply(&fields, place))?;
        }
        Ok(())
    }

    fn summaries(&self, ids: &[i64]) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1"
        ))?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(row) = stmt.query_row([id], summary_from_row).optional()? {
                out.push(row);
            }
        }
        Ok(out)
    }

    /// The rule that touched article `id`, described, if one did and still exists.
    pub fn article_rule(&self, id: i64) -> Result<Option<Rule>> {
        let rule_id: Option<i64> = self
            .conn
            .query_row("SELECT rule_id FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        match rule_id {
            Some(rule) => Ok(self.rule(rule).ok()),
            None => Ok(None),
        }
    }
}

/// What the matching rules do to one stored article, in one statement (the count triggers
/// see it), as a refresh does to a new one ([`Outcome`] says what follows from what). The
/// first rule to touch an article stays the one it names.
fn apply_outcome(tx: &Transaction, id: i64, o: &Outcome, now: Timestamp) -> Result<()> {
    tx.prepare_cached(
        "UPDATE articles SET
             read = CASE WHEN ?2 THEN 1 ELSE read END,
             read_at = CASE WHEN ?2 AND read = 0 THEN ?8 ELSE read_at END,
             hidden = CASE WHEN ?3 THEN 1 ELSE hidden END,
             bookmarked = CASE WHEN ?4 THEN 1 ELSE bookmarked END,
             bookmarked_at = CASE WHEN ?4 AND bookmarked = 0 THEN ?8 ELSE bookmarked_at END,
             full_fetched_at = CASE WHEN ?5 AND full_fetched_at IS NULL
                                    THEN ?8 ELSE full_fetched_at END,
             images_at = CASE WHEN ?6 AND images_at IS NULL THEN -1 ELSE images_at END,
             rule_id = COALESCE(rule_id, ?7)
         WHERE id = ?1 AND purged_at IS NULL",
    )?
    .execute(params![
        id,
        o.marks_read(),
        o.hide,
        o.bookmark,
        o.skips_page(),
        o.skips_images(),
        o.rule_id,
        now
    ])?;
    Ok(())
}
