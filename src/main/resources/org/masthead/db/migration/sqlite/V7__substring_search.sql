-- Masthead schema 7 for SQLite: nothing changes. Schema 7 gives PostgreSQL's inbox search a
-- table of its own for substring texts (postgresql/V7__substring_search.sql); both backends keep
-- one schema number (decision 0016), so SQLite is at 7 too. Its FTS5 tables already read newest
-- first.

SELECT 1;
