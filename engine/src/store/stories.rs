//! The same story from many sources, kept (migration 0024): which story each recent article
//! belongs to (`articles.story_id`, the id of the report that leads it), grouped by
//! [`crate::stories`] as refreshes and syncs bring articles in; the pairs a person split
//! ("not the same story"); a story's other reports for the reader; and the filter that makes
//! a list show a story once (`grouped_filter`, used by `paging.rs`).
//!
//! A refresh groups only what arrived since the last grouping ([`Store::group_new_stories`]):
//! its new articles together with the articles published within the story window of them (and
//! every report of a story any of those belongs to), so the new and the old are compared as
//! one set and the result is what grouping them all at once gives.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, params_from_iter, types::Value, OptionalExtension};
use serde::Serialize;

use super::articles::{summary_from_row, view_filter_on, SUMMARY_COLUMNS};
use super::settings::StoryFirst;
use super::Store;
use crate::error::{Error, Result};
use crate::model::{ArticleSummary, Timestamp, View};
use crate::stories::{group_compared, Compared, StoryWords, WINDOW_SECS};
use crate::text::html_to_text;

/// New articles grouped in one go, the newest published first; the rest of a larger batch
/// (the first refresh of a thousand feeds, the first grouping after an upgrade) stays
/// ungrouped.
pub const NEW_AT_ONCE: usize = 2_000;
/// Articles compared with the new ones at most: the newest of those within the window.
pub const COMPARED_AT_ONCE: usize = 6_000;
/// Characters of an article's HTML read for its words: the lead, and the names in it.
const TEXT_CHARS: i64 = 6_000;
/// Articles published within this long (a week) keep their words between groupings
/// (`story_words`): the new articles of a refresh and the days around them. Older words are
/// pruned; an old article a feed brings late is read again.
const WORDS_KEPT_SECS: i64 = 7 * 24 * 3600;
/// Each time a person splits two feeds' reports, their articles' likeness counts this much
/// less from then on.
const SPLIT_LIKENESS: f32 = 0.8;
/// Ids in one `IN (...)` list.
const IDS_AT_ONCE: usize = 500;
/// A grouped list groups the reports that arrived within this long (a week): what a person
/// reads as news. Older ones each show on their own (the reader still names the other
/// reports), so counting a list's rows reads the last week's reports in stories, never every
/// story of a million articles.
pub const LIST_HORIZON_SECS: i64 = 7 * 24 * 3600;

/// What one grouping did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Grouping {
    /// Articles new since the last grouping that were grouped.
    pub new: usize,
    /// Articles compared (the new ones and those around them).
    pub compared: usize,
    /// Articles whose story changed.
    pub changed: usize,
    /// Articles whose text was read for their words; the others' were kept from earlier
    /// groupings.
    pub read: usize,
    /// How long it took, in milliseconds (for benchmarks: `refresh --json` prints it).
    pub millis: u64,
}

/// One article as grouping reads it.
struct Candidate {
    id: i64,
    feed_id: i64,
    published_at: Timestamp,
    story_id: Option<i64>,
    /// Its words: kept from an earlier grouping, or read now from its title and text.
    words: StoryWords,
    /// Whether `words` were read now (and are to be kept).
    read_now: bool,
}

/// An article's longest text in characters (`a`, its full text `t` joined): the page's when
/// stored, else the feed's; what "the longest report" leads by.
const TEXT_LENGTH: &str =
    "MAX(length(COALESCE(a.content, a.summary, '')), COALESCE(length(t.html), 0))";

/// Live: not removed by retention, not hidden by a rule, its feed still subscribed.
const LIVE: &str = "a.purged_at IS NULL AND a.hidden = 0 AND f.removed_at IS NULL";

/// Whether a view shows a story once: every list but a single feed's own and the bookmarks
/// (a bookmark keeps just that article).
pub fn groups(view: View) -> bool {
    !matches!(view, View::Feed(_) | View::Bookmarks)
}

