package org.masthead.store;

import java.nio.file.Path;

/**
 * The database a store test runs on: an SQLite file, or a database on the test PostgreSQL
 * server. Tests written against this run on both ({@link BackendTest}).
 */
public interface Backend {

    /** "sqlite" or "postgresql". */
    String name();

    default boolean isPostgres() {
        return name().equals("postgresql");
    }

    /**
     * Opens the database a test calls {@code file}: on SQLite that file; on PostgreSQL a database
     * of its own, new (with Masthead's schema) the first time the test names the file and the
     * same one after, so that a test can close it and open it again.
     */
    Database open(Path file);
}
