-- Masthead schema 6 for PostgreSQL: as sqlite/V6__versions.sql, the version an article is at
-- (decision 0017), and who did it. "Who" columns (the activity log's actor, a note's author, a
-- reply's actor) are the database's session_user, the login that made the change, whatever
-- name the program passed: a trigger sets them on every insert. A restore keeps the names in
-- the backup by saying so for its transaction (SET LOCAL masthead.restoring = 'on'); in a team
-- database row-level security lets only administrators (and the tables' owner) write a name
-- other than their own (masthead team init, TeamSetup).

ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE FUNCTION masthead_actor_is_session_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('masthead.restoring', true), '') <> 'on' THEN
        NEW.actor := session_user;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION masthead_author_is_session_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('masthead.restoring', true), '') <> 'on' THEN
        NEW.author := session_user;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER activity_actor BEFORE INSERT ON activity FOR EACH ROW EXECUTE FUNCTION masthead_actor_is_session_user();
CREATE TRIGGER reply_actor BEFORE INSERT ON reply FOR EACH ROW EXECUTE FUNCTION masthead_actor_is_session_user();
CREATE TRIGGER submission_note_author BEFORE INSERT ON submission_note FOR EACH ROW EXECUTE FUNCTION masthead_author_is_session_user();
