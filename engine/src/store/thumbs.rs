//! The list pictures' records (migration 0017): what an article's thumbnail is (not made yet,
//! none worth showing, a stored file), and a made one recorded as an image the article shows,
//! so the image cleanup (retention, the storage view) removes it with the article's images.
//! Choosing and making the picture is [`crate::offline::thumbnails`]'s.

use rusqlite::{params, OptionalExtension};

use super::{ImageJob, Store};
use crate::error::{Error, Result};
use crate::model::Timestamp;

/// Where an article's thumbnail stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ThumbState {
    /// Made: the thumbnail file's hash.
    Made(String),
    /// Looked for: the article has no picture worth showing.
    NoPicture,
    /// The offline pass has not stored the article's images yet: nothing to choose from.
    NotYet,
    /// To make from the article's HTML and the images stored for it.
    ToMake(ImageJob),
}

/// The `images` row of the thumbnail made from the stored picture `source` (a hash): one per
/// picture, whichever articles show it.
fn thumb_url(source: &str) -> String {
    format!("thumb:{source}")
}

impl Store {
    /// Where the thumbnail of article `id` stands.
    pub fn thumb_state(&self, id: i64) -> Result<ThumbState> {
        let row: Option<(Option<String>, i64)> = self
            .conn
            .query_row(
                "SELECT thumb, COALESCE(images_at, 0) FROM articles
                 WHERE id = ?1 AND purged_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((thumb, images_at)) = row else {
            return Err(Error::NotFound {
                kind: "article",
                id: id.to_string(),
            });
        };
        Ok(match thumb {
            Some(hash) if hash.is_empty() => ThumbState::NoPicture,
            Some(hash) => ThumbState::Made(hash),
            None if images_at <= 0 => ThumbState::NotYet,
            None => match self.image_jobs(&[id])?.pop() {
                Some(job) => ThumbState::ToMake(job),
                None => ThumbState::NotYet,
            },
        })
    }

    /// The thumbnail already made from the stored picture `source`, if any.
    pub fn thumb_of_picture(&self, source: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT hash FROM images WHERE url = ?1 AND hash IS NOT NULL",
                [thumb_url(source)],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Records article `id`'s thumbnail: `made` is the picture it was made from and the
    /// thumbnail's stored file (hash, bytes), or `None` when it has no picture worth showing.
    pub fn set_thumb(
        &mut self,
        id: i64,
        made: Option<(&str, &str, u64)>,
        now: Timestamp,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        match made {
            Some((source, hash, bytes)) => {
                let url = thumb_url(source);
                tx.execute(
                    "INSERT INTO images(url, hash, mime, bytes, error, fetched_at)
                     VALUES (?1, ?2, 'image/jpeg', ?3, NULL, ?4)
                     ON CONFLICT(url) DO UPDATE SET hash = excluded.hash, mime = excluded.mime,
                         bytes = excluded.bytes, error = NULL, fetched_at = excluded.fetched_at",
                    params![url, hash, bytes as i64, now],
                )?;
                tx.execute(
                    "INSERT OR IGNORE INTO article_images(article_id, url) VALUES (?1, ?2)",
                    params![id, url],
                )?;
                tx.execute(
                    "UPDATE articles SET thumb = ?2 WHERE id = ?1 AND purged_at IS NULL",
                    params![id, hash],
                )?;
            }
            None => {
                tx.execute(
                    "UPDATE articles SET thumb = '' WHERE id = ?1 AND purged_at IS NULL",
                    [id],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
