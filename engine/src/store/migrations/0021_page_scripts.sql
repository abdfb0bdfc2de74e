-- 0021: whether a feed's web page, shown inside Broadsheet (open_in = 'inside'), may run its
-- scripts. Off by default: the page's frame runs none. On, its scripts run in a frame of no
-- origin, apart from the app (SECURITY.md).
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE feeds ADD COLUMN page_scripts INTEGER NOT NULL DEFAULT 0;
