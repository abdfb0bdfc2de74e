//! Listening (migration 0027): where a person stopped in each episode, and when they heard it
//! to the end; each feed's choice of which episodes are downloaded after a refresh, the
//! episodes that choice wants now, the downloads that failed, and the downloaded files that
//! may go (played long enough ago, or their article gone). The files themselves are
//! `offline/episodes.rs`'s.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Store;
use crate::error::Result;
use crate::model::{EpisodeDownloads, Timestamp};

/// How far a person got in an episode.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EpisodeProgress {
    /// Where to go on from, in seconds.
    pub position_secs: f64,
    /// How long it is, as the player found it.
    pub duration_secs: Option<f64>,
    /// When it was heard to the end.
    pub played_at: Option<Timestamp>,
}

/// A downloaded file that may go: the article and address it was kept for, and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnneededEpisode {
    pub article_id: i64,
    pub url: String,
    pub file: String,
}

/// Downloads that failed this many times are not tried again by the pass after a refresh
/// (a person's own "download" still tries).
pub const EPISODE_ATTEMPTS: i64 = 3;

fn millis(secs: f64) -> i64 {
    if secs.is_finite() && secs > 0.0 {
        // (a float turned to an integer saturates)
        (secs * 1000.0).round() as i64
    } else {
        0
    }
}

