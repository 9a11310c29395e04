-- Masthead schema 5: the submission inbox (docs/backup-format.md describes the same data).
-- Portable SQL except the two FTS5 tables at the end, which only SQLite has (decision 0001:
-- migrations are per dialect). Instants are epoch milliseconds (INTEGER), dates ISO text,
-- booleans 0/1. "from" and "references" are SQL keywords, hence from_name/from_email and refs.

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    email       TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

-- An inbox item: a submission, an auto-reply or other mail. sender_key and title_key are the
-- lower-cased address and the normalised title (no Re:/Fwd: prefixes, no punctuation), for
-- matching a follow-up that lost its In-Reply-To.
CREATE TABLE submission (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    title            TEXT    NOT NULL DEFAULT '',
    title_key        TEXT    NOT NULL DEFAULT '',
    from_name        TEXT    NOT NULL DEFAULT '',
    from_email       TEXT    NOT NULL DEFAULT '',
    sender_key       TEXT    NOT NULL DEFAULT '',
    claimed_title    TEXT    NOT NULL DEFAULT '',
    title_verified   INTEGER NOT NULL DEFAULT 0,
    verified_by      TEXT    NOT NULL DEFAULT '',
    bio              TEXT    NOT NULL DEFAULT '',
    conflict_note    TEXT    NOT NULL DEFAULT '',
    language         TEXT    NOT NULL DEFAULT '',
    length           INTEGER NOT NULL DEFAULT 0,
    length_unit      TEXT    NOT NULL DEFAULT 'words',
    received_at      INTEGER,
    pitch            INTEGER NOT NULL DEFAULT 0,
    exclusive        INTEGER NOT NULL DEFAULT 0,
    exclusive_until  INTEGER,
    answer_due       INTEGER,
    news_peg_expiry  TEXT,
    duplicate_of     INTEGER REFERENCES submission (id) ON DELETE SET NULL,
    assignee_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,
    article_id       INTEGER REFERENCES article (id) ON DELETE SET NULL,
    created_at       INTEGER NOT NULL,
    modified_at      INTEGER NOT NULL
);
CREATE INDEX submission_status_due ON submission (status, answer_due);
CREATE INDEX submission_due ON submission (answer_due);
CREATE INDEX submission_exclusive ON submission (exclusive_until);
CREATE INDEX submission_received ON submission (received_at);
CREATE INDEX submission_sender ON submission (sender_key, title_key);
CREATE INDEX submission_assignee ON submission (assignee_id);

-- A text of a submission; the highest number is the current one.
CREATE TABLE submission_version (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id),
    number         INTEGER NOT NULL,
    document       TEXT    NOT NULL,
    plain_text     TEXT    NOT NULL,
    source         TEXT    NOT NULL DEFAULT '',
    mail_id        INTEGER,
    created_at     INTEGER NOT NULL,
    UNIQUE (submission_id, number)
);

-- Every message with its raw bytes (last, so that reading the other columns skips them). A
-- message is the same as a stored one only if its message_id and sha256 both match. A
-- follow-up's text is kept in body/body_text (a revision's is a submission_version).
CREATE TABLE mail_message (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id),
    kind           TEXT    NOT NULL,
    message_id     TEXT,
    sha256         TEXT    NOT NULL,
    source         TEXT    NOT NULL DEFAULT '',
    received_at    INTEGER,
    from_name      TEXT    NOT NULL DEFAULT '',
    from_email     TEXT    NOT NULL DEFAULT '',
    subject        TEXT    NOT NULL DEFAULT '',
    in_reply_to    TEXT,
    refs           TEXT    NOT NULL DEFAULT '',
    links          TEXT    NOT NULL DEFAULT '',
    warnings       TEXT    NOT NULL DEFAULT '',
    body           TEXT,
    body_text      TEXT,
    raw_size       INTEGER NOT NULL,
    raw            BLOB    NOT NULL
);
CREATE INDEX mail_message_message_id ON mail_message (message_id);
CREATE INDEX mail_message_sha256 ON mail_message (sha256);
CREATE INDEX mail_message_submission ON mail_message (submission_id);

CREATE TABLE submission_attachment (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id),
    mail_id        INTEGER NOT NULL REFERENCES mail_message (id),
    file_name      TEXT    NOT NULL,
    content_type   TEXT    NOT NULL,
    size           INTEGER NOT NULL,
    sha256         TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    error          TEXT    NOT NULL DEFAULT '',
    text           TEXT    NOT NULL DEFAULT '',
    document       TEXT,
    bytes          BLOB    NOT NULL
);
CREATE INDEX submission_attachment_submission ON submission_attachment (submission_id);

CREATE TABLE submission_tag (
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    tag            TEXT    NOT NULL,
    PRIMARY KEY (submission_id, tag)
);
CREATE INDEX submission_tag_tag ON submission_tag (tag);

CREATE TABLE review (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    reviewer_id    INTEGER NOT NULL REFERENCES person (id),
    argument       INTEGER,
    originality    INTEGER,
    timeliness     INTEGER,
    writing        INTEGER,
    at             INTEGER NOT NULL,
    UNIQUE (submission_id, reviewer_id)
);

CREATE TABLE submission_note (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    author         TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    at             INTEGER NOT NULL
);
CREATE INDEX submission_note_submission ON submission_note (submission_id);

CREATE TABLE activity (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    at             INTEGER NOT NULL,
    actor          TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    detail         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX activity_submission ON activity (submission_id, at);

CREATE TABLE failed_import (
    id        INTEGER PRIMARY KEY,
    source    TEXT    NOT NULL,
    reason    TEXT    NOT NULL,
    at        INTEGER NOT NULL,
    sha256    TEXT    NOT NULL,
    raw_size  INTEGER NOT NULL,
    raw       BLOB    NOT NULL
);
CREATE INDEX failed_import_sha256 ON failed_import (sha256);

CREATE TABLE reply (
    id             INTEGER PRIMARY KEY,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL,
    to_address     TEXT    NOT NULL,
    subject        TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    sent_at        INTEGER NOT NULL,
    message_id     TEXT,
    actor          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX reply_submission ON reply (submission_id);
CREATE INDEX reply_message_id ON reply (message_id);

CREATE TABLE saved_filter (
    id     INTEGER PRIMARY KEY,
    name   TEXT    NOT NULL UNIQUE,
    query  TEXT    NOT NULL
);

CREATE TABLE mailbox_state (
    folder_key    TEXT    PRIMARY KEY,
    uid_validity  INTEGER NOT NULL,
    last_uid      INTEGER NOT NULL
);

-- MinHash band keys of each submission's text: two submissions sharing a band are candidates
-- for near-duplicates.
CREATE TABLE submission_band (
    band_key       INTEGER NOT NULL,
    submission_id  INTEGER NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, submission_id)
);
CREATE INDEX submission_band_submission ON submission_band (submission_id);

-- SQLite only: the full-text indexes, kept in sync by SubmissionStore through SqliteDialect.
-- rowid = submission id, so that newest first is ORDER BY rowid DESC, which FTS5 walks without
-- sorting the matches. The trigram index holds only submissions with Chinese, Japanese, Korean,
-- Arabic or Hebrew text (the only ones a query in those scripts can match), as one column.
CREATE VIRTUAL TABLE submission_fts USING fts5 (
    title, body, author, attachments,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE submission_trigram USING fts5 (
    text,
    tokenize = 'trigram'
);
