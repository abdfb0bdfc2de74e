-- 0005: retention counts from when an article was read, not from its publication date.
-- Articles already purged stay purged; a read article with no recorded read time (none should
-- exist) counts as read at this upgrade, so it is kept for the whole period from now.
UPDATE articles SET read_at = CAST(strftime('%s', 'now') AS INTEGER)
 WHERE read = 1 AND read_at IS NULL AND purged_at IS NULL;
-- what retention may remove, found without scanning the store
CREATE INDEX articles_retention ON articles(read_at)
    WHERE read = 1 AND bookmarked = 0 AND purged_at IS NULL;
