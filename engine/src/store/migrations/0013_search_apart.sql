-- 0013: the search index moves out of this database into a file of its own
-- (`broadsheet.search.db` beside it, `store/search_index.rs`), so that during a refresh a
-- thread of its own can write the words while the single writer of this file writes the next
-- rows: two files are written at once. This database keeps the search log: which articles the
-- index must look at again, written in the same transaction as the change. The index works
-- through the log in order and records how far it got in its own file, in the same
-- transaction as the words, so either file may be cut off by a crash at any point.
-- The index is rebuilt from the articles when the search file opens (it finds no record of
-- this database in it), in the background of the app or at the next refresh.
-- Shipped migrations are never edited: add a new numbered file instead.
DROP TABLE articles_fts;

-- An entry says: the articles first_id..=last_id may have changed, what the index holds for
-- them is to be made again from what they are now. AUTOINCREMENT: a sequence number is never
-- given twice, even once the log is emptied, so the index's "done up to" always means the same
-- entries.
CREATE TABLE search_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    first_id INTEGER NOT NULL,
    last_id  INTEGER NOT NULL
);

-- New articles are logged by their writer, one range per transaction (`refresh_writes.rs`):
-- a trigger would cost a row and a statement per article. Every other change to what the
-- index holds is logged here: words changed, purged, deleted (also with its feed).
CREATE TRIGGER articles_search_changed
AFTER UPDATE OF title, author, summary, content, full_content, purged_at ON articles
BEGIN
    INSERT INTO search_log(first_id, last_id) VALUES (new.id, new.id);
END;

CREATE TRIGGER articles_search_out AFTER DELETE ON articles
WHEN old.purged_at IS NULL
BEGIN
    INSERT INTO search_log(first_id, last_id) VALUES (old.id, old.id);
END;
