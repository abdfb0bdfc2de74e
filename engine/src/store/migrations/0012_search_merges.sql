-- 0012: the search index merges its segments sixteen at a time instead of four (FTS5's
-- `automerge`). Each refresh transaction adds a segment; merging four at a time rewrites every
-- word about twice as often as sixteen at a time does. A refresh of a million new articles took
-- 22.1 s with 4 and 20.7 s with 16 (`bench/refresh-million.sh`, BENCHMARKS.md); a search then
-- reads more, smaller segments, still well under a millisecond on a million articles.
-- The setting is kept in the index itself (articles_fts_config), so stores made before this
-- migration take it too.
-- Shipped migrations are never edited: add a new numbered file instead.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
