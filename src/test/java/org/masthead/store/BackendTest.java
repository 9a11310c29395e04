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
 * {@code @AfterEach} methods. Without a PostgreSQL server the second run is skipped, saying why.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(Backends.class)
public @interface BackendTest {
}
