-- Masthead schema 1: publication settings, articles, revisions, corrections, images, search.
-- Instants are epoch milliseconds (INTEGER); JSON columns hold ContentCodec output.

CREATE TABLE publication (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT    NOT NULL,
    default_zone  TEXT    NOT NULL,
    zone_labels   TEXT    NOT NULL DEFAULT '{}'
);

CREATE TABLE article (
    id                   INTEGER PRIMARY KEY,
    status               TEXT    NOT NULL,
    content              TEXT    NOT NULL,
    published_content    TEXT,
    headline             TEXT    NOT NULL DEFAULT '',
    byline               TEXT    NOT NULL DEFAULT '',
    word_count           INTEGER NOT NULL DEFAULT 0,
    embargo_at           INTEGER,
    scheduled_at         INTEGER,
    first_published_at   INTEGER,
    first_published_zone TEXT,
    last_updated_at      INTEGER,
    last_updated_zone    TEXT,
    withdrawal_notice    TEXT    NOT NULL DEFAULT '',
    created_at           INTEGER NOT NULL,
    modified_at          INTEGER NOT NULL,
    trashed_at           INTEGER
);
CREATE INDEX article_status ON article (status);
CREATE INDEX article_modified ON article (modified_at);
CREATE INDEX article_scheduled ON article (scheduled_at);

CREATE TABLE correction (
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    zone        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE revision (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    word_count  INTEGER NOT NULL,
    published   INTEGER NOT NULL DEFAULT 0,
    content_sha TEXT    NOT NULL,
    content     TEXT    NOT NULL
);
CREATE INDEX revision_article ON revision (article_id, created_at);

CREATE TABLE image (
    sha256      TEXT    PRIMARY KEY,
    mime        TEXT    NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bytes       BLOB    NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- SQLite only: the full-text index, kept in sync by ArticleStore through SqliteDialect.
CREATE VIRTUAL TABLE article_fts USING fts5 (
    headline, body, byline,
    tokenize = 'unicode61 remove_diacritics 2'
);
