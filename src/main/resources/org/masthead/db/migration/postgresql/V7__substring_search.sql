-- Masthead schema 7 for PostgreSQL: the folded texts that inbox search matches as substrings
-- (Chinese, Japanese, Korean, Arabic, Hebrew) move out of submission_search into a table of
-- their own, in id order and without the wide columns beside them, so that a search in those
-- scripts can walk them from the newest quickly before it asks the trigram index for anything
-- older (store/PostgresNewestFirst, decision 0021).

CREATE TABLE submission_substrings (
    id    BIGINT PRIMARY KEY,
    text  TEXT COLLATE "C" NOT NULL
);

INSERT INTO submission_substrings (id, text)
    SELECT id, substrings FROM submission_search WHERE substrings IS NOT NULL ORDER BY id;

CREATE INDEX submission_substrings_trigrams ON submission_substrings USING GIN (text gin_trgm_ops);

ALTER TABLE submission_search DROP COLUMN substrings;
