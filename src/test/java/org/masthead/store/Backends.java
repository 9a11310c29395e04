package org.masthead.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a {@link BackendTest} on each backend. The PostgreSQL server is started once for the
 * whole test run ({@link #server}) and stopped when the run ends.
 */
public final class Backends implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Backends.class);

    /** The run's PostgreSQL server (started on first use), closed by JUnit when the run ends. */
    public static PostgresTestServer server(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(ServerResource.class, k -> new ServerResource(PostgresTestServer.start()),
                ServerResource.class).server();
    }

    private record ServerResource(PostgresTestServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Invocation(false), new Invocation(true));
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final boolean postgres;

        Invocation(boolean postgres) {
            this.postgres = postgres;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return postgres ? "[postgresql]" : "[sqlite]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            BackendHolder holder = new BackendHolder(postgres);
            return List.of(holder);
        }
    }

    /** Gives the invocation its backend; on PostgreSQL skips without a server and drops the test's databases after it. */
    private static final class BackendHolder implements ParameterResolver, BeforeEachCallback, AfterEachCallback {
        private final boolean postgres;
        private Backend backend;
        private PgBackend pg;

        BackendHolder(boolean postgres) {
            this.postgres = postgres;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            if (!postgres) {
                backend = new SqliteBackend();
                return;
            }
            PostgresTestServer server = server(context);
            server.assumeAvailable();
            pg = new PgBackend(server);
            backend = pg;
        }

        @Override
        public void afterEach(ExtensionContext context) throws SQLException {
            if (pg != null) pg.dropAll();
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == Backend.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            if (backend == null) beforeEach(e); // a @BeforeEach of the test class may ask first
            return backend;
        }
    }

    private static final class SqliteBackend implements Backend {
        @Override
        public String name() {
            return "sqlite";
        }

        @Override
        public Database open(Path file) {
            return Database.open(file);
        }
    }

    private static final class PgBackend implements Backend {
        private final PostgresTestServer server;
        private final Map<Path, DatabaseLocation.Postgres> databases = new HashMap<>();

        PgBackend(PostgresTestServer server) {
            this.server = server;
        }

        @Override
        public String name() {
            return "postgresql";
        }

        @Override
        public Database open(Path file) {
            DatabaseLocation.Postgres db = databases.computeIfAbsent(file.toAbsolutePath(), f -> {
                try {
                    return server.createDatabase();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
                }
            });
            return server.open(db);
        }

        void dropAll() throws SQLException {
            for (DatabaseLocation.Postgres db : databases.values()) server.drop(db);
            databases.clear();
        }
    }
}
