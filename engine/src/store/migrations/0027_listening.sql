-- 0027: listening (issue 37). Where a person stopped in each episode and when they heard it to
-- the end (`store/listening.rs`); a played episode's file goes once the `episodes_played_days`
-- setting has passed since, unless its article is bookmarked. Each feed's downloads of its
-- episodes, done after a refresh (`offline/episodes.rs`): 0 never, N > 0 the latest N,
-- -1 every episode that arrives after the choice was made (episode_downloads_since). And the
-- downloads that failed, so that the pass after each refresh does not try them for ever.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE episode_plays (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url          TEXT NOT NULL,
    position_ms  INTEGER NOT NULL,
    duration_ms  INTEGER,
    played_at    INTEGER,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
CREATE INDEX episode_plays_played ON episode_plays(played_at) WHERE played_at IS NOT NULL;

ALTER TABLE feeds ADD COLUMN episode_downloads INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN episode_downloads_since INTEGER;

CREATE TABLE episode_attempts (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    attempts    INTEGER NOT NULL,
    last_error  TEXT NOT NULL,
    tried_at    INTEGER NOT NULL,
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID;
