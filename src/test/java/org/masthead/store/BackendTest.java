package org.masthead.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice, on SQLite ({@code [sqlite]}) and on PostgreSQL ({@code [postgresql]}),
 * with a {@link Backend} parameter for the test method and its {@code @BeforeEach} and
 * {@code @AfterEach} methods (surefire's reports name them {@code [1]} and {@code [2]}). Without a
 * PostgreSQL server the second run is skipped, saying why, unless {@code MASTHEAD_REQUIRE_PG}
 * is set (CI), which makes it fail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(Backends.class)
public @interface BackendTest {
}
