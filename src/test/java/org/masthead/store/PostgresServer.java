package org.masthead.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the run's {@link PostgresTestServer} as a parameter ({@code @ExtendWith(PostgresServer.class)});
 * without a server the test is skipped, saying why.
 */
public final class PostgresServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PostgresTestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        PostgresTestServer server = Backends.server(e);
        Assumptions.assumeTrue(server.unavailable() == null, () -> "skipped, no PostgreSQL: " + server.unavailable());
        return server;
    }
}