impl Store {
    /// Where article `id`'s episode at `url` was left, if it was ever played.
    pub fn episode_progress(&self, id: i64, url: &str) -> Result<Option<EpisodeProgress>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT position_ms, duration_ms, played_at FROM episode_plays
                  WHERE article_id = ?1 AND url = ?2",
            )?
            .query_row(params![id, url], |r| {
                Ok(EpisodeProgress {
                    position_secs: r.get::<_, i64>(0)? as f64 / 1000.0,
                    duration_secs: r.get::<_, Option<i64>>(1)?.map(|ms| ms as f64 / 1000.0),
                    played_at: r.get(2)?,
                })
            })
            .optional()?)
    }

    /// Keeps where article `id`'s episode at `url` is (`position_secs`, of `duration_secs`
    /// when the player knows it). An episode played before stays played.
    pub fn save_episode_position(
        &self,
        id: i64,
        url: &str,
        position_secs: f64,
        duration_secs: Option<f64>,
        now: Timestamp,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO episode_plays(article_id, url, position_ms, duration_ms, updated_at)
             SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
             ON CONFLICT(article_id, url) DO UPDATE SET position_ms = ?3,
                 duration_ms = COALESCE(?4, duration_ms), updated_at = ?5",
            params![
                id,
                url,
                millis(position_secs),
                duration_secs.map(millis).filter(|ms| *ms > 0),
                now
            ],
        )?;
        Ok(())
    }

    /// Article `id`'s episode at `url` was heard to the end: it is played (from `now`, which
    /// its file's retention counts from), starts from the beginning next time, and its
    /// article is read.
    pub fn mark_episode_played(&mut self, id: i64, url: &str, now: Timestamp) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO episode_plays(article_id, url, position_ms, played_at, updated_at)
             SELECT ?1, ?2, 0, ?3, ?3 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
             ON CONFLICT(article_id, url) DO UPDATE SET position_ms = 0, played_at = ?3,
                 updated_at = ?3",
            params![id, url, now],
        )?;
        tx.execute(
            "UPDATE articles SET read = 1, read_at = ?2
              WHERE id = ?1 AND read = 0 AND purged_at IS NULL",
            params![id, now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Which of feed `feed_id`'s episodes are downloaded after a refresh; "every" counts from
    /// `now` (the episodes already there are not fetched).
    pub fn set_feed_episode_downloads(
        &self,
        feed_id: i64,
        downloads: EpisodeDownloads,
        now: Timestamp,
    ) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE feeds SET episode_downloads = ?2,
                    episode_downloads_since = CASE
                        WHEN ?2 = -1 AND episode_downloads = -1 THEN episode_downloads_since
                        WHEN ?2 = -1 THEN ?3 END
              WHERE id = ?1 AND removed_at IS NULL",
            params![feed_id, downloads.to_stored(), now],
        )?;
        super::changed_or_not_found(n, "feed", feed_id)
    }

    /// The articles whose episodes their feeds' choices want downloaded and that are not:
    /// the latest N of a feed, or every one that arrived since "every" was chosen; never one
    /// played, hidden, gone, or that failed [`EPISODE_ATTEMPTS`] times. Newest first.
    pub fn episodes_to_download(&self, limit: u32) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH wanted AS (
                 SELECT a.id, e.url, a.published_at, f.episode_downloads AS policy,
                        a.fetched_at >= COALESCE(f.episode_downloads_since, 0) AS new,
                        row_number() OVER (PARTITION BY a.feed_id
                                           ORDER BY a.published_at DESC, a.id DESC) AS rank
                   FROM feeds f
                   JOIN articles a ON a.feed_id = f.id
                   JOIN enclosures e ON e.article_id = a.id AND e.position = 0
                  WHERE f.episode_downloads != 0 AND f.removed_at IS NULL
                    AND a.purged_at IS NULL AND a.hidden = 0)
             SELECT w.id FROM wanted w
               LEFT JOIN episode_files d ON d.article_id = w.id AND d.url = w.url
               LEFT JOIN episode_plays p ON p.article_id = w.id AND p.url = w.url
               LEFT JOIN episode_attempts t ON t.article_id = w.id AND t.url = w.url
              WHERE d.file IS NULL AND p.played_at IS NULL
                AND COALESCE(t.attempts, 0) < ?1
                AND ((w.policy > 0 AND w.rank <= w.policy) OR (w.policy < 0 AND w.new))
              ORDER BY w.published_at DESC, w.id DESC
              LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![EPISODE_ATTEMPTS, limit], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Notes that downloading article `id`'s episode at `url` failed (`error`, as stored).
    pub fn record_episode_failure(
        &self,
        id: i64,
        url: &str,
        error: &str,
        now: Timestamp,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO episode_attempts(article_id, url, attempts, last_error, tried_at)
             SELECT ?1, ?2, 1, ?3, ?4 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
             ON CONFLICT(article_id, url) DO UPDATE SET attempts = attempts + 1,
                 last_error = ?3, tried_at = ?4",
            params![id, url, error, now],
        )?;
        Ok(())
    }

    /// The downloaded episodes that may go: played before `played_before` (when that is
    /// given) and not bookmarked, and those whose article retention removed or whose feed
    /// is gone and that are not bookmarked either.
    pub fn unneeded_episodes(
        &self,
        played_before: Option<Timestamp>,
    ) -> Result<Vec<UnneededEpisode>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.article_id, d.url, d.file
               FROM episode_files d
               JOIN articles a ON a.id = d.article_id
               JOIN feeds f ON f.id = a.feed_id
               LEFT JOIN episode_plays p ON p.article_id = d.article_id AND p.url = d.url
              WHERE a.bookmarked = 0
                AND (a.purged_at IS NOT NULL OR f.removed_at IS NOT NULL
                     OR (?1 IS NOT NULL AND p.played_at < ?1))",
        )?;
        let rows = stmt.query_map([played_before], |r| {
            Ok(UnneededEpisode {
                article_id: r.get(0)?,
                url: r.get(1)?,
                file: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Forgets the file article `id`'s episode at `url` was downloaded to.
    pub fn forget_episode_file(&self, id: i64, url: &str) -> Result<()> {
        self.conn.execute(
            "DELETE FROM episode_files WHERE article_id = ?1 AND url = ?2",
            params![id, url],
        )?;
        Ok(())
    }

    /// The names of every downloaded episode's file.
    pub fn episode_file_names(&self) -> Result<std::collections::HashSet<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT file FROM episode_files")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::feeds::parse::parse_feed;
    use crate::model::EpisodeDownloads;
    use crate::store::{EpisodeFile, FetchMeta, NewFeed, Store};

    const NOW: i64 = 1_713_300_000;
    const NONE: [i64; 0] = [];

    /// A store with a podcast feed of `count` episodes (`e0` the oldest), fetched at `at`.
    fn podcast(count: usize) -> (tempfile::TempDir, Store, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        let feed = store
            .add_feed(&NewFeed {
                url: "https://radio.example/feed".into(),
                ..Default::default()
            })
            .unwrap()
            .id();
        refresh(&mut store, feed, count, NOW);
        (dir, store, feed)
    }

    fn refresh(store: &mut Store, feed: i64, count: usize, at: i64) {
        let items: String = (0..count)
            .map(|i| {
                format!(
                    r#"<item><guid>e{i}</guid><title>Episode {i}</title>
                       <pubDate>Tue, 16 Apr 2024 {i:02}:00:00 GMT</pubDate>
                       <enclosure url="https://radio.example/e{i}.mp3" length="1000"
                                  type="audio/mpeg"/></item>"#
                )
            })
            .collect();
        let body =
            format!(r#"<rss version="2.0"><channel><title>R</title>{items}</channel></rss>"#);
        let parsed = parse_feed(body.as_bytes(), None, "https://radio.example/feed", at).unwrap();
        store
            .apply_feed(feed, &parsed, &FetchMeta::default(), at, 3600)
            .unwrap();
    }

    /// Article ids by episode number.
    fn ids(store: &Store) -> Vec<i64> {
        let mut episodes = store.episodes(Default::default(), 100).unwrap();
        episodes.sort_by_key(|e| e.published_at);
        episodes.into_iter().map(|e| e.article_id).collect()
    }

    fn url(i: usize) -> String {
        format!("https://radio.example/e{i}.mp3")
    }

    #[test]
    fn a_place_is_kept_and_an_episode_heard_out_is_played_and_its_article_read() {
        let (_dir, mut store, _) = podcast(1);
        let id = ids(&store)[0];
        assert_eq!(store.episode_progress(id, &url(0)).unwrap(), None);
        store
            .save_episode_position(id, &url(0), 12.34, Some(600.0), NOW)
            .unwrap();
        store
            .save_episode_position(id, &url(0), 15.5, None, NOW + 5)
            .unwrap();
        let kept = store.episode_progress(id, &url(0)).unwrap().unwrap();
        assert_eq!(kept.position_secs, 15.5);
        assert_eq!(
            kept.duration_secs,
            Some(600.0),
            "a duration not known keeps the one known"
        );
        assert_eq!(kept.played_at, None);
        assert!(!store.article(id).unwrap().read);

        store.mark_episode_played(id, &url(0), NOW + 600).unwrap();
        let played = store.episode_progress(id, &url(0)).unwrap().unwrap();
        assert_eq!(played.played_at, Some(NOW + 600));
        assert_eq!(played.position_secs, 0.0, "played again from the start");
        assert!(store.article(id).unwrap().read);
        let listed = &store.episodes(Default::default(), 10).unwrap()[0];
        assert_eq!(listed.progress.unwrap().played_at, Some(NOW + 600));
        let unplayed = crate::store::EpisodeQuery {
            unplayed_only: true,
            ..Default::default()
        };
        assert_eq!(store.episodes(unplayed, 10).unwrap(), []);

        // no article, no place: nothing kept for an id that is not there
        store
            .save_episode_position(id + 100, &url(0), 1.0, None, NOW)
            .unwrap();
        assert_eq!(store.episode_progress(id + 100, &url(0)).unwrap(), None);
    }

    #[test]
    fn each_feed_chooses_which_episodes_are_downloaded() {
        let (_dir, mut store, feed) = podcast(3);
        let e = ids(&store);
        assert_eq!(
            store.episodes_to_download(10).unwrap(),
            NONE,
            "never, by default"
        );

        store
            .set_feed_episode_downloads(feed, EpisodeDownloads::Latest(2), NOW)
            .unwrap();
        assert_eq!(
            store.feed(feed).unwrap().episode_downloads,
            EpisodeDownloads::Latest(2)
        );
        assert_eq!(store.episodes_to_download(10).unwrap(), [e[2], e[1]]);
        // one downloaded, one played: the latest two are then done
        let file = EpisodeFile {
            file: "x.mp3".into(),
            bytes: 1000,
            mime: "audio/mpeg".into(),
            downloaded_at: NOW,
        };
        store.record_episode_file(e[2], &url(2), &file).unwrap();
        store.mark_episode_played(e[1], &url(1), NOW).unwrap();
        assert_eq!(store.episodes_to_download(10).unwrap(), NONE);

        // every new one: not the ones there already, then those a later refresh brings
        store
            .set_feed_episode_downloads(feed, EpisodeDownloads::Every, NOW + 10)
            .unwrap();
        assert_eq!(store.episodes_to_download(10).unwrap(), NONE);
        refresh(&mut store, feed, 5, NOW + 20);
        let e = ids(&store);
        assert_eq!(store.episodes_to_download(10).unwrap(), [e[4], e[3]]);
        // choosing "every" again keeps counting from the first time
        store
            .set_feed_episode_downloads(feed, EpisodeDownloads::Every, NOW + 30)
            .unwrap();
        assert_eq!(store.episodes_to_download(10).unwrap(), [e[4], e[3]]);

        // three failures, and the pass leaves it
        for _ in 0..super::EPISODE_ATTEMPTS {
            store
                .record_episode_failure(e[4], &url(4), "HTTP 404", NOW)
                .unwrap();
        }
        assert_eq!(store.episodes_to_download(10).unwrap(), [e[3]]);

        store
            .set_feed_episode_downloads(feed, EpisodeDownloads::Never, NOW)
            .unwrap();
        assert_eq!(store.episodes_to_download(10).unwrap(), NONE);
        assert!(store
            .set_feed_episode_downloads(feed + 1, EpisodeDownloads::Every, NOW)
            .is_err());
    }

    #[test]
    fn played_episodes_go_after_their_time_unless_bookmarked() {
        let (_dir, mut store, _) = podcast(3);
        let e = ids(&store);
        let file = |name: &str| EpisodeFile {
            file: name.into(),
            bytes: 1000,
            mime: "audio/mpeg".into(),
            downloaded_at: NOW,
        };
        for (i, id) in e.iter().enumerate() {
            store
                .record_episode_file(*id, &url(i), &file(&format!("{i}.mp3")))
                .unwrap();
        }
        store.mark_episode_played(e[0], &url(0), NOW).unwrap();
        store.mark_episode_played(e[1], &url(1), NOW).unwrap();
        store.set_bookmarked(e[1], true).unwrap();
        let usage = store.storage_usage().unwrap();
        assert_eq!(
            (
                usage.episodes,
                usage.episode_bytes,
                usage.bookmark_episode_bytes
            ),
            (3, 3000, 1000),
            "Storage counts every file and those bookmarks keep"
        );
        let week_later = Some(NOW + 7 * 86_400 + 1);
        let unneeded = store.unneeded_episodes(week_later).unwrap();
        assert_eq!(
            unneeded.iter().map(|u| u.article_id).collect::<Vec<_>>(),
            [e[0]],
            "played and not bookmarked; the unplayed and the bookmarked stay"
        );
        assert_eq!(unneeded[0].file, "0.mp3");
        assert_eq!(store.unneeded_episodes(Some(NOW)).unwrap(), [], "not yet");
        assert_eq!(store.unneeded_episodes(None).unwrap(), [], "kept for good");

        assert_eq!(
            store.downloaded_episode(e[0]).unwrap().map(|f| f.file),
            Some("0.mp3".into())
        );
        store.forget_episode_file(e[0], &url(0)).unwrap();
        assert_eq!(store.episode_file(e[0], &url(0)).unwrap(), None);
        assert_eq!(store.downloaded_episode(e[0]).unwrap(), None);
        assert_eq!(store.episode_file_names().unwrap().len(), 2);
    }
}
