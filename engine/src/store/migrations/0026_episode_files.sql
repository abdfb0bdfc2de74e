-- 0026: episodes kept for listening offline (`offline/episodes.rs`): the file an enclosure was
-- downloaded to, in the data directory's `episodes/` folder, named by its address's hash with
-- the extension of what its bytes are. Keyed by the article and the address, so that a refresh
-- that writes an item's enclosures again keeps the files of the addresses it still lists.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE episode_files (
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url           TEXT NOT NULL,
    file          TEXT NOT NULL,
    bytes         INTEGER NOT NULL,
    -- what the first bytes are (`offline::sniff_media`)
    mime          TEXT NOT NULL,
    downloaded_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
