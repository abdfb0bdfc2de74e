//! An article's sound and video (migration 0023): read back for the reader, and the episodes
//! of every feed (or one) for the Listen view and `broadsheet episodes`. Written with the
//! article by the refresh ([`super::refresh_writes`]). And the files episodes were downloaded
//! to (migration 0026, `offline/episodes.rs` downloads them).

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Store;
use crate::error::Result;
use crate::feeds::enclosures::{Enclosure, MediaKind};
use crate::model::Timestamp;

/// An episode: one enclosure with the article that carries it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Episode {
    pub article_id: i64,
    pub feed_id: i64,
    pub feed_title: String,
    pub title: String,
    pub published_at: Timestamp,
    pub read: bool,
    pub bookmarked: bool,
    pub enclosure: Enclosure,
    /// The downloaded file, when it is kept.
    pub file: Option<EpisodeFile>,
    /// Where the player finds the downloaded file (the app's scheme), when it is kept.
    pub local_src: Option<String>,
    /// How far it was heard, when it was played at all.
    pub progress: Option<super::EpisodeProgress>,
}

/// Which episodes [`Store::episodes`] lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EpisodeQuery {
    /// One feed's, or every feed's.
    pub feed_id: Option<i64>,
    /// Only those downloaded.
    pub downloaded_only: bool,
    /// Only those not heard to the end.
    pub unplayed_only: bool,
}

/// An episode's downloaded file (migration 0026), in the data directory's episodes folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EpisodeFile {
    /// Its name in the folder.
    pub file: String,
    pub bytes: u64,
    /// What its first bytes are.
    pub mime: String,
    pub downloaded_at: Timestamp,
}

