package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;

/** A team database whose server stops says so (ConnectionLostException) and connects again once the server is back; nothing committed is lost. */
@ExtendWith(PostgresServer.class)
class DatabaseReconnectTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void aRestartedServerIsConnectedToAgainAndKeepsWhatWasCommitted(PostgresTestServer server) throws Exception {
        Assumptions.assumeTrue(server.canRestart(), "an outside server is not the tests' to stop");
        DatabaseLocation.Postgres where = server.createDatabase();
        try (Database db = server.open(where)) {
            ArticleStore articles = new ArticleStore(db);
            Article a = articles.create(Article.create(ArticleContent.EMPTY.withHeadline("Rivers"), T));
            Article saved = articles.save(a.withContent(a.content().withHeadline("Rivers, saved"), T.plusSeconds(1)), ArticleStore.SaveKind.EXPLICIT);
            server.stopServer();
            try {
                Article mine = saved.withContent(saved.content().withHeadline("Rivers, while down"), T.plusSeconds(2));
                assertThatThrownBy(() -> articles.save(mine, ArticleStore.SaveKind.EXPLICIT))
                        .isInstanceOf(ConnectionLostException.class).hasMessageContaining("cannot be reached");
                assertThatThrownBy(() -> articles.load(a.id())).as("still down: the reconnect fails the same way")
                        .isInstanceOf(ConnectionLostException.class);
            } finally {
                server.startServer();
            }
            assertThat(articles.load(a.id())).as("what was committed before the stop").isEqualTo(saved);
            Article again = articles.save(saved.withContent(saved.content().withHeadline("Rivers, after"), T.plusSeconds(3)),
                    ArticleStore.SaveKind.EXPLICIT);
            assertThat(again.version()).isEqualTo(saved.version() + 1);
        } finally {
            server.drop(where);
        }
    }
}
