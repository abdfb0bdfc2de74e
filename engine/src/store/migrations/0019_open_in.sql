-- 0019: how a feed's articles open. `open_in` is NULL for the default (the `open_articles`
-- setting), else 'reader' (the feed's text or the full article, as `full_text` says),
-- 'browser' (the web page, in the system's browser) or 'inside' (the web page inside
-- Broadsheet, in a frame that runs no script).
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE feeds ADD COLUMN open_in TEXT;
