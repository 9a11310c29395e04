-- Masthead schema 2: series, their parts, and the log of plan changes that altered published pages.
-- Portable SQL (no SQLite-only syntax). Dates are ISO-8601 text (yyyy-MM-dd); a planned
-- publication time is kept as the editor stated it (local date-time and zone) and as the
-- resolved instant (epoch milliseconds) for ordering.

CREATE TABLE series (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL,
    topic             TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    planned_parts     INTEGER NOT NULL DEFAULT 0,
    cadence_unit      TEXT    NOT NULL,
    cadence_interval  INTEGER NOT NULL,
    cadence_day       TEXT    NOT NULL,
    cadence_time      TEXT    NOT NULL,
    cadence_zone      TEXT    NOT NULL,
    owner             TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL,
    note_template     TEXT    NOT NULL,
    created_at        INTEGER NOT NULL,
    modified_at       INTEGER NOT NULL
);

CREATE TABLE series_part (
    id             INTEGER PRIMARY KEY,
    series_id      INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    working_title  TEXT    NOT NULL DEFAULT '',
    author         TEXT    NOT NULL DEFAULT '',
    article_id     INTEGER UNIQUE REFERENCES article (id) ON DELETE SET NULL,
    stage          TEXT    NOT NULL,
    pitch_due      TEXT,
    draft_due      TEXT,
    edit_due       TEXT,
    publish_local  TEXT,
    publish_zone   TEXT,
    publish_at     INTEGER
);
CREATE INDEX series_part_series ON series_part (series_id, position);
CREATE INDEX series_part_publish ON series_part (publish_at);

CREATE TABLE plan_log (
    id          INTEGER PRIMARY KEY,
    series_id   INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    article_id  INTEGER,
    at          INTEGER NOT NULL,
    message     TEXT    NOT NULL
);
CREATE INDEX plan_log_series ON plan_log (series_id, at);
