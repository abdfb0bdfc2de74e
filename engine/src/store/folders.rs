//! The folder tree: folders in folders, at most [`MAX_FOLDER_DEPTH`] deep, each name unique
//! among its siblings (migration 0020). A folder is found by its path, the names from the top
//! joined by `/` ("News/Asia"), as OPML outlines, the CLI and Google Reader labels carry it.
//! Deleting or moving never unsubscribes: what a deleted folder held moves up a level, and a
//! folder that meets one of the same name there is merged into it.

use rusqlite::{params, Connection, OptionalExtension};

use super::{changed_or_not_found, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{now, Folder};
use crate::text::natural_cmp;

/// How deep folders go: a folder at the top is at depth 1. Deeper outlines in an OPML file
/// land in their ancestor at this depth.
pub const MAX_FOLDER_DEPTH: usize = 8;

/// A path's folder names: split at `/`, each trimmed, empty ones dropped.
pub fn path_names(path: &str) -> Vec<&str> {
    path.split('/')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect()
}

/// SQL for the ids of the folder `param` (an SQL parameter such as `?1`) and every folder
/// beneath it, to go after `IN`. `UNION`, not `UNION ALL`: a folder met twice (a loop a
/// damaged file could hold) ends the walk instead of running it forever.
pub(super) fn subtree_sql(param: &str) -> String {
    format!(
        "(WITH RECURSIVE sub(id) AS (SELECT {param} UNION \
         SELECT c.id FROM folders c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)"
    )
}

fn name_error() -> Error {
    Error::Invalid(Message::new("error-folder-name"))
}

fn too_deep() -> Error {
    Error::Invalid(Message::new("error-folder-too-deep").with("depth", MAX_FOLDER_DEPTH))
}

/// The folder `name` inside `parent` (`None`: the top), made if missing.
pub(super) fn folder_in(conn: &Connection, parent: Option<i64>, name: &str) -> Result<i64> {
    let name = name.trim();
    if name.is_empty() {
        return Err(name_error());
    }
    let found = conn
        .prepare_cached(
            "SELECT id FROM folders WHERE ifnull(parent_id, 0) = ifnull(?1, 0) AND name = ?2",
        )?
        .query_row(params![parent, name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO folders(parent_id, name, created_at) VALUES (?1, ?2, ?3)")?
        .execute(params![parent, name, now()])?;
    Ok(conn.last_insert_rowid())
}

/// The folder at `names` from the top, each level made if missing; `None` for no names.
pub(super) fn folder_at_path(conn: &Connection, names: &[&str]) -> Result<Option<i64>> {
    if names.len() > MAX_FOLDER_DEPTH {
        return Err(too_deep());
    }
    let mut parent = None;
    for name in names {
        parent = Some(folder_in(conn, parent, name)?);
    }
    Ok(parent)
}

fn depth_of(conn: &Connection, id: i64) -> Result<usize> {
    let depth: Option<i64> = conn
        .query_row("SELECT depth FROM folder_paths WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    depth.map(|d| d as usize).ok_or_else(|| Error::NotFound {
        kind: "folder",
        id: id.to_string(),
    })
}

/// How many levels the folder and those beneath it take (1 for a folder with none inside).
fn height_of(conn: &Connection, id: i64) -> Result<usize> {
    // bounded: a loop a damaged file could hold ends past the deepest a tree may go
    let height: i64 = conn.query_row(
        "WITH RECURSIVE sub(id, level) AS (SELECT ?1, 1 UNION ALL
             SELECT c.id, sub.level + 1 FROM folders c JOIN sub ON c.parent_id = sub.id
              WHERE sub.level <= 64)
         SELECT max(level) FROM sub",
        [id],
        |r| r.get(0),
    )?;
    Ok(height as usize)
}

/// Moves what folder `from` holds (feeds, rules, folders) into `into` (`None`: the top level,
/// where its rules do not follow: they go with it, as they applied to nothing else) and deletes
/// `from`. A folder inside that meets one of the same name in `into` is merged the same way.
fn empty_into(conn: &Connection, from: i64, into: Option<i64>) -> Result<()> {
    conn.execute(
        "UPDATE feeds SET folder_id = ?2 WHERE folder_id = ?1",
        params![from, into],
    )?;
    if into.is_some() {
        conn.execute(
            "UPDATE rules SET folder_id = ?2 WHERE folder_id = ?1",
            params![from, into],
        )?;
    }
    let children: Vec<(i64, String)> = {
        let mut stmt = conn.prepare("SELECT id, name FROM folders WHERE parent_id = ?1")?;
        let rows = stmt.query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (child, name) in children {
        place_folder(conn, child, &name, into)?;
    }
    // rules still on it go with it (ON DELETE CASCADE)
    conn.execute("DELETE FROM folders WHERE id = ?1", [from])?;
    Ok(())
}

/// Puts folder `id` (named `name`) inside `parent`, merging it into a sibling of that name.
fn place_folder(conn: &Connection, id: i64, name: &str, parent: Option<i64>) -> Result<()> {
    let twin: Option<i64> = conn
        .query_row(
            "SELECT id FROM folders WHERE ifnull(parent_id, 0) = ifnull(?1, 0) AND name = ?2 AND id != ?3",
            params![parent, name, id],
            |r| r.get(0),
        )
        .optional()?;
    match twin {
        Some(twin) => empty_into(conn, id, Some(twin)),
        None => {
            conn.execute(
                "UPDATE folders SET parent_id = ?2 WHERE id = ?1",
                params![id, parent],
            )?;
            Ok(())
        }
    }
}

/// Moves folder `id` into `parent` (see [`Store::move_folder`]).
fn move_in(conn: &Connection, id: i64, parent: Option<i64>) -> Result<()> {
    let name: Option<String> = conn
        .query_row("SELECT name FROM folders WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    let Some(name) = name else {
        return Err(Error::NotFound {
            kind: "folder",
            id: id.to_string(),
        });
    };
    if let Some(parent) = parent {
        let inside: bool = conn.query_row(
            &format!("SELECT ?2 IN {}", subtree_sql("?1")),
            params![id, parent],
            |r| r.get(0),
        )?;
        if inside {
            return Err(Error::Invalid(Message::new("error-folder-into-itself")));
        }
        if depth_of(conn, parent)? + height_of(conn, id)? > MAX_FOLDER_DEPTH {
            return Err(too_deep());
        }
    }
    place_folder(conn, id, &name, parent)
}

/// A top-level folder named `path` whole: one from before folders nested (migration 0020) may
/// hold `/` in its name.
fn named_whole(conn: &Connection, path: &str) -> Result<Option<i64>> {
    if !path.contains('/') {
        return Ok(None);
    }
    Ok(conn
        .query_row(
            "SELECT id FROM folders WHERE parent_id IS NULL AND name = ?1",
            [path.trim()],
            |r| r.get(0),
        )
        .optional()?)
}

/// Deletes folder `id`: its feeds, rules and folders move up to its parent (rules of a folder
/// at the top go with it, as they applied to nothing else). Returns its parent.
pub(super) fn delete_in(conn: &Connection, id: i64) -> Result<Option<i64>> {
    let parent: Option<Option<i64>> = conn
        .query_row("SELECT parent_id FROM folders WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    let Some(parent) = parent else {
        return Err(Error::NotFound {
            kind: "folder",
            id: id.to_string(),
        });
    };
    empty_into(conn, id, parent)?;
    Ok(parent)
}

impl Store {
    /// The folder at `path` ("News/Asia": names from the top, joined by `/`), each level made
    /// if missing. Names compare case-insensitively.
    pub fn folder_id(&self, path: &str) -> Result<i64> {
        if let Some(id) = self.find_folder(path)? {
            return Ok(id);
        }
        folder_at_path(&self.conn, &path_names(path))?.ok_or_else(name_error)
    }

    /// The folder at `path` if there is one; nothing is made. A folder from before folders
    /// nested (migration 0020) may hold `/` in its name: the whole path names it too.
    pub fn find_folder(&self, path: &str) -> Result<Option<i64>> {
        match self.find_folder_by_names(path)? {
            Some(id) => Ok(Some(id)),
            None => named_whole(&self.conn, path),
        }
    }

    fn find_folder_by_names(&self, path: &str) -> Result<Option<i64>> {
        let names = path_names(path);
        let mut parent: Option<i64> = None;
        for name in &names {
            parent = self
                .conn
                .query_row(
                    "SELECT id FROM folders WHERE ifnull(parent_id, 0) = ifnull(?1, 0) AND name = ?2",
                    params![parent, name],
                    |r| r.get(0),
                )
                .optional()?;
            if parent.is_none() {
                return Ok(None);
            }
        }
        Ok(parent)
    }

    /// Every folder, parents before their children, siblings by name.
    pub fn folders(&self) -> Result<Vec<Folder>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, parent_id, name, path, depth FROM folder_paths")?;
        let rows = stmt.query_map([], |r| {
            Ok(Folder {
                id: r.get(0)?,
                parent_id: r.get(1)?,
                name: r.get(2)?,
                path: r.get(3)?,
                depth: r.get(4)?,
            })
        })?;
        let mut folders: Vec<Folder> = rows.collect::<rusqlite::Result<_>>()?;
        // by path, name by name: a parent sorts before its children
        folders.sort_by(|a, b| {
            let (mut x, mut y) = (a.path.split('/'), b.path.split('/'));
            loop {
                match (x.next(), y.next()) {
                    (Some(p), Some(q)) => match natural_cmp(p, q) {
                        std::cmp::Ordering::Equal => continue,
                        other => return other,
                    },
                    (p, q) => return p.is_some().cmp(&q.is_some()),
                }
            }
        });
        Ok(folders)
    }

    /// Renames a folder. A name cannot hold `/`, which separates a path's names, nor be one
    /// its siblings have.
    pub fn rename_folder(&self, id: i64, name: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(name_error());
        }
        if name.contains('/') {
            return Err(Error::Invalid(Message::new("error-folder-slash")));
        }
        let n = self
            .conn
            .execute(
                "UPDATE folders SET name = ?2 WHERE id = ?1",
                params![id, name],
            )
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _)
                    if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                {
                    Error::Invalid(Message::new("error-folder-exists").with("name", name))
                }
                e => e.into(),
            })?;
        changed_or_not_found(n, "folder", id)
    }

    /// Moves folder `id` (with all it holds) into `parent` (`None`: the top). Refused when it
    /// would go inside itself or deeper than [`MAX_FOLDER_DEPTH`]; merged into a folder of the
    /// same name already there.
    pub fn move_folder(&mut self, id: i64, parent: Option<i64>) -> Result<()> {
        let tx = self.conn.transaction()?;
        move_in(&tx, id, parent)?;
        tx.commit()?;
        Ok(())
    }

    /// [`Store::move_folder`] into the folder at `path` (`None` or empty: the top level), made
    /// if missing; when the move is refused, nothing is made.
    pub fn move_folder_into(&mut self, id: i64, path: Option<&str>) -> Result<()> {
        let names = path.map(path_names).unwrap_or_default();
        let tx = self.conn.transaction()?;
        let parent = match named_whole(&tx, path.unwrap_or_default())? {
            Some(id) => Some(id),
            None => folder_at_path(&tx, &names)?,
        };
        move_in(&tx, id, parent)?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a folder; what it holds moves up a level, and nothing is unsubscribed.
    pub fn delete_folder(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        delete_in(&tx, id)?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{test_feed as add, test_store};

    #[test]
    fn folders_nest_by_path_and_the_same_name_lives_in_two_places() {
        let (_d, store) = test_store();
        let asia = store.folder_id("News/Asia").unwrap();
        let travel_asia = store.folder_id(" Travel / Asia ").unwrap();
        assert_ne!(asia, travel_asia);
        assert_eq!(
            store.folder_id("news/ASIA").unwrap(),
            asia,
            "names ignore case"
        );
        assert_eq!(store.find_folder("News/Asia").unwrap(), Some(asia));
        assert_eq!(store.find_folder("News/Europe").unwrap(), None);
        let paths: Vec<_> = store
            .folders()
            .unwrap()
            .into_iter()
            .map(|f| (f.path, f.depth))
            .collect();
        assert_eq!(
            paths,
            [
                ("News", 1),
                ("News/Asia", 2),
                ("Travel", 1),
                ("Travel/Asia", 2)
            ]
            .map(|(p, d)| (p.to_string(), d))
        );
        let feed = add(&store, "http://x/feed");
        store.move_feed(feed, Some(asia)).unwrap();
        assert_eq!(
            store.feed(feed).unwrap().folder.as_deref(),
            Some("News/Asia")
        );
        assert!(store.folder_id("a/b/c/d/e/f/g/h").is_ok(), "8 deep");
        let err = store.folder_id("a/b/c/d/e/f/g/h/i").unwrap_err();
        assert!(err.to_string().contains('8'), "{err}");
        assert!(store.folder_id(" / ").is_err());
        assert!(
            store.rename_folder(asia, "Asia/Pacific").is_err(),
            "a slash"
        );
        let news = store.find_folder("News").unwrap().unwrap();
        store.folder_id("News/Europe").unwrap();
        let europe = store.find_folder("News/Europe").unwrap().unwrap();
        assert!(
            store.rename_folder(europe, "asia").is_err(),
            "a sibling's name"
        );
        store.rename_folder(asia, "South Asia").unwrap();
        assert_eq!(
            store.feed(feed).unwrap().folder.as_deref(),
            Some("News/South Asia")
        );
        let _ = news;
    }

    #[test]
    fn a_folder_moves_with_all_it_holds_never_into_itself_nor_too_deep() {
        let (_d, mut store) = test_store();
        let news = store.folder_id("News").unwrap();
        let asia = store.folder_id("News/Asia").unwrap();
        let kabul = store.folder_id("News/Asia/Afghanistan/Kabul").unwrap();
        let feed = add(&store, "http://x/feed");
        store.move_feed(feed, Some(kabul)).unwrap();
        assert!(store.move_folder(news, Some(kabul)).is_err(), "into itself");
        assert!(store.move_folder(news, Some(news)).is_err());
        // refused by path: the folder it named is not left behind
        let before = store.folders().unwrap().len();
        assert!(store
            .move_folder_into(news, Some("News/Asia/New place"))
            .is_err());
        assert_eq!(store.folders().unwrap().len(), before, "nothing made");
        let deep = store.folder_id("1/2/3/4/5/6").unwrap();
        assert!(
            store.move_folder(asia, Some(deep)).is_err(),
            "6 levels and Asia's 3 make 9"
        );
        let five = store.find_folder("1/2/3/4/5").unwrap();
        let afghanistan = store.find_folder("News/Asia/Afghanistan").unwrap().unwrap();
        store.move_folder(afghanistan, five).unwrap();
        assert_eq!(
            store.feed(feed).unwrap().folder.as_deref(),
            Some("1/2/3/4/5/Afghanistan/Kabul")
        );
        store.move_folder(afghanistan, Some(asia)).unwrap();
        store.move_folder(asia, None).unwrap();
        assert_eq!(
            store.feed(feed).unwrap().folder.as_deref(),
            Some("Asia/Afghanistan/Kabul")
        );
        // into a parent that has one of the same name: merged, the feed kept
        store.folder_id("News/asia/Afghanistan/Herat").unwrap();
        store.move_folder(asia, Some(news)).unwrap();
        let paths = crate::store::test_folder_paths(&store);
        assert_eq!(
            paths
                .iter()
                .filter(|p| p.starts_with("News"))
                .cloned()
                .collect::<Vec<_>>(),
            [
                "News",
                "News/asia",
                "News/asia/Afghanistan",
                "News/asia/Afghanistan/Herat",
                "News/asia/Afghanistan/Kabul"
            ]
        );
        assert_eq!(
            store.feed(feed).unwrap().folder.as_deref(),
            Some("News/asia/Afghanistan/Kabul")
        );
    }

    #[test]
    fn deleting_a_folder_moves_what_it_holds_up_and_unsubscribes_nothing() {
        let (_d, mut store) = test_store();
        let asia = store.folder_id("News/Asia").unwrap();
        let news = store.find_folder("News").unwrap().unwrap();
        store.folder_id("News/Asia/Afghanistan").unwrap();
        store.folder_id("Afghanistan").unwrap();
        let in_asia = add(&store, "http://x/asia");
        let in_news = add(&store, "http://x/news");
        store.move_feed(in_asia, Some(asia)).unwrap();
        store.move_feed(in_news, Some(news)).unwrap();
        store.delete_folder(asia).unwrap();
        assert_eq!(store.feed(in_asia).unwrap().folder.as_deref(), Some("News"));
        assert!(store.find_folder("News/Afghanistan").unwrap().is_some());
        store.delete_folder(news).unwrap();
        assert_eq!(store.feed(in_asia).unwrap().folder, None);
        assert_eq!(store.feed(in_news).unwrap().folder, None);
        // News/Afghanistan met the top's Afghanistan: one folder
        let paths = crate::store::test_folder_paths(&store);
        assert_eq!(paths, ["Afghanistan"]);
        assert_eq!(store.feeds().unwrap().len(), 2);
    }

    #[test]
    fn a_loop_in_a_damaged_tree_ends_every_walk() {
        let (_d, mut store) = test_store();
        let a = store.folder_id("A").unwrap();
        let b = store.folder_id("A/B").unwrap();
        let feed = add(&store, "http://x/feed");
        store.move_feed(feed, Some(b)).unwrap();
        // A inside B inside A: only a damaged file holds this
        store
            .conn
            .execute("UPDATE folders SET parent_id = ?1 WHERE id = ?2", [b, a])
            .unwrap();
        let counts = store.view_counts(crate::model::View::Folder(a)).unwrap();
        assert_eq!(counts, (0, 0), "the walk ended");
        assert!(store.move_folder(b, Some(a)).is_err(), "B is beneath A");
        // back at the top, the tree is whole again
        store.move_folder(a, None).unwrap();
        let paths = crate::store::test_folder_paths(&store);
        assert_eq!(paths, ["A", "A/B"]);
    }
}
