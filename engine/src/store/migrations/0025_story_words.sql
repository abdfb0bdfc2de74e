-- 0025: each recent article's words as story grouping reads them (`stories::StoryWords`, as
-- JSON: its lead's terms, its names, the digest of its text), kept by `store/stories.rs` so
-- that a refresh reads the texts of its new articles only, not again those of every article
-- of the days around them. A row goes with its article, when the article's title or text
-- changes (the trigger), and once the article was published more than a week ago (each
-- grouping prunes those, through the index).
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE story_words (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    published_at INTEGER NOT NULL,
    words        TEXT NOT NULL
);
CREATE INDEX story_words_published ON story_words(published_at);
CREATE TRIGGER story_words_stale AFTER UPDATE OF title, content, summary ON articles
WHEN OLD.title IS NOT NEW.title OR OLD.content IS NOT NEW.content
  OR OLD.summary IS NOT NEW.summary
BEGIN
    DELETE FROM story_words WHERE article_id = NEW.id;
END;
