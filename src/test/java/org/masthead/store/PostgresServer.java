package org.masthead.store;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the run's {@link PostgresTestServer} as a parameter ({@code @ExtendWith(PostgresServer.class)});
 * without a server the test is skipped, saying why (or fails where CI requires PostgreSQL).
 */
public final class PostgresServer implements ParameterResolver, BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        // here, not while resolving the parameter: an assumption that fails there is an error, not a skip
        Backends.server(context).assumeAvailable();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PostgresTestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return Backends.server(e);
    }
}
