package org.masthead.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.SubmissionRow;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;
import org.masthead.store.SyntheticInbox;
import org.masthead.ui.editor.FakeDialogs;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.TaskRunner;

/** A search shows its first page of hits at once, then every hit up to the limit, newest first. */
class InboxSearchPagesTest {

    @TempDir
    Path dir;

    @Test
    void aSearchShowsItsFirstPageThenEveryHit() {
        try (Database db = Database.open(dir.resolve("inbox.db"))) {
            ArticleStore articles = new ArticleStore(db);
            AppContext ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles),
                    TaskRunner.sameThread(), new FakeDialogs(), java.time.Clock.systemUTC());
            SubmissionStore store = new SubmissionStore(db);
            SyntheticInbox.fill(store, InboxModel.SEARCH_FIRST_PAGE + 50, 3);
            InboxModel model = new InboxModel(ctx, store);
            List<Integer> shown = new ArrayList<>();
            model.rows().addListener((javafx.collections.ListChangeListener<SubmissionRow>) c -> shown.add(c.getList().size()));

            model.searchProperty().set("the");
            model.reload();

            assertThat(shown).containsExactly(InboxModel.SEARCH_FIRST_PAGE, InboxModel.SEARCH_FIRST_PAGE + 50);
            assertThat(model.completeProperty().get()).isTrue();
            assertThat(model.messageProperty().get()).startsWith((InboxModel.SEARCH_FIRST_PAGE + 50) + " found");
            assertThat(model.rows().get(0).id()).isGreaterThan(model.rows().get(1).id());
            assertThat(model.rows()).allSatisfy(r -> assertThat(model.hit(r.id())).isNotNull());
        }
    }
}
