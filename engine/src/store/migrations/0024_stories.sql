-- 0024: the same story from many sources (`stories/`, kept by `store/stories.rs`).
--   * `articles.story_id`: the id of the report that leads the article's story (itself when
--     it leads); NULL when no other source reports it. A grouped list shows an article unless
--     its story's lead is in the same list and it arrived within the last week.
--   * `stories_apart`: pairs a person said are not the same story, never grouped again; the
--     feeds they came from need more in common from then on.
--   * `story_progress`: the newest article id grouped so far, so a refresh groups only what
--     arrived since (and a grouping cut short by a crash is done again, whole).
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE articles ADD COLUMN story_id INTEGER;
CREATE INDEX articles_story ON articles(story_id) WHERE story_id IS NOT NULL;
-- the reports a grouped list may leave to their lead's row, by when they arrived: a list
-- groups what arrived in the last week (`store/stories.rs`), and counts those through this
CREATE INDEX articles_grouped_away ON articles(fetched_at) WHERE story_id IS NOT NULL AND story_id != id;

CREATE TABLE stories_apart (
    first_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    second_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    first_feed  INTEGER NOT NULL,
    second_feed INTEGER NOT NULL,
    marked_at   INTEGER NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;
CREATE INDEX stories_apart_second ON stories_apart(second_id);

CREATE TABLE story_progress (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    grouped_through INTEGER NOT NULL
);
INSERT INTO story_progress(id, grouped_through) VALUES (1, 0);