/// The condition (on `a`, after the view's own) that leaves out an article whose story's lead
/// is in the same list, when it arrived after `since`: the lead's row stands for the story. An
/// article whose lead the view does not hold (read, in another folder, gone) shows on its own:
/// grouping never hides one.
pub(super) fn grouped_filter(
    view: View,
    unread_only: bool,
    since: Timestamp,
) -> (String, Vec<Value>) {
    let (lead_in_view, lead_args) = view_filter_on(view, unread_only, "l", "lf");
    let mut args = vec![Value::Integer(since)];
    args.extend(lead_args);
    (
        format!(
            " AND (a.story_id IS NULL OR a.story_id = a.id OR a.fetched_at < ? OR NOT EXISTS (
                 SELECT 1 FROM articles l JOIN feeds lf ON lf.id = l.feed_id
                  WHERE l.id = a.story_id AND {lead_in_view}))"
        ),
        args,
    )
}

/// Where a grouped list's grouping starts: reports that arrived before it show on their own.
pub(super) fn list_horizon() -> Timestamp {
    crate::model::now() - LIST_HORIZON_SECS
}

impl Store {
    /// Groups the articles that arrived since the last grouping (see the module's comment),
    /// leading each story with `first`.
    pub fn group_new_stories(&mut self, first: StoryFirst) -> Result<Grouping> {
        let through: i64 = self.conn.query_row(
            "SELECT grouped_through FROM story_progress WHERE id = 1",
            [],
            |r| r.get(0),
        )?;
        let newest: i64 =
            self.conn
                .query_row("SELECT COALESCE(MAX(id), 0) FROM articles", [], |r| {
                    r.get(0)
                })?;
        if newest <= through {
            return Ok(Grouping::default());
        }
        let started = std::time::Instant::now();
        let new: Vec<(i64, Timestamp)> = {
            // the new rows by id (never a walk of the date index past every old article)
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT a.id, a.published_at FROM articles a NOT INDEXED JOIN feeds f ON f.id = a.feed_id
                  WHERE a.id > ?1 AND a.id <= ?2 AND {LIVE}
                  ORDER BY a.published_at DESC, a.id DESC LIMIT ?3"
            ))?;
            let rows = stmt.query_map(params![through, newest, NEW_AT_ONCE as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut grouping = self.group_around(&new, first)?;
        self.conn.execute(
            "UPDATE story_progress SET grouped_through = ?1 WHERE id = 1",
            [newest],
        )?;
        grouping.millis = started.elapsed().as_millis().try_into().unwrap_or(u64::MAX);
        Ok(grouping)
    }

    /// Groups every recent article again from nothing (grouping switched on, the lead's rule
    /// changed): the same as the refreshes grouping them as they came.
    pub fn regroup_stories(&mut self, first: StoryFirst) -> Result<Grouping> {
        self.conn.execute(
            "UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL",
            [],
        )?;
        self.conn.execute(
            "UPDATE story_progress SET grouped_through = 0 WHERE id = 1",
            [],
        )?;
        self.group_new_stories(first)
    }

    /// Every story led again by `first` (the setting changed): the same groups, each one's
    /// lead chosen anew.
    pub fn relead_stories(&self, first: StoryFirst) -> Result<usize> {
        let mut by_story: HashMap<i64, Vec<(i64, Timestamp, i64)>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT a.story_id, a.id, a.published_at,
                        {TEXT_LENGTH}
                   FROM articles a INDEXED BY articles_story
                   LEFT JOIN full_texts t ON t.article_id = a.id
                  WHERE a.story_id IS NOT NULL"
            ))?;
            let rows = stmt.query_map([], |r| {
                Ok((r.get::<_, i64>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
            })?;
            for row in rows {
                let (story, member) = row?;
                by_story.entry(story).or_default().push(member);
            }
        }
        let tx = self.conn.unchecked_transaction()?;
        let mut changed = 0;
        {
            let mut set = tx.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
            for (story, mut members) in by_story {
                members.sort_by_key(|m| (m.1, m.0));
                let lead = lead_of(&members, first);
                if lead != story {
                    for m in &members {
                        set.execute(params![m.0, lead])?;
                        changed += 1;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Groups `new` (ids and publication times) with the live articles published within the
    /// window of them and every report of their stories, and writes what changed.
    fn group_around(&mut self, new: &[(i64, Timestamp)], first: StoryFirst) -> Result<Grouping> {
        let Some(lo) = new.iter().map(|n| n.1).min() else {
            return Ok(Grouping::default());
        };
        let hi = new.iter().map(|n| n.1).max().unwrap_or(lo);
        let mut ids: Vec<i64> = new.iter().map(|n| n.0).collect();
        {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
                  WHERE a.published_at BETWEEN ?1 AND ?2 AND {LIVE}
                  ORDER BY a.published_at DESC, a.id DESC LIMIT ?3"
            ))?;
            let rows = stmt.query_map(
                params![lo - WINDOW_SECS, hi + WINDOW_SECS, COMPARED_AT_ONCE as i64],
                |r| r.get(0),
            )?;
            for id in rows {
                ids.push(id?);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let mut candidates = self.candidates(&ids)?;
        // and the other reports of every story among them, so no story is cut in two
        let stories: HashSet<i64> = candidates.iter().filter_map(|c| c.story_id).collect();
        let known: HashSet<i64> = candidates.iter().map(|c| c.id).collect();
        let mut more = Vec::new();
        let stories: Vec<i64> = stories.into_iter().collect();
        for chunk in stories.chunks(IDS_AT_ONCE) {
            let sql = format!(
                "SELECT id FROM articles WHERE story_id IN ({})",
                placeholders(chunk.len())
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(params_from_iter(chunk), |r| r.get::<_, i64>(0))?;
            for id in rows {
                let id = id?;
                if !known.contains(&id) {
                    more.push(id);
                }
            }
        }
        candidates.extend(self.candidates(&more)?);
        // articles that were in a story and are no longer live leave it
        let gone = self.leave_stories_if_gone(&more)?;
        candidates.sort_by_key(|c| (c.published_at, c.id));

        let compared: Vec<Compared> = candidates
            .iter()
            .map(|c| Compared {
                words: &c.words,
                published: Some(c.published_at),
                source: Some(c.feed_id),
            })
            .collect();
        let (apart, splits) = self.splits_among(&candidates)?;
        let index_of: HashMap<i64, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        let apart: HashSet<(usize, usize)> = apart
            .into_iter()
            .filter_map(|(a, b)| Some((index_of.get(&a)?.to_owned(), index_of.get(&b)?.to_owned())))
            .collect();
        let groups = group_compared(
            &compared,
            // (nothing split, as mostly: no look-up for each pair)
            |i, j| !apart.is_empty() && (apart.contains(&(i, j)) || apart.contains(&(j, i))),
            |i, j| {
                if splits.is_empty() {
                    return 1.0;
                }
                let pair = feed_pair(candidates[i].feed_id, candidates[j].feed_id);
                splits
                    .get(&pair)
                    .map_or(1.0, |&n| SPLIT_LIKENESS.powi(n.min(16)))
            },
        );

        // each group's lead
        let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, &g) in groups.iter().enumerate() {
            members.entry(g).or_default().push(i);
        }
        let stories: Vec<&Vec<usize>> = members.values().filter(|m| m.len() > 1).collect();
        let lengths = match first {
            StoryFirst::Earliest => HashMap::new(),
            StoryFirst::Longest => {
                let ids: Vec<i64> = stories
                    .iter()
                    .flat_map(|m| m.iter())
                    .map(|&i| candidates[i].id)
                    .collect();
                self.text_lengths(&ids)?
            }
        };
        let mut story_of: Vec<Option<i64>> = vec![None; candidates.len()];
        for list in stories {
            let members: Vec<(i64, Timestamp, i64)> = list
                .iter()
                .map(|&i| {
                    let c = &candidates[i];
                    (
                        c.id,
                        c.published_at,
                        lengths.get(&c.id).copied().unwrap_or(0),
                    )
                })
                .collect();
            let lead = lead_of(&members, first);
            for &i in list {
                story_of[i] = Some(lead);
            }
        }
        let tx = self.conn.transaction()?;
        let mut changed = gone;
        {
            let mut set = tx.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
            for (c, story) in candidates.iter().zip(&story_of) {
                if c.story_id != *story {
                    set.execute(params![c.id, story])?;
                    changed += 1;
                }
            }
        }
        // the words read now, kept for the next groupings; words too old to be compared go
        let kept_from = crate::model::now() - WORDS_KEPT_SECS;
        tx.execute(
            "DELETE FROM story_words WHERE published_at < ?1",
            [kept_from],
        )?;
        {
            let mut keep = tx.prepare_cached(
                "INSERT OR REPLACE INTO story_words(article_id, published_at, words) VALUES (?1, ?2, ?3)",
            )?;
            for c in candidates
                .iter()
                .filter(|c| c.read_now && c.published_at >= kept_from)
            {
                // (a map of words and numbers always serializes)
                if let Ok(words) = serde_json::to_string(&c.words) {
                    keep.execute(params![c.id, c.published_at, words])?;
                }
            }
        }
        tx.commit()?;
        Ok(Grouping {
            new: new.len(),
            compared: candidates.len(),
            changed,
            read: candidates.iter().filter(|c| c.read_now).count(),
            millis: 0,
        })
    }

    /// The articles of `ids` that are live, as grouping reads them: their words as kept, else
    /// read from their title and the start of their text.
    fn candidates(&self, ids: &[i64]) -> Result<Vec<Candidate>> {
        let mut out = Vec::with_capacity(ids.len());
        let mut unread: Vec<usize> = Vec::new();
        for chunk in ids.chunks(IDS_AT_ONCE) {
            let sql = format!(
                "SELECT a.id, a.feed_id, a.published_at, a.story_id, w.words
                   FROM articles a JOIN feeds f ON f.id = a.feed_id
                   LEFT JOIN story_words w ON w.article_id = a.id
                  WHERE a.id IN ({}) AND {LIVE}",
                placeholders(chunk.len())
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(params_from_iter(chunk), |r| {
                Ok((
                    Candidate {
                        id: r.get(0)?,
                        feed_id: r.get(1)?,
                        published_at: r.get(2)?,
                        story_id: r.get(3)?,
                        words: StoryWords::default(),
                        read_now: false,
                    },
                    r.get::<_, Option<String>>(4)?,
                ))
            })?;
            for row in rows {
                let (mut c, kept) = row?;
                // words that no longer decode (written by another version) are read again
                match kept.and_then(|json| serde_json::from_str(&json).ok()) {
                    Some(words) => c.words = words,
                    None => unread.push(out.len()),
                }
                out.push(c);
            }
        }
        let ids: Vec<i64> = unread.iter().map(|&i| out[i].id).collect();
        let mut texts = self.story_texts(&ids)?;
        for i in unread {
            let (title, html) = texts.remove(&out[i].id).unwrap_or_default();
            out[i].words = StoryWords::of(&title, &html_to_text(&html));
            out[i].read_now = true;
        }
        Ok(out)
    }

    /// The title and the start of the text (HTML) of each of `ids`.
    fn story_texts(&self, ids: &[i64]) -> Result<HashMap<i64, (String, String)>> {
        let mut out = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(IDS_AT_ONCE) {
            let sql = format!(
                "SELECT id, title,
                        substr(COALESCE(NULLIF(content, ''), summary, ''), 1, {TEXT_CHARS})
                   FROM articles WHERE id IN ({})",
                placeholders(chunk.len())
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(params_from_iter(chunk), |r| {
                Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))
            })?;
            for row in rows {
                let (id, text) = row?;
                out.insert(id, text);
            }
        }
        Ok(out)
    }

    /// The length of each of `ids`' longest text ([`TEXT_LENGTH`]): what "the longest report"
    /// leads by.
    fn text_lengths(&self, ids: &[i64]) -> Result<HashMap<i64, i64>> {
        let mut out = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(IDS_AT_ONCE) {
            let sql = format!(
                "SELECT a.id, {TEXT_LENGTH} FROM articles a
                   LEFT JOIN full_texts t ON t.article_id = a.id
                  WHERE a.id IN ({})",
                placeholders(chunk.len())
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(params_from_iter(chunk), |r| Ok((r.get(0)?, r.get(1)?)))?;
            for row in rows {
                let (id, length) = row?;
                out.insert(id, length);
            }
        }
        Ok(out)
    }

    /// Of `ids` (reports of the stories being grouped), those no longer live leave their
    /// story; how many did.
    fn leave_stories_if_gone(&self, ids: &[i64]) -> Result<usize> {
        let mut gone = 0;
        for chunk in ids.chunks(IDS_AT_ONCE) {
            let sql = format!(
                "UPDATE articles SET story_id = NULL
                  WHERE id IN ({}) AND story_id IS NOT NULL
                    AND (purged_at IS NOT NULL OR hidden = 1
                         OR feed_id IN (SELECT id FROM feeds WHERE removed_at IS NOT NULL))",
                placeholders(chunk.len())
            );
            gone += self.conn.execute(&sql, params_from_iter(chunk))?;
        }
        Ok(gone)
    }

    /// The split pairs among `candidates` (article ids), and how many times each pair of feeds
    /// was split.
    #[allow(clippy::type_complexity)]
    fn splits_among(
        &self,
        candidates: &[Candidate],
    ) -> Result<(Vec<(i64, i64)>, HashMap<(i64, i64), i32>)> {
        let mut splits: HashMap<(i64, i64), i32> = HashMap::new();
        let mut pairs = Vec::new();
        let ids: HashSet<i64> = candidates.iter().map(|c| c.id).collect();
        let mut stmt = self.conn.prepare_cached(
            "SELECT first_id, second_id, first_feed, second_feed FROM stories_apart",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        for row in rows {
            let (a, b, fa, fb) = row?;
            *splits.entry(feed_pair(fa, fb)).or_default() += 1;
            if ids.contains(&a) && ids.contains(&b) {
                pairs.push((a, b));
            }
        }
        Ok((pairs, splits))
    }

    /// The other reports of `id`'s story that are live, earliest first (the reader's "Also
    /// reported by"); none when it is in no story.
    pub fn other_reports(&self, id: i64) -> Result<Vec<ArticleSummary>> {
        let story: Option<i64> = self
            .conn
            .query_row("SELECT story_id FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "article",
                id: id.to_string(),
            })?;
        let Some(story) = story else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
              WHERE a.story_id = ?1 AND a.id != ?2 AND {LIVE}
              ORDER BY a.published_at, a.id"
        ))?;
        let rows = stmt.query_map(params![story, id], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Fills each row that leads its story in this list with the story's other reports the
    /// list would show (their count and their feeds' names).
    pub(super) fn add_other_sources(
        &self,
        rows: &mut [ArticleSummary],
        view: View,
        unread_only: bool,
    ) -> Result<()> {
        let (in_view, args) = view_filter_on(view, unread_only, "a", "f");
        let sql = format!(
            "SELECT COALESCE(f.user_title, NULLIF(f.title, ''), f.url) FROM articles a
               JOIN feeds f ON f.id = a.feed_id
              WHERE a.story_id = ? AND a.id != ? AND {in_view}
              ORDER BY a.published_at, a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        for row in rows.iter_mut().filter(|r| r.story_id == Some(r.id)) {
            let mut values = vec![Value::Integer(row.id), Value::Integer(row.id)];
            values.extend(args.iter().cloned());
            let names = stmt.query_map(params_from_iter(values), |r| r.get::<_, String>(0))?;
            row.other_sources = names.collect::<rusqlite::Result<_>>()?;
        }
        Ok(())
    }

    /// How many of a view's articles a grouped list leaves to their story's row: those that
    /// arrived after `since` whose story's lead the view holds (read through the index of
    /// those alone).
    pub(super) fn grouped_away(
        &self,
        view: View,
        unread_only: bool,
        since: Timestamp,
    ) -> Result<i64> {
        let (in_view, view_args) = view_filter_on(view, unread_only, "a", "f");
        let (lead_in_view, lead_args) = view_filter_on(view, unread_only, "l", "lf");
        let mut args = vec![Value::Integer(since)];
        args.extend(view_args);
        args.extend(lead_args);
        let sql = format!(
            "SELECT COUNT(*) FROM articles a INDEXED BY articles_grouped_away
               JOIN feeds f ON f.id = a.feed_id
              WHERE a.story_id IS NOT NULL AND a.story_id != a.id AND a.fetched_at >= ?
                AND {in_view}
                AND EXISTS (SELECT 1 FROM articles l JOIN feeds lf ON lf.id = l.feed_id
                             WHERE l.id = a.story_id AND {lead_in_view})"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        Ok(stmt.query_row(params_from_iter(args), |r| r.get(0))?)
    }

    /// Every article of `id`'s story that is live and unread, `id` first: what reading the
    /// story's row marks read.
    pub fn story_unread(&self, id: i64) -> Result<Vec<i64>> {
        let mut out = vec![id];
        out.extend(
            self.other_reports(id)?
                .into_iter()
                .filter(|r| !r.read)
                .map(|r| r.id),
        );
        Ok(out)
    }

    /// Marks every live report of `id`'s story read, `id` too (reading a story's row, when
    /// the setting says so); the ids it marked.
    pub fn mark_story_read(&self, id: i64, at: Timestamp) -> Result<Vec<i64>> {
        let ids = self.story_unread(id)?;
        for &report in &ids {
            self.set_read_at(report, true, at)?;
        }
        Ok(ids)
    }

    /// "Not the same story": `id` leaves its story, and stays apart from every other report
    /// of it from now on; their feeds need more in common to be grouped again. The rest of the
    /// story keeps together (a new lead when `id` led it). Returns the articles it was split
    /// from.
    pub fn split_from_story(
        &mut self,
        id: i64,
        first: StoryFirst,
        now: Timestamp,
    ) -> Result<usize> {
        let others = self.other_reports(id)?;
        if others.is_empty() {
            return Ok(0);
        }
        let feed_of = |article: i64| -> Result<i64> {
            Ok(self.conn.query_row(
                "SELECT feed_id FROM articles WHERE id = ?1",
                [article],
                |r| r.get(0),
            )?)
        };
        let own_feed = feed_of(id)?;
        let lengths = match first {
            StoryFirst::Longest if others.len() >= 2 => {
                let ids: Vec<i64> = others.iter().map(|o| o.id).collect();
                self.text_lengths(&ids)?
            }
            _ => HashMap::new(),
        };
        let tx = self.conn.transaction()?;
        {
            let mut apart = tx.prepare_cached(
                "INSERT OR IGNORE INTO stories_apart(first_id, second_id, first_feed, second_feed, marked_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for other in &others {
                let ((a, fa), (b, fb)) = if id < other.id {
                    ((id, own_feed), (other.id, other.feed_id))
                } else {
                    ((other.id, other.feed_id), (id, own_feed))
                };
                apart.execute(params![a, b, fa, fb, now])?;
            }
            tx.execute("UPDATE articles SET story_id = NULL WHERE id = ?1", [id])?;
            // the rest: a story of one is no story; else led again
            let lead = if others.len() < 2 {
                None
            } else {
                let members: Vec<(i64, Timestamp, i64)> = others
                    .iter()
                    .map(|o| {
                        (
                            o.id,
                            o.published_at,
                            lengths.get(&o.id).copied().unwrap_or(0),
                        )
                    })
                    .collect();
                Some(lead_of(&members, first))
            };
            let mut set = tx.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?;
            for o in &others {
                set.execute(params![o.id, lead])?;
            }
        }
        tx.commit()?;
        Ok(others.len())
    }
}

/// The id of the report that leads a story of `members` (id, published, text length), given
/// in (published, id) order: the first, or the longest (the first of the longest).
fn lead_of(members: &[(i64, Timestamp, i64)], first: StoryFirst) -> i64 {
    let chosen = match first {
        StoryFirst::Earliest => members.first(),
        StoryFirst::Longest => members.iter().rev().max_by_key(|m| m.2),
    };
    chosen.map_or(0, |m| m.0)
}

fn feed_pair(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

#[cfg(test)]
mod tests;
