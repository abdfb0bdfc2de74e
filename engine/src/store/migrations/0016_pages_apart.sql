-- 0016: what the offline pass learns from an article's page lives apart from the article's row.
-- Each page used to rewrite its article's row three times (its attempt, committed before
-- extraction; its full text, which grew the row by kilobytes and split its page; its images
-- done), each time a 16 KiB database page among the other feeds' articles: 69 KiB written per
-- stored article (BENCHMARKS.md). Now:
--   * `full_texts` takes the extracted article, appended in the order pages are stored (its
--     own rowid), found by `article_id`;
--   * `page_attempts` takes the attempts, the back-off and why the last one failed: small rows;
--   * the article's own `full_fetched_at` and `images_at` stay the marks the offline to-do
--     indexes read (0007, 0014), but the pass writes them once, for all it did, in id order
--     (`Store::mark_pages_done`, `Store::mark_images_done`). What decides is the new tables:
--     a page with a full text is not fetched again even if its mark was never written.
-- articles.full_content, full_byline, full_error, full_attempts and full_retry_at are kept,
-- emptied, and no longer read or written: dropping a column rewrites every row of the table.
-- images_hash goes: no query looks images up by hash, and keeping it was a fifth of the
-- pass's writes (hashes are random: every stored image dirtied a page of it).
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE full_texts (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    -- the readable article extracted from its page, sanitized
    html        TEXT NOT NULL,
    byline      TEXT,
    fetched_at  INTEGER NOT NULL
);

CREATE TABLE page_attempts (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    attempts    INTEGER NOT NULL DEFAULT 0,
    -- when the next attempt may start; NULL: now
    retry_at    INTEGER,
    -- why the last attempt failed, as a catalog message (0015); NULL once a full text is stored
    error       TEXT
);

-- the index follows the full texts from now on (0013's trigger without full_content, and the
-- full texts' own below)
DROP TRIGGER articles_search_changed;
CREATE TRIGGER articles_search_changed
AFTER UPDATE OF title, author, summary, content, purged_at ON articles
BEGIN
    INSERT INTO search_log(first_id, last_id) VALUES (new.id, new.id);
END;

INSERT INTO full_texts(article_id, html, byline, fetched_at)
    SELECT id, full_content, full_byline, COALESCE(full_fetched_at, fetched_at)
      FROM articles WHERE full_content IS NOT NULL ORDER BY id;
INSERT INTO page_attempts(article_id, attempts, retry_at, error)
    SELECT id, full_attempts, full_retry_at, full_error
      FROM articles WHERE full_attempts > 0 OR full_error IS NOT NULL;
UPDATE articles SET full_content = NULL, full_byline = NULL, full_error = NULL,
                    full_attempts = 0, full_retry_at = NULL
 WHERE full_content IS NOT NULL OR full_byline IS NOT NULL OR full_error IS NOT NULL
    OR full_attempts != 0 OR full_retry_at IS NOT NULL;

-- (after the copy: the words moved are the words the index holds, nothing to do again)
CREATE TRIGGER full_texts_search_in AFTER INSERT ON full_texts BEGIN
    INSERT INTO search_log(first_id, last_id) VALUES (new.article_id, new.article_id);
END;
CREATE TRIGGER full_texts_search_changed AFTER UPDATE OF html ON full_texts BEGIN
    INSERT INTO search_log(first_id, last_id) VALUES (new.article_id, new.article_id);
END;
CREATE TRIGGER full_texts_search_out AFTER DELETE ON full_texts BEGIN
    INSERT INTO search_log(first_id, last_id) VALUES (old.article_id, old.article_id);
END;

DROP INDEX images_hash;
