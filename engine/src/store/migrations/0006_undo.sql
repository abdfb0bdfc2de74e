-- 0006: undo. Each step a person can take back is a row, and what it changed is kept beside
-- it, in the database and not in memory, so an undo still works after a crash or a restart.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE undo_steps (
    id            INTEGER PRIMARY KEY,
    -- 'read', 'unread', 'bookmark', 'unbookmark', 'unsubscribe', 'delete_folder'
    kind          TEXT NOT NULL,
    -- what the notice says: "Marked 182 articles read"
    label         TEXT NOT NULL,
    -- unsubscribe: the feed, hidden until the step is final
    feed_id       INTEGER,
    -- delete_folder: the folder as it was and its feeds, as JSON
    payload       TEXT,
    created_at    INTEGER NOT NULL,
    -- taken back
    undone_at     INTEGER,
    -- past its undo time: an unsubscribed feed's articles are gone for good
    finalized_at  INTEGER
);
CREATE INDEX undo_steps_open ON undo_steps(created_at) WHERE undone_at IS NULL AND finalized_at IS NULL;

-- the articles a step changed, with what they were before it
CREATE TABLE undo_articles (
    step_id     INTEGER NOT NULL REFERENCES undo_steps(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL,
    read        INTEGER NOT NULL,
    read_at     INTEGER,
    bookmarked  INTEGER NOT NULL,
    bookmarked_at INTEGER,
    PRIMARY KEY (step_id, article_id)
) WITHOUT ROWID;
