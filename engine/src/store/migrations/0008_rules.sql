-- 0008: rules (filters). A rule matches new articles by words or a regular expression in
-- chosen fields, in all feeds, a folder or one feed, and then marks them read, hides them,
-- bookmarks them, announces them or keeps their pages from being fetched. A hidden article is
-- out of every view and every count (and out of the list indexes, so paging a view never
-- steps over one); search finds it on request.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE rules (
    id               INTEGER PRIMARY KEY,
    -- rules run in this order; the first that matches is the one an article names
    position         INTEGER NOT NULL,
    enabled          INTEGER NOT NULL DEFAULT 1,
    -- comma-separated: title, text, author, link, feed
    fields           TEXT NOT NULL,
    -- all (every word), any (one of the words), regex
    match_kind       TEXT NOT NULL CHECK (match_kind IN ('all', 'any', 'regex')),
    pattern          TEXT NOT NULL,
    case_sensitive   INTEGER NOT NULL DEFAULT 0,
    -- where it applies: one feed, one folder, or (both NULL) every feed
    feed_id          INTEGER REFERENCES feeds(id) ON DELETE CASCADE,
    folder_id        INTEGER REFERENCES folders(id) ON DELETE CASCADE,
    -- comma-separated: read, hide, bookmark, notify, no_full_text
    actions          TEXT NOT NULL,
    created_at       INTEGER NOT NULL
);

ALTER TABLE articles ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
-- the rule that touched the article (the reader's meta line names it)
ALTER TABLE articles ADD COLUMN rule_id INTEGER REFERENCES rules(id) ON DELETE SET NULL;

-- counts leave hidden articles out (no stored article is hidden yet: the kept counts stand)
DROP TRIGGER articles_counted_out;
DROP TRIGGER articles_counted_again;

CREATE TRIGGER articles_counted_out AFTER DELETE ON articles BEGIN
    UPDATE feed_counts SET
        live = live - (old.purged_at IS NULL AND old.hidden = 0),
        unread = unread - (old.purged_at IS NULL AND old.hidden = 0 AND old.read = 0),
        bookmarked = bookmarked - (old.bookmarked = 1 AND old.hidden = 0),
        bookmarked_unread = bookmarked_unread - (old.bookmarked = 1 AND old.hidden = 0 AND old.read = 0)
    WHERE feed_id = old.feed_id;
END;

CREATE TRIGGER articles_counted_again AFTER UPDATE OF read, purged_at, bookmarked, feed_id, hidden ON articles
WHEN old.read IS NOT new.read OR old.purged_at IS NOT new.purged_at
  OR old.bookmarked IS NOT new.bookmarked OR old.feed_id IS NOT new.feed_id
  OR old.hidden IS NOT new.hidden
BEGIN
    UPDATE feed_counts SET
        live = live - (old.purged_at IS NULL AND old.hidden = 0),
        unread = unread - (old.purged_at IS NULL AND old.hidden = 0 AND old.read = 0),
        bookmarked = bookmarked - (old.bookmarked = 1 AND old.hidden = 0),
        bookmarked_unread = bookmarked_unread - (old.bookmarked = 1 AND old.hidden = 0 AND old.read = 0)
    WHERE feed_id = old.feed_id;
    UPDATE feed_counts SET
        live = live + (new.purged_at IS NULL AND new.hidden = 0),
        unread = unread + (new.purged_at IS NULL AND new.hidden = 0 AND new.read = 0),
        bookmarked = bookmarked + (new.bookmarked = 1 AND new.hidden = 0),
        bookmarked_unread = bookmarked_unread + (new.bookmarked = 1 AND new.hidden = 0 AND new.read = 0)
    WHERE feed_id = new.feed_id;
END;

-- the lists' indexes hold exactly what views show
DROP INDEX articles_list;
CREATE INDEX articles_list ON articles(published_at DESC, id DESC, feed_id, read)
    WHERE purged_at IS NULL AND hidden = 0;
DROP INDEX articles_feed_published;
CREATE INDEX articles_feed_published ON articles(feed_id, published_at DESC)
    WHERE purged_at IS NULL AND hidden = 0;
