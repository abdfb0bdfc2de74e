-- 0018: feeds behind a sign-in, and servers that turn unknown clients away. `login_user` is the
-- user name a feed signs in with (HTTP basic or digest) and `login_place` where its password
-- is kept ('keyring' or 'file', as account secrets: crate::secrets); the password itself is
-- never in the database. `user_agent` is the feed's own User-Agent: NULL the app's,
-- 'browser' a web browser's, else the text a person gave.
-- Shipped migrations are never edited: add a new numbered file instead.
ALTER TABLE feeds ADD COLUMN login_user TEXT;
ALTER TABLE feeds ADD COLUMN login_place TEXT;
ALTER TABLE feeds ADD COLUMN user_agent TEXT;
