-- 0009: feed health. What a person needs to judge a subscription: when it last worked, when
-- it last brought something new, how it answers (time, size), since when it fails, whether
-- the server said it is gone (410: no more fetching until asked) or moved it (a permanent
-- redirect, already followed).
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE feeds ADD COLUMN last_success_at INTEGER;
ALTER TABLE feeds ADD COLUMN last_new_at INTEGER;
-- the first failure of the current run of failures; NULL while it works
ALTER TABLE feeds ADD COLUMN failing_since INTEGER;
ALTER TABLE feeds ADD COLUMN gone_at INTEGER;
ALTER TABLE feeds ADD COLUMN moved_from TEXT;
ALTER TABLE feeds ADD COLUMN moved_at INTEGER;
-- milliseconds to answer, averaged over recent fetches (each new one weighs a quarter)
ALTER TABLE feeds ADD COLUMN response_ms INTEGER;
ALTER TABLE feeds ADD COLUMN last_bytes INTEGER;

-- what the store already knows: a feed without an error last worked when last fetched, and
-- its newest article is the last new one (read through the feed's date index)
UPDATE feeds SET last_success_at = last_fetched_at WHERE last_error IS NULL;
UPDATE feeds SET failing_since = last_fetched_at WHERE last_error IS NOT NULL;
UPDATE feeds SET last_new_at = (SELECT MAX(published_at) FROM articles a
                                 WHERE a.feed_id = feeds.id AND a.purged_at IS NULL AND a.hidden = 0);
