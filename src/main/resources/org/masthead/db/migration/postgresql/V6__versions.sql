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

-- Every committed change to what the desk shares is announced to the other clients:
-- NOTIFY masthead, '<kind>:<id>' (article:12, submission:40, series:3), listened to by
-- TeamEvents. A notification sent in a transaction goes out only when it commits, and once
-- however many rows of the same thing it changed. A submission's notes, tags, scores and
-- replies each add a line to its activity log, which announces the submission.
CREATE FUNCTION masthead_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
    key bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    IF TG_ARGV[1] = 'submission_id' THEN key := r.submission_id;
    ELSIF TG_ARGV[1] = 'series_id' THEN key := r.series_id;
    ELSE key := r.id;
    END IF;
    PERFORM pg_notify('masthead', TG_ARGV[0] || ':' || key);
    RETURN NULL;
END
$$;

CREATE TRIGGER article_notify AFTER INSERT OR UPDATE OR DELETE ON article FOR EACH ROW EXECUTE FUNCTION masthead_notify('article', 'id');
CREATE TRIGGER submission_notify AFTER INSERT OR UPDATE OR DELETE ON submission FOR EACH ROW EXECUTE FUNCTION masthead_notify('submission', 'id');
CREATE TRIGGER activity_notify AFTER INSERT ON activity FOR EACH ROW EXECUTE FUNCTION masthead_notify('submission', 'submission_id');
CREATE TRIGGER series_notify AFTER INSERT OR UPDATE OR DELETE ON series FOR EACH ROW EXECUTE FUNCTION masthead_notify('series', 'id');
CREATE TRIGGER series_part_notify AFTER INSERT OR UPDATE OR DELETE ON series_part FOR EACH ROW EXECUTE FUNCTION masthead_notify('series', 'series_id');
