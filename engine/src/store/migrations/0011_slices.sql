-- 0011: where a far row of a list is, from kept counts. Each feed's live and unread articles
-- are counted per *slice* of publication time (published_at >> 18: about three days), and
-- the same for all feeds together. A jump to row N of a view adds up slices, newest first,
-- until it passes N, then walks inside one slice: its cost no longer grows with the store,
-- and no change to the store makes it start over (the landmarks it replaces for the big views
-- were gathered again, over the whole view, after every change). The shift 18 is
-- `store::paging::SLICE_SHIFT`. Counted like feed_counts (0007, 0008): live = not purged and
-- not hidden. New articles are counted by the refresh that inserts them
-- (`refresh_writes.rs`); these triggers count every other change.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE slice_counts (
    feed_id INTEGER NOT NULL,
    slice   INTEGER NOT NULL,
    live    INTEGER NOT NULL DEFAULT 0,
    unread  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (feed_id, slice)
) WITHOUT ROWID;

CREATE TABLE slice_totals (
    slice  INTEGER PRIMARY KEY,
    live   INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO slice_counts(feed_id, slice, live, unread)
    SELECT feed_id, published_at >> 18, COUNT(*), SUM(read = 0)
      FROM articles WHERE purged_at IS NULL AND hidden = 0
     GROUP BY feed_id, published_at >> 18;
INSERT INTO slice_totals(slice, live, unread)
    SELECT slice, SUM(live), SUM(unread) FROM slice_counts GROUP BY slice;

CREATE TRIGGER articles_sliced_out AFTER DELETE ON articles
WHEN old.purged_at IS NULL AND old.hidden = 0
BEGIN
    UPDATE slice_counts SET live = live - 1, unread = unread - (old.read = 0)
     WHERE feed_id = old.feed_id AND slice = old.published_at >> 18;
    UPDATE slice_totals SET live = live - 1, unread = unread - (old.read = 0)
     WHERE slice = old.published_at >> 18;
END;

-- the common change, reading or marking read, alone: one update in each table
CREATE TRIGGER articles_sliced_read AFTER UPDATE OF read ON articles
WHEN old.read IS NOT new.read AND old.purged_at IS NULL AND new.purged_at IS NULL
  AND old.hidden = 0 AND new.hidden = 0 AND old.feed_id = new.feed_id
  AND old.published_at = new.published_at
BEGIN
    UPDATE slice_counts SET unread = unread + (new.read = 0) - (old.read = 0)
     WHERE feed_id = new.feed_id AND slice = new.published_at >> 18;
    UPDATE slice_totals SET unread = unread + (new.read = 0) - (old.read = 0)
     WHERE slice = new.published_at >> 18;
END;

-- anything else that moves an article in or out of a slice: purged, hidden, moved to another
-- feed, its date changed (read may have changed with it)
CREATE TRIGGER articles_sliced_again AFTER UPDATE OF purged_at, hidden, feed_id, published_at ON articles
WHEN old.purged_at IS NOT new.purged_at OR old.hidden IS NOT new.hidden
  OR old.feed_id IS NOT new.feed_id OR old.published_at IS NOT new.published_at
BEGIN
    UPDATE slice_counts SET live = live - 1, unread = unread - (old.read = 0)
     WHERE old.purged_at IS NULL AND old.hidden = 0
       AND feed_id = old.feed_id AND slice = old.published_at >> 18;
    UPDATE slice_totals SET live = live - 1, unread = unread - (old.read = 0)
     WHERE old.purged_at IS NULL AND old.hidden = 0 AND slice = old.published_at >> 18;
    INSERT INTO slice_counts(feed_id, slice, live, unread)
        SELECT new.feed_id, new.published_at >> 18, 1, new.read = 0
         WHERE new.purged_at IS NULL AND new.hidden = 0
        ON CONFLICT(feed_id, slice) DO UPDATE SET live = live + 1, unread = unread + excluded.unread;
    INSERT INTO slice_totals(slice, live, unread)
        SELECT new.published_at >> 18, 1, new.read = 0
         WHERE new.purged_at IS NULL AND new.hidden = 0
        ON CONFLICT(slice) DO UPDATE SET live = live + 1, unread = unread + excluded.unread;
END;

-- a feed's slices go with it (its articles' deletes have taken them out of the totals)
CREATE TRIGGER feeds_unsliced AFTER DELETE ON feeds BEGIN
    DELETE FROM slice_counts WHERE feed_id = old.id;
END;
