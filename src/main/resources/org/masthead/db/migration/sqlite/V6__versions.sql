-- Masthead schema 6: the version an article is at (decision 0017). Every save sends the version it
-- read and moves it on by one; a save from an older copy changes nothing and is refused
-- (ConflictException), so that two people editing the same article never overwrite each other
-- unseen. On SQLite one window holds the file, but the rule is the same as on PostgreSQL.

ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
