package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.MessageKind;
import org.masthead.model.SubmissionStatus;

/**
 * Team roles against the real server: an administrator sets the roles up, people connect as
 * their own logins, and the database itself refuses what a role may not do. Roles belong to the
 * whole server, so every name here carries this run's prefix and is dropped afterwards.
 */
@ExtendWith(PostgresServer.class)
class TeamRolesTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private PostgresTestServer server;
    private DatabaseLocation.Postgres where;
    private Database admin;
    private TeamSetup team;
    private String prefix;
    private final List<Database> opened = new ArrayList<>();

    @BeforeEach
    void setUp(PostgresTestServer s) throws SQLException {
        server = s;
        where = server.createDatabase();
        admin = server.open(where);
        prefix = "mt" + ProcessHandle.current().pid() + "_" + RUN.incrementAndGet();
        team = new TeamSetup(admin, TeamSetup.Roles.withPrefix(prefix));
        team.init();
    }

    @AfterEach
    void tearDown() throws SQLException {
        for (Database d : opened) d.close();
        admin.close();
        server.drop(where);
        try (Connection c = server.adminConnection(); Statement st = c.createStatement()) {
            for (String r : List.of(prefix + "_rev", prefix + "_ed", prefix + "_adm", prefix + "_admin", prefix + "_editor", prefix + "_reviewer")) {
                st.execute("DROP ROLE IF EXISTS " + r);
            }
        }
    }

    private Database as(String login, TeamSetup.Role role) {
        team.addUser(login, role, PASSWORD);
        Database d = Database.open(new DatabaseLocation.Postgres(login, where.host(), where.port(), where.database()), new String(PASSWORD));
        opened.add(d);
        return d;
    }

    private long article(String headline) {
        return new ArticleStore(admin).create(Article.create(ArticleContent.EMPTY.withHeadline(headline), T)).id();
    }

    private long submission() {
        return new SubmissionStore(admin).save(SyntheticInbox.message("<m1@example.org>", "Rivers", "Ana", "ana@example.org", T, "A text.",
                MessageKind.SUBMISSION, null)).submissionId();
    }

    @Test
    void aReviewersArticleUpdateIsRefusedByTheDatabaseItselfAndChangesNothing() {
        long id = article("Before");
        Database reviewer = as(prefix + "_rev", TeamSetup.Role.REVIEWER);
        ArticleStore theirs = new ArticleStore(reviewer);
        Article a = theirs.load(id);
        assertThat(a.headline()).isEqualTo("Before");

        assertThatThrownBy(() -> theirs.save(a.withContent(a.content().withHeadline("After"), T.plusSeconds(60)), ArticleStore.SaveKind.EXPLICIT))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("does not allow " + prefix + "_rev")
                .hasMessageContaining("permission denied for table article")
                .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState()).isEqualTo("42501"));
        assertThatThrownBy(() -> theirs.create(Article.create(ArticleContent.EMPTY.withHeadline("Mine"), T))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> theirs.trash(id, T)).isInstanceOf(NotAllowedException.class);
        assertThat(new ArticleStore(admin).load(id).headline()).isEqualTo("Before");
        assertThat(team.rolesOf(prefix + "_rev")).containsExactly(TeamSetup.Role.REVIEWER);
    }

    @Test
    void aReviewerTriagesAndTheLogNamesTheirLoginNotTheNameTheyTyped() {
        long id = submission();
        Database reviewer = as(prefix + "_rev", TeamSetup.Role.REVIEWER);
        SubmissionStore theirs = new SubmissionStore(reviewer);

        assertThat(theirs.setStatus(id, SubmissionStatus.IN_REVIEW, "The Editor In Chief")).isTrue();
        theirs.addTag(id, "rivers", "Someone else");
        assertThat(theirs.addNote(id, "Strong opening.", "Someone else").author()).isEqualTo(prefix + "_rev");

        assertThat(new SubmissionStore(admin).get(id).orElseThrow().status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(new SubmissionStore(admin).activity(id)).extracting(e -> e.actor() + " " + e.action())
                .contains(prefix + "_rev status", prefix + "_rev tagged", prefix + "_rev note")
                .noneMatch(s -> s.contains("Editor In Chief") || s.contains("Someone else"));
    }

    @Test
    void aReviewerCannotWriteAnotherNameIntoTheLogEvenAskingAsARestoreDoes() {
        long id = submission();
        Database reviewer = as(prefix + "_rev", TeamSetup.Role.REVIEWER);
        assertThatThrownBy(() -> reviewer.tx(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL masthead.restoring = 'on'");
                st.execute("INSERT INTO activity (submission_id, at, actor, action) VALUES (" + id + ", 0, 'someone_else', 'status')");
            }
            return null;
        })).isInstanceOf(NotAllowedException.class).hasMessageContaining("row-level security");
        assertThatThrownBy(() -> reviewer.tx(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM activity");
            }
            return null;
        })).isInstanceOf(NotAllowedException.class);
        assertThat(new SubmissionStore(admin).activity(id)).isNotEmpty();
    }

    @Test
    void settingsAreTheAdministratorsTheInboxsOwnKeysEveryones() {
        Database reviewer = as(prefix + "_rev", TeamSetup.Role.REVIEWER);
        Database editor = as(prefix + "_ed", TeamSetup.Role.EDITOR);
        Database administrator = as(prefix + "_adm", TeamSetup.Role.ADMIN);

        new PublicationStore(reviewer).putSetting("inbox.actor", "Mei");
        assertThatThrownBy(() -> new PublicationStore(reviewer).putSetting("planner.slots", "x")).isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("row-level security");
        new PublicationStore(editor).putSetting("planner.slots", "x");
        var pub = new PublicationStore(admin).get();
        assertThatThrownBy(() -> new PublicationStore(editor).putSetting(PublicationStore.SITE_SETTING, "{}")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> new PublicationStore(editor).save(pub.withName("Not theirs"))).isInstanceOf(NotAllowedException.class);
        new PublicationStore(administrator).save(pub.withName("The Evening Desk"));
        assertThat(new PublicationStore(admin).get().name()).isEqualTo("The Evening Desk");
        assertThat(team.rolesOf(prefix + "_adm")).containsExactly(TeamSetup.Role.ADMIN, TeamSetup.Role.EDITOR, TeamSetup.Role.REVIEWER);
    }

    @Test
    void anEditorWritesArticlesAndAnAdministratorAddsPeople() {
        long id = article("Draft");
        Database editor = as(prefix + "_ed", TeamSetup.Role.EDITOR);
        ArticleStore theirs = new ArticleStore(editor);
        Article a = theirs.load(id);
        theirs.save(a.withContent(a.content().withHeadline("Edited"), T.plusSeconds(60)), ArticleStore.SaveKind.EXPLICIT);
        assertThat(new ArticleStore(admin).load(id).headline()).isEqualTo("Edited");
        assertThatThrownBy(() -> new TeamSetup(editor, team.roles()).addUser(prefix + "_rev", TeamSetup.Role.REVIEWER, PASSWORD))
                .hasMessageContaining("may not create roles");

        Database administrator = as(prefix + "_adm", TeamSetup.Role.ADMIN);
        new TeamSetup(administrator, team.roles()).addUser(prefix + "_rev", TeamSetup.Role.REVIEWER, PASSWORD);
        assertThat(team.rolesOf(prefix + "_rev")).containsExactly(TeamSetup.Role.REVIEWER);
        assertThatThrownBy(() -> team.addUser(prefix + "_rev", TeamSetup.Role.EDITOR, PASSWORD)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> team.addUser("bad name; DROP", TeamSetup.Role.EDITOR, PASSWORD)).hasMessageContaining("not a login name");
    }

    @Test
    void initRunsAgainWithoutHarmAndATableAddedLaterIsReadable() {
        team.init();
        admin.tx(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE later_table (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, x TEXT)");
                st.execute("INSERT INTO later_table (x) VALUES ('seen')");
            }
            return null;
        });
        Database reviewer = as(prefix + "_rev", TeamSetup.Role.REVIEWER);
        assertThat(new ArticleStore(reviewer).list(ArticleStore.Filter.ALL)).isEmpty();
        String seen = reviewer.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT x FROM later_table")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(seen).isEqualTo("seen");
    }

    @Test
    void eachLoginIsToldItsOwnRoleForTheWindowToOffer() {
        TeamSetup.Roles roles = TeamSetup.Roles.withPrefix(prefix);
        SessionAccess owner = SessionAccess.of(admin, roles);
        SessionAccess reviewer = SessionAccess.of(as(prefix + "_rev", TeamSetup.Role.REVIEWER), roles);
        SessionAccess editor = SessionAccess.of(as(prefix + "_ed", TeamSetup.Role.EDITOR), roles);
        SessionAccess administrator = SessionAccess.of(as(prefix + "_adm", TeamSetup.Role.ADMIN), roles);

        assertThat(owner.level()).isEqualTo(SessionAccess.Level.OWNER);
        assertThat(reviewer).isEqualTo(new SessionAccess(prefix + "_rev", SessionAccess.Level.REVIEWER));
        assertThat(reviewer.mayEditArticles()).isFalse();
        assertThat(reviewer.whyNot("write articles")).contains(prefix + "_rev is a reviewer").contains("cannot write articles");
        assertThat(editor.level()).isEqualTo(SessionAccess.Level.EDITOR);
        assertThat(editor.mayEditArticles()).isTrue();
        assertThat(editor.mayChangeSiteSettings()).isFalse();
        assertThat(administrator.level()).isEqualTo(SessionAccess.Level.ADMIN);
        assertThat(administrator.mayChangeSiteSettings()).isTrue();
        // the standard group roles may not exist on this server: no membership, not an error
        assertThat(SessionAccess.of(opened.get(0), TeamSetup.Roles.withPrefix(prefix + "_none")).level()).isEqualTo(SessionAccess.Level.NONE);
    }
}
