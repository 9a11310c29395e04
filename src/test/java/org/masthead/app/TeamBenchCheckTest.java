package org.masthead.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.DatabaseLocation;
import org.masthead.store.PostgresServer;
import org.masthead.store.PostgresTestServer;

/**
 * The team benchmark's counting, on a real PostgreSQL server: editors racing on one article meet
 * conflicts and lose nothing, and the check does see a lost update or a refused save that was
 * written when there is one.
 */
@ExtendWith(PostgresServer.class)
class TeamBenchCheckTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    private PostgresTestServer server;
    private DatabaseLocation.Postgres where;
    private final List<Database> open = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (Database d : open) d.close();
        if (where != null) server.drop(where);
    }

    private Database connect() {
        Database d = server.open(where);
        open.add(d);
        return d;
    }

    private List<Long> articles(Database owner, int n) {
        ArticleStore store = new ArticleStore(owner);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) ids.add(store.create(Article.create(ArticleContent.EMPTY.withHeadline("Hot " + i), T)).id());
        return ids;
    }

    @Test
    void editorsRacingOnOneArticleMeetConflictsAndLoseNothing(PostgresTestServer s) throws Exception {
        server = s;
        where = server.createDatabase();
        Database owner = connect();
        List<Long> ids = articles(owner, 3);
        List<TeamLoad.User> users = new ArrayList<>();
        for (int i = 0; i < 4; i++) users.add(new TeamLoad.User("ed" + i, connect(), true, 0));
        // every save to the first article, each open 0–10 ms before saving: saves race
        TeamLoad.Outcome out = TeamLoad.run(users, new TeamLoad.Plan(ids, List.of(), 1, 1.0, 5, 3), 2);

        assertThat(out.editorSaves.get()).isPositive();
        assertThat(out.editorConflicts.get()).as("racing saves are refused, not written over each other").isPositive();
        assertThat(out.deadlocks.get() + out.otherFailures.get()).isZero();
        TeamCheck check = TeamCheck.of(owner, out);
        assertThat(check.tokensExpected()).isEqualTo(out.editorSaves.get());
        assertThat(check.lost()).isZero();
    }

    @Test
    void theCheckCountsALostSaveAndARefusedSaveThatWasWritten(PostgresTestServer s) throws Exception {
        server = s;
        where = server.createDatabase();
        Database owner = connect();
        ArticleStore store = new ArticleStore(owner);
        long id = articles(owner, 1).get(0);
        String kept = TeamLoad.token("ed1", 1);
        String lost = TeamLoad.token("ed1", 2);
        String refused = TeamLoad.token("ed2", 1);
        Article a = store.load(id);
        store.save(a.withContent(a.content().withBody(new Document(List.of(Block.Paragraph.of("x " + kept + " " + refused)))), T),
                ArticleStore.SaveKind.EXPLICIT);

        TeamLoad.Outcome out = new TeamLoad.Outcome();
        out.savedTokens.put(id, new CopyOnWriteArrayList<>(List.of(kept, lost)));
        out.refusedTokens.put(refused, id);
        TeamCheck check = TeamCheck.of(owner, out);

        assertThat(check.tokensExpected()).isEqualTo(2);
        assertThat(check.lostArticleSaves()).isEqualTo(1);
        assertThat(check.refusedButStored()).isEqualTo(1);
        assertThat(check.lost()).isEqualTo(2);
    }
}
