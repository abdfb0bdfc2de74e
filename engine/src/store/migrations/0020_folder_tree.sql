-- 0020: folders in folders. Each folder has a parent (NULL: the top level) and its name is
-- unique among its siblings (ignoring case), so "Asia" can sit under "News" and "Travel".
-- Today's folders stay as they are, at the top level, with their ids: feeds and rules keep
-- them. The table is rebuilt (its name was unique across all folders); migrations run with
-- foreign keys off and checked before they commit (migrations.rs), so nothing cascades.
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE folders_tree (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES folders(id),
    name        TEXT NOT NULL COLLATE NOCASE,
    created_at  INTEGER NOT NULL
);
INSERT INTO folders_tree(id, parent_id, name, created_at)
    SELECT id, NULL, name, created_at FROM folders;
DROP TABLE folders;
ALTER TABLE folders_tree RENAME TO folders;
CREATE UNIQUE INDEX folders_place ON folders(ifnull(parent_id, 0), name);
CREATE INDEX folders_parent ON folders(parent_id);

-- every folder with its depth (1 at the top) and its path: the names from the top, joined by
-- '/' (as Google Reader labels carry a tree)
CREATE VIEW folder_paths(id, parent_id, name, depth, path) AS
    WITH RECURSIVE p(id, parent_id, name, depth, path) AS (
        SELECT id, parent_id, name, 1, name FROM folders WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.parent_id, c.name, p.depth + 1, p.path || '/' || c.name
            FROM folders c JOIN p ON c.parent_id = p.id
    )
    SELECT id, parent_id, name, depth, path FROM p;
