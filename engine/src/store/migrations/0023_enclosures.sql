-- 0023: an article's sound and video as its feed attaches them (RSS enclosure, Media RSS, Atom
-- rel="enclosure", JSON Feed attachments: `feeds::enclosures`), in the feed's order. Written
-- with the article; an updated item's list replaces the old one. Downloads and playback come
-- in later migrations.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE enclosures (
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    url               TEXT NOT NULL,
    -- 'audio' or 'video'
    kind              TEXT NOT NULL,
    mime              TEXT NOT NULL,
    -- what the feed declares; checked when the file is fetched
    declared_bytes    INTEGER,
    declared_seconds  INTEGER,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
