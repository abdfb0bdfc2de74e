-- 0001: folders, feeds, articles, settings, and the full-text index.
-- Shipped migrations are never edited: add a new numbered file instead.

CREATE TABLE folders (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at  INTEGER NOT NULL
);

CREATE TABLE feeds (
    id                    INTEGER PRIMARY KEY,
    url                   TEXT NOT NULL UNIQUE,
    title                 TEXT NOT NULL DEFAULT '',
    -- set when the user renamed the feed: refreshes no longer overwrite the title
    user_title            TEXT,
    site_url              TEXT,
    folder_id             INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    etag                  TEXT,
    last_modified         TEXT,
    last_fetched_at       INTEGER,
    next_due_at           INTEGER NOT NULL DEFAULT 0,
    -- a server's Retry-After: no refresh, not even a manual one, before this time
    postponed_until       INTEGER,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    last_error            TEXT,
    created_at            INTEGER NOT NULL,
    -- unsubscribed, but kept because it still has bookmarked articles
    removed_at            INTEGER
);
CREATE INDEX feeds_folder ON feeds(folder_id);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid           TEXT NOT NULL,
    url            TEXT,
    title          TEXT NOT NULL DEFAULT '',
    author         TEXT,
    published_at   INTEGER NOT NULL,
    updated_at     INTEGER,
    summary        TEXT,
    content        TEXT,
    -- the first words of the text, for list rows
    excerpt        TEXT NOT NULL DEFAULT '',
    -- hash of what the feed said, so an unchanged item costs no write
    content_hash   TEXT NOT NULL,
    fetched_at     INTEGER NOT NULL,
    read           INTEGER NOT NULL DEFAULT 0,
    read_at        INTEGER,
    bookmarked     INTEGER NOT NULL DEFAULT 0,
    bookmarked_at  INTEGER,
    -- removed by retention: the row stays as a tombstone so the item is not fetched again
    purged_at      INTEGER,
    UNIQUE (feed_id, guid)
);
CREATE INDEX articles_published ON articles(published_at DESC) WHERE purged_at IS NULL;
CREATE INDEX articles_feed_published ON articles(feed_id, published_at DESC) WHERE purged_at IS NULL;
CREATE INDEX articles_unread ON articles(feed_id) WHERE read = 0 AND purged_at IS NULL;
CREATE INDEX articles_bookmarked ON articles(bookmarked_at DESC) WHERE bookmarked = 1;

-- Plain text of each live article; the store writes it (articles hold HTML, the index holds words).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, summary, content,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
