-- 0007: counts kept with what they count. Each feed's numbers of live (not purged), unread,
-- bookmarked and bookmarked-unread articles move in the same transaction as the insert,
-- update or delete that changes them, so no view, badge or sidebar ever counts
-- rows: a store of a million articles costs what one of a hundred does. A test compares them
-- with a full recount after random operations and after kill -9.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE feed_counts (
    feed_id            INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    live               INTEGER NOT NULL DEFAULT 0,
    unread             INTEGER NOT NULL DEFAULT 0,
    bookmarked         INTEGER NOT NULL DEFAULT 0,
    bookmarked_unread  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO feed_counts(feed_id, live, unread, bookmarked, bookmarked_unread)
    SELECT f.id,
           COALESCE(SUM(a.purged_at IS NULL), 0),
           COALESCE(SUM(a.purged_at IS NULL AND a.read = 0), 0),
           COALESCE(SUM(a.bookmarked = 1), 0),
           COALESCE(SUM(a.bookmarked = 1 AND a.read = 0), 0)
      FROM feeds f LEFT JOIN articles a ON a.feed_id = f.id GROUP BY f.id;

-- every feed has its row from the start, so the article triggers only ever update one
-- (an upsert per inserted article doubled the cost of a refresh)
CREATE TRIGGER feeds_counted AFTER INSERT ON feeds BEGIN
    INSERT INTO feed_counts(feed_id) VALUES (new.id);
END;

-- New articles are counted by the refresh that inserts them (`refresh_writes.rs`, one update
-- per feed, in the same transaction): a trigger on insert opens a statement savepoint for
-- every article, which made a refresh of many new articles half again as slow. Every other
-- change is counted by these triggers.

CREATE TRIGGER articles_counted_out AFTER DELETE ON articles BEGIN
    UPDATE feed_counts SET
        live = live - (old.purged_at IS NULL),
        unread = unread - (old.purged_at IS NULL AND old.read = 0),
        bookmarked = bookmarked - (old.bookmarked = 1),
        bookmarked_unread = bookmarked_unread - (old.bookmarked = 1 AND old.read = 0)
    WHERE feed_id = old.feed_id;
END;

CREATE TRIGGER articles_counted_again AFTER UPDATE OF read, purged_at, bookmarked, feed_id ON articles
WHEN old.read IS NOT new.read OR old.purged_at IS NOT new.purged_at
  OR old.bookmarked IS NOT new.bookmarked OR old.feed_id IS NOT new.feed_id
BEGIN
    UPDATE feed_counts SET
        live = live - (old.purged_at IS NULL),
        unread = unread - (old.purged_at IS NULL AND old.read = 0),
        bookmarked = bookmarked - (old.bookmarked = 1),
        bookmarked_unread = bookmarked_unread - (old.bookmarked = 1 AND old.read = 0)
    WHERE feed_id = old.feed_id;
    UPDATE feed_counts SET
        live = live + (new.purged_at IS NULL),
        unread = unread + (new.purged_at IS NULL AND new.read = 0),
        bookmarked = bookmarked + (new.bookmarked = 1),
        bookmarked_unread = bookmarked_unread + (new.bookmarked = 1 AND new.read = 0)
    WHERE feed_id = new.feed_id;
END;

-- the offline pass's "anything left to do?" found through small indexes, not a scan: articles
-- whose images were never looked at, and pages never fetched. They replace 0002's index of
-- both, which no query uses any more (one index less to keep at every insert).
DROP INDEX articles_offline_todo;
CREATE INDEX articles_images_todo ON articles(published_at)
    WHERE images_at IS NULL AND purged_at IS NULL;
CREATE INDEX articles_full_text_todo ON articles(feed_id, published_at)
    WHERE full_fetched_at IS NULL AND purged_at IS NULL AND url IS NOT NULL;

-- the lists' order in one index that holds what their filters read (feed, read state):
-- walking a view to find far positions never touches the table. It takes over from 0001's
-- date index, whose order it starts with.
CREATE INDEX articles_list ON articles(published_at DESC, id DESC, feed_id, read)
    WHERE purged_at IS NULL;
DROP INDEX articles_published;
