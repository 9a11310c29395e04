package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Revision;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;

/** Revisions are kept by the rules of {@link RevisionPolicy}; time is driven through {@code Article.modifiedAt}. */
class RevisionTest {

    private static final Instant T0 = Instant.parse("2024-03-10T09:00:00Z");

    @TempDir
    Path dir;
    private Backend backend;
    private Database db;
    private ArticleStore store;

    @BeforeEach
    void open(Backend b) {
        backend = b;
        db = backend.open(dir.resolve("rev.db"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ArticleContent content(String text) {
        return ArticleContent.EMPTY.withHeadline("Canals").withBody(Document.of(Block.Paragraph.of(text)));
    }

    private Article edit(Article a, String text, Instant at, SaveKind kind) {
        return store.save(a.withContent(content(text), at), kind);
    }

    @BackendTest
    void explicitSavesAlwaysKeepARevisionButIdenticalContentKeepsNone() {
        Article a = store.create(Article.create(content("one"), T0));
        assertThat(store.revisions(a.id())).hasSize(1);
        a = edit(a, "one two", T0.plusSeconds(1), SaveKind.EXPLICIT);
        a = edit(a, "one two three", T0.plusSeconds(2), SaveKind.EXPLICIT);
        assertThat(store.revisions(a.id())).hasSize(3).allMatch(r -> r.kind().equals("save"));
        a = edit(a, "one two three", T0.plusSeconds(3), SaveKind.EXPLICIT);
        a = edit(a, "one two three", T0.plusSeconds(400), SaveKind.AUTOSAVE);
        assertThat(store.revisions(a.id())).hasSize(3);
        assertThat(store.revisions(a.id()).get(0).words()).isEqualTo(3);
    }

    @BackendTest
    void autosaveKeepsARevisionAtMostOnceAMinute() {
        Article a = store.create(Article.create(content("start"), T0));
        String text = "start";
        for (int s = 10; s <= 150; s += 10) {
            text += " w" + s;
            a = edit(a, text, T0.plusSeconds(s), SaveKind.AUTOSAVE);
        }
        List<Instant> autosaves = store.revisions(a.id()).stream().filter(r -> r.kind().equals("autosave"))
                .map(Revision::createdAt).sorted().toList();
        // first at 10 s; the next autosave 60 s or more later is at 70 s, then 130 s
        assertThat(autosaves).containsExactly(T0.plusSeconds(10), T0.plusSeconds(70), T0.plusSeconds(130));
        // the article row itself always has the latest text
        assertThat(store.load(a.id()).content().body().plainText()).contains("w150");
        // an explicit save in between is not held back by the minute rule
        edit(a, text + " manual", T0.plusSeconds(155), SaveKind.EXPLICIT);
        assertThat(store.revisions(a.id()).get(0).kind()).isEqualTo("save");
    }

    @BackendTest
    void pruningKeepsTheNewestFiftyEveryPublishedOneAndOnePerOlderDay() {
        Instant dayA = Instant.parse("2024-03-01T00:00:00Z");
        Instant dayB = Instant.parse("2024-03-02T00:00:00Z");
        Instant dayC = Instant.parse("2024-03-05T00:00:00Z");
        Article a = store.create(Article.create(content("v0"), dayA));
        Instant publishedAt = dayA.plus(Duration.ofHours(3));
        int v = 1;
        for (int h = 1; h <= 10; h++) {
            Instant t = dayA.plus(Duration.ofHours(h));
            a = a.withContent(content("a" + v++), t);
            if (t.equals(publishedAt)) {
                a = store.save(a.publish(t, ZoneId.of("Asia/Shanghai")), SaveKind.PUBLISH);
            } else {
                a = store.save(a, SaveKind.EXPLICIT);
            }
        }
        for (int h = 1; h <= 10; h++) a = edit(a, "b" + v++, dayB.plus(Duration.ofHours(h)), SaveKind.EXPLICIT);
        for (int m = 1; m <= 55; m++) a = edit(a, "c" + v++, dayC.plus(Duration.ofMinutes(m * 10L)), SaveKind.EXPLICIT);

        List<Revision> revs = store.revisions(a.id());
        // 50 newest (all of day C), the published one, the newest of day A and the newest of day B
        assertThat(revs).hasSize(RevisionPolicy.KEEP_NEWEST + 3);
        assertThat(revs.subList(0, 50)).allMatch(r -> day(r.createdAt()).equals(day(dayC)));
        assertThat(revs.get(49).createdAt()).isEqualTo(dayC.plus(Duration.ofMinutes(60)));
        List<Revision> older = revs.subList(50, revs.size());
        assertThat(older).extracting(Revision::createdAt).containsExactly(
                dayB.plus(Duration.ofHours(10)), dayA.plus(Duration.ofHours(10)), publishedAt);
        assertThat(older.get(2).published()).isTrue();
        assertThat(older.get(2).kind()).isEqualTo("publish");
        Set<String> days = revs.stream().map(r -> day(r.createdAt())).collect(Collectors.toSet());
        assertThat(days).hasSize(3);
    }

    private static String day(Instant i) {
        return i.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    @BackendTest
    void restoringARevisionMakesItTheWorkingCopyAndKeepsARestoreRevision() {
        Article a = store.create(Article.create(content("the first version"), T0));
        long firstRev = store.revisions(a.id()).get(0).id();
        a = edit(a, "a much later version", T0.plusSeconds(60), SaveKind.EXPLICIT);
        assertThat(store.revisionContent(firstRev)).isEqualTo(content("the first version"));

        Article restored = store.restoreRevision(a.id(), firstRev, T0.plusSeconds(120));
        assertThat(restored.content()).isEqualTo(content("the first version"));
        assertThat(store.load(a.id()).content()).isEqualTo(content("the first version"));
        assertThat(store.load(a.id()).modifiedAt()).isEqualTo(T0.plusSeconds(120));
        List<Revision> revs = store.revisions(a.id());
        assertThat(revs).hasSize(3);
        assertThat(revs.get(0).kind()).isEqualTo("restore");
        assertThat(revs.get(0).createdAt()).isEqualTo(T0.plusSeconds(120));
    }
}
