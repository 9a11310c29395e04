-- Masthead schema 3: the slug of an article's address (docs/urls.md). Assigned once, when the
-- article is first published (or, for articles published before this version, at the first
-- export), and never changed: a published article keeps its URL when its headline changes.
-- As sqlite/V3, the column COLLATE "C" like every text column here (V1).

ALTER TABLE article ADD COLUMN slug TEXT COLLATE "C";
CREATE UNIQUE INDEX article_slug ON article (slug) WHERE slug IS NOT NULL;
