-- 0004: full-text attempts. A page is claimed (attempts + 1, next try time) in its own
-- committed transaction before it is extracted, so a page that takes the process down or
-- fails is not fetched again at every launch: it backs off, then gives up with the quiet note.
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE articles ADD COLUMN full_attempts INTEGER NOT NULL DEFAULT 0;
-- when the next attempt may start; NULL: now
ALTER TABLE articles ADD COLUMN full_retry_at INTEGER;