fn file_from(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Option<EpisodeFile>> {
    let Some(file) = r.get::<_, Option<String>>(at)? else {
        return Ok(None);
    };
    Ok(Some(EpisodeFile {
        file,
        bytes: u64::try_from(r.get::<_, i64>(at + 1)?).unwrap_or(0),
        mime: r.get(at + 2)?,
        downloaded_at: r.get(at + 3)?,
    }))
}

fn enclosure_from(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Enclosure> {
    let kind: String = r.get(at + 1)?;
    Ok(Enclosure {
        url: r.get(at)?,
        kind: MediaKind::from_stored(&kind),
        mime: r.get(at + 2)?,
        bytes: r
            .get::<_, Option<i64>>(at + 3)?
            .and_then(|b| u64::try_from(b).ok()),
        seconds: r
            .get::<_, Option<i64>>(at + 4)?
            .and_then(|s| u64::try_from(s).ok()),
    })
}

impl Store {
    /// Article `id`'s sound and video, in its feed's order.
    pub fn enclosures(&self, id: i64) -> Result<Vec<Enclosure>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT url, kind, mime, declared_bytes, declared_seconds FROM enclosures
             WHERE article_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([id], |r| enclosure_from(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The newest `limit` episodes (the first enclosure of each article) that `query` asks
    /// for; articles removed by retention or hidden by a rule are not listed.
    pub fn episodes(&self, query: EpisodeQuery, limit: u32) -> Result<Vec<Episode>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.feed_id, COALESCE(f.user_title, NULLIF(f.title, ''), f.url),
                    a.title, a.published_at, a.read, a.bookmarked,
                    e.url, e.kind, e.mime, e.declared_bytes, e.declared_seconds,
                    d.file, d.bytes, d.mime, d.downloaded_at,
                    p.position_ms, p.duration_ms, p.played_at
             FROM enclosures e
             JOIN articles a ON a.id = e.article_id
             JOIN feeds f ON f.id = a.feed_id
             LEFT JOIN episode_files d ON d.article_id = e.article_id AND d.url = e.url
             LEFT JOIN episode_plays p ON p.article_id = e.article_id AND p.url = e.url
             WHERE e.position = 0 AND a.purged_at IS NULL AND a.hidden = 0
               AND (?1 IS NULL OR a.feed_id = ?1) AND (NOT ?2 OR d.file IS NOT NULL)
               AND (NOT ?3 OR p.played_at IS NULL)
             ORDER BY a.published_at DESC, a.id DESC
             LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![
                query.feed_id,
                query.downloaded_only,
                query.unplayed_only,
                limit
            ],
            |r| {
                Ok(Episode {
                    article_id: r.get(0)?,
                    feed_id: r.get(1)?,
                    feed_title: r.get(2)?,
                    title: r.get(3)?,
                    published_at: r.get(4)?,
                    read: r.get(5)?,
                    bookmarked: r.get(6)?,
                    enclosure: enclosure_from(r, 7)?,
                    file: file_from(r, 12)?,
                    local_src: r
                        .get::<_, Option<String>>(12)?
                        .map(|_| r.get::<_, i64>(0).map(crate::image_address::media_url))
                        .transpose()?,
                    progress: match r.get::<_, Option<i64>>(16)? {
                        Some(ms) => Some(super::EpisodeProgress {
                            position_secs: ms as f64 / 1000.0,
                            duration_secs: r.get::<_, Option<i64>>(17)?.map(|d| d as f64 / 1000.0),
                            played_at: r.get(18)?,
                        }),
                        None => None,
                    },
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The file article `id`'s enclosure at `url` was downloaded to, when there is one.
    pub fn episode_file(&self, id: i64, url: &str) -> Result<Option<EpisodeFile>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT file, bytes, mime, downloaded_at FROM episode_files
              WHERE article_id = ?1 AND url = ?2",
        )?;
        Ok(stmt
            .query_row(params![id, url], |r| file_from(r, 0))
            .optional()?
            .flatten())
    }

    /// The file article `id`'s episode (its first enclosure) was downloaded to, in one query:
    /// what the player asks for with each piece it reads.
    pub fn downloaded_episode(&self, id: i64) -> Result<Option<EpisodeFile>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.file, d.bytes, d.mime, d.downloaded_at FROM episode_files d
              WHERE d.article_id = ?1
                AND d.url = (SELECT url FROM enclosures WHERE article_id = ?1
                              ORDER BY position LIMIT 1)",
        )?;
        Ok(stmt
            .query_row([id], |r| file_from(r, 0))
            .optional()?
            .flatten())
    }

    /// Notes that article `id`'s enclosure at `url` is downloaded.
    pub fn record_episode_file(&self, id: i64, url: &str, file: &EpisodeFile) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO episode_files(article_id, url, file, bytes, mime, downloaded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                url,
                file.file,
                i64::try_from(file.bytes).unwrap_or(i64::MAX),
                file.mime,
                file.downloaded_at
            ],
        )?;
        Ok(())
    }

    /// The bytes every downloaded episode takes.
    pub fn episode_bytes(&self) -> Result<u64> {
        let total: i64 = self.conn.query_row(
            "SELECT COALESCE(SUM(bytes), 0) FROM episode_files",
            [],
            |r| r.get(0),
        )?;
        Ok(u64::try_from(total).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use crate::feeds::parse::parse_feed;
    use crate::store::{EpisodeQuery, FetchMeta, NewFeed, Store};

    fn podcast(episodes: &[(&str, &str)]) -> Vec<u8> {
        let items: String = episodes
            .iter()
            .map(|(guid, audio)| {
                format!(
                    r#"<item><guid>{guid}</guid><title>Episode {guid}</title>
                       <pubDate>Tue, 16 Apr 2024 0{}:00:00 GMT</pubDate>
                       <enclosure url="{audio}" length="1000" type="audio/mpeg"/></item>"#,
                    guid.len() % 10
                )
            })
            .collect();
        format!(r#"<rss version="2.0"><channel><title>Radio</title>{items}</channel></rss>"#)
            .into_bytes()
    }

    #[test]
    fn episodes_are_stored_with_their_article_and_replaced_when_the_item_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        let feed = store
            .add_feed(&NewFeed {
                url: "https://radio.example/feed".into(),
                ..Default::default()
            })
            .unwrap()
            .id();
        let refresh = |store: &mut Store, body: &[u8]| {
            let parsed =
                parse_feed(body, None, "https://radio.example/feed", 1_713_300_000).unwrap();
            store
                .apply_feed(feed, &parsed, &FetchMeta::default(), 1_713_300_000, 3600)
                .unwrap();
        };
        refresh(
            &mut store,
            &podcast(&[
                ("a", "https://radio.example/a.mp3"),
                ("bb", "https://radio.example/b.mp3"),
            ]),
        );
        let episodes = store.episodes(EpisodeQuery::default(), 10).unwrap();
        assert_eq!(episodes.len(), 2);
        assert_eq!(episodes[0].title, "Episode bb", "newest first");
        assert_eq!(episodes[0].enclosure.url, "https://radio.example/b.mp3");
        assert_eq!(episodes[0].enclosure.bytes, Some(1000));
        assert_eq!(
            store
                .episodes(
                    EpisodeQuery {
                        feed_id: Some(feed + 1),
                        ..Default::default()
                    },
                    10
                )
                .unwrap(),
            []
        );

        // the item's audio moved: the article keeps its id and lists the new one alone
        let id = episodes[1].article_id;
        refresh(
            &mut store,
            &podcast(&[
                ("a", "https://cdn.example/a-v2.mp3"),
                ("bb", "https://radio.example/b.mp3"),
            ]),
        );
        let now = store.enclosures(id).unwrap();
        assert_eq!(now.len(), 1);
        assert_eq!(now[0].url, "https://cdn.example/a-v2.mp3");

        // and goes with its article
        store.remove_feed(feed).unwrap();
        let left: i64 = store
            .conn
            .query_row("SELECT count(*) FROM enclosures", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
    }
}
