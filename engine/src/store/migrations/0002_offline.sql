-- 0002: offline reading. Full articles fetched from the publisher's page, and the images of
-- stored articles kept on disk (content-addressed files; these tables say which URL is which).
-- Shipped migrations are never edited: add a new numbered file instead.

-- detected at each refresh: the feed's items carry summaries, not whole articles
ALTER TABLE feeds ADD COLUMN summary_only INTEGER NOT NULL DEFAULT 0;
-- "Download full articles": NULL automatic (on when summary_only), 1 always, 0 never
ALTER TABLE feeds ADD COLUMN full_text INTEGER;

-- the readable article extracted from its page, sanitized
ALTER TABLE articles ADD COLUMN full_content TEXT;
ALTER TABLE articles ADD COLUMN full_byline TEXT;
-- why the last attempt failed (the reader shows the feed's text with a quiet note)
ALTER TABLE articles ADD COLUMN full_error TEXT;
-- when the page was last tried, successfully or not; NULL: never
ALTER TABLE articles ADD COLUMN full_fetched_at INTEGER;
-- when this article's images were made local; NULL: not yet (or its text changed since);
-- -1: the person removed them in the storage view, do not fetch again
ALTER TABLE articles ADD COLUMN images_at INTEGER;

CREATE INDEX articles_offline_todo ON articles(feed_id)
    WHERE purged_at IS NULL AND (full_fetched_at IS NULL OR images_at IS NULL);

-- one row per image URL ever tried: the file's hash when stored, else why not
CREATE TABLE images (
    url         TEXT PRIMARY KEY,
    hash        TEXT,
    mime        TEXT,
    bytes       INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    fetched_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX images_hash ON images(hash) WHERE hash IS NOT NULL;

-- which article shows which image (cleanup removes images no live article shows)
CREATE TABLE article_images (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
CREATE INDEX article_images_url ON article_images(url);
