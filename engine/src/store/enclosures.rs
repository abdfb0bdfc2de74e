//! An article's sound and video (migration 0023): read back for the reader, and the episodes
//! of every feed (or one) for the Listen view and `broadsheet episodes`. Written with the
//! article by the refresh ([`super::refresh_writes`]).

use rusqlite::params;
use serde::Serialize;

use super::Store;
use crate::error::Result;
use crate::feeds::enclosures::{Enclosure, MediaKind};
use crate::model::Timestamp;

/// An episode: one enclosure with the article that carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Episode {
    pub article_id: i64,
    pub feed_id: i64,
    pub feed_title: String,
    pub title: String,
    pub published_at: Timestamp,
    pub read: bool,
    pub bookmarked: bool,
    pub enclosure: Enclosure,
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

    /// The newest `limit` episodes (the first enclosure of each article), of one feed or all;
    /// articles removed by retention or hidden by a rule are not listed.
    pub fn episodes(&self, feed_id: Option<i64>, limit: u32) -> Result<Vec<Episode>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.feed_id, COALESCE(f.user_title, NULLIF(f.title, ''), f.url),
                    a.title, a.published_at, a.read, a.bookmarked,
                    e.url, e.kind, e.mime, e.declared_bytes, e.declared_seconds
             FROM enclosures e
             JOIN articles a ON a.id = e.article_id
             JOIN feeds f ON f.id = a.feed_id
             WHERE e.position = 0 AND a.purged_at IS NULL AND a.hidden = 0
               AND (?1 IS NULL OR a.feed_id = ?1)
             ORDER BY a.published_at DESC, a.id DESC
             LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![feed_id, limit], |r| {
            Ok(Episode {
                article_id: r.get(0)?,
                feed_id: r.get(1)?,
                feed_title: r.get(2)?,
                title: r.get(3)?,
                published_at: r.get(4)?,
                read: r.get(5)?,
                bookmarked: r.get(6)?,
                enclosure: enclosure_from(r, 7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::feeds::parse::parse_feed;
    use crate::store::{FetchMeta, NewFeed, Store};

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
        let episodes = store.episodes(None, 10).unwrap();
        assert_eq!(episodes.len(), 2);
        assert_eq!(episodes[0].title, "Episode bb", "newest first");
        assert_eq!(episodes[0].enclosure.url, "https://radio.example/b.mp3");
        assert_eq!(episodes[0].enclosure.bytes, Some(1000));
        assert_eq!(store.episodes(Some(feed + 1), 10).unwrap(), []);

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
