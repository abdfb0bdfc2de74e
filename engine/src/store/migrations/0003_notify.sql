-- 0003: notifications. A feed the person marked "notify" announces its new articles.
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE feeds ADD COLUMN notify INTEGER NOT NULL DEFAULT 0;
