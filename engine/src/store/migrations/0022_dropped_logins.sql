-- 0022: the sign-ins of feeds that are gone. A feed row deleted while it had a sign-in leaves
-- its id here, so its password is taken out of the credential store too
-- (`pipeline::feed_access::forget_dropped_logins`, at every refresh and at start).
-- Shipped migrations are never edited: add a new numbered file instead.
CREATE TABLE dropped_logins (
    feed_id  INTEGER NOT NULL
);
CREATE TRIGGER feeds_login_dropped AFTER DELETE ON feeds WHEN old.login_place IS NOT NULL
BEGIN
    INSERT INTO dropped_logins(feed_id) VALUES (old.id);
END;
