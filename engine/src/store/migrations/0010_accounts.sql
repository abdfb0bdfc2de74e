-- 0010: accounts and sync. Every feed belongs to an account: 1 is "On this computer" (feeds
-- Broadsheet fetches itself); others are feed servers (Google Reader API) whose feeds the server
-- fetches and Broadsheet syncs. What a server last said is kept beside the local state
-- (remote_*): a local change that differs from it is a change still to send, so the outbox of
-- read and star changes is the articles table itself, written in the same statement as the
-- change. Feeds deleted locally leave a row in sync_outbox (a trigger, same transaction).
-- Shipped migrations are never edited: add a new numbered file instead.

CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    -- 'local' or 'greader'
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    -- the Google Reader API's base address ("https://host/api/greader.php")
    server_url      TEXT,
    username        TEXT,
    -- where the sign-in token is kept: 'keyring' (the system's credential store) or 'file'
    secret_place    TEXT,
    created_at      INTEGER NOT NULL,
    -- the last sync that ended well, and the last one tried (the schedule waits from there)
    last_sync_at    INTEGER,
    last_attempt_at INTEGER,
    last_sync_error TEXT,
    -- the server refused the token: nothing is tried until the person signs in again
    sign_in_again   INTEGER NOT NULL DEFAULT 0,
    -- crawl time (seconds) of the newest item seen: the next sync asks for items since then
    newest_item_at  INTEGER
);
INSERT INTO accounts(id, kind, name, created_at)
VALUES (1, 'local', 'On this computer', CAST(strftime('%s', 'now') AS INTEGER));

ALTER TABLE feeds ADD COLUMN account_id INTEGER NOT NULL DEFAULT 1;
-- the server's stream id ("feed/12"); NULL for a local feed or one not yet sent to the server
ALTER TABLE feeds ADD COLUMN remote_id TEXT;
-- the title and label (folder name, '' for none) the server last had
ALTER TABLE feeds ADD COLUMN remote_title TEXT;
ALTER TABLE feeds ADD COLUMN remote_folder TEXT;
CREATE INDEX feeds_account ON feeds(account_id);
CREATE UNIQUE INDEX feeds_remote ON feeds(account_id, remote_id) WHERE remote_id IS NOT NULL;

-- the server's item id (64 bits, as the long hex form says it)
ALTER TABLE articles ADD COLUMN remote_id INTEGER;
-- read and starred as the server last had them
ALTER TABLE articles ADD COLUMN remote_read INTEGER;
ALTER TABLE articles ADD COLUMN remote_starred INTEGER;
CREATE INDEX articles_remote ON articles(remote_id) WHERE remote_id IS NOT NULL;
-- the outbox of state changes: articles whose state differs from what the server has
CREATE INDEX articles_sync_pending ON articles(feed_id)
    WHERE remote_id IS NOT NULL AND (read IS NOT remote_read OR bookmarked IS NOT remote_starred);

-- changes to send that have no row left to compare with (a feed deleted here)
CREATE TABLE sync_outbox (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL,
    -- 'unsubscribe'
    op          TEXT NOT NULL,
    stream      TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE TRIGGER feeds_deleted_outbox AFTER DELETE ON feeds
WHEN OLD.remote_id IS NOT NULL AND OLD.account_id <> 1
BEGIN
    INSERT INTO sync_outbox(account_id, op, stream, created_at)
    VALUES (OLD.account_id, 'unsubscribe', OLD.remote_id, CAST(strftime('%s', 'now') AS INTEGER));
END;
