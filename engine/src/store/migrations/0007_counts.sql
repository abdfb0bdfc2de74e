-- 0007: counts kept with what they count. Each feed's numbers of live (not purged), unread,
-- bookmarked and bookmarked-unread articles are moved by triggers in the same transaction as
-- the insert, update or delete that changes them, so no view, badge or sidebar ever counts
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
    SELECT feed_id,
           SUM(purged_at IS NULL),
           SUM(purged_at IS NULL AND read = 0),
           SUM(bookmarked = 1),
           SUM(bookmarked = 1 AND read = 0)
      FROM articles GROUP BY feed_id;

CREATE TRIGGER articles_counted_in AFTER INSERT ON articles BEGIN
    INSERT INTO feed_counts(feed_id, live, unread, bookmarked, bookmarked_unread)
    VALUES (new.feed_id, new.purged_at IS NULL, new.purged_at IS NULL AND new.read = 0,
            new.bookmarked = 1, new.bookmarked = 1 AND new.read = 0)
    ON CONFLICT(feed_id) DO UPDATE SET
        live = live + excluded.live, unread = unread + excluded.unread,
        bookmarked = bookmarked + excluded.bookmarked,
        bookmarked_unread = bookmarked_unread + excluded.bookmarked_unread;
END;

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
    INSERT INTO feed_counts(feed_id, live, unread, bookmarked, bookmarked_unread)
    VALUES (new.feed_id, new.purged_at IS NULL, new.purged_at IS NULL AND new.read = 0,
            new.bookmarked = 1, new.bookmarked = 1 AND new.read = 0)
    ON CONFLICT(feed_id) DO UPDATE SET
        live = live + excluded.live, unread = unread + excluded.unread,
        bookmarked = bookmarked + excluded.bookmarked,
        bookmarked_unread = bookmarked_unread + excluded.bookmarked_unread;
END;

-- the offline pass's "anything left to do?" found through small indexes, not a scan: articles
-- whose images were never looked at, and pages never fetched
CREATE INDEX articles_images_todo ON articles(published_at)
    WHERE images_at IS NULL AND purged_at IS NULL;
CREATE INDEX articles_full_text_todo ON articles(feed_id, published_at)
    WHERE full_fetched_at IS NULL AND purged_at IS NULL AND url IS NOT NULL;
