-- Masthead schema 4: beside each published version, a SHA-256 of its stored JSON and its outline
-- (ArticleContent.outline(): the version with its body cut to its figures and first paragraph),
-- so that an export sees what changed without reading whole bodies (docs/export.md). Derived
-- data: written with every published version; rows from before this version get theirs at the
-- first export. Text COLLATE "C" like every text column here (V1).

ALTER TABLE article ADD COLUMN published_digest TEXT COLLATE "C";
ALTER TABLE article ADD COLUMN published_outline TEXT COLLATE "C";
