package org.masthead.ui.editor;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.masthead.ui.shell.AppContext;
import org.testfx.util.WaitForAsyncUtils;

/** What the editor's Fx tests share: run on the FX thread, wait for a condition, show an editor with an article open. */
final class EditorFx {

    private EditorFx() {
    }

    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void waitUntil(BooleanSupplier cond, String what) {
        try {
            WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, cond::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    static ArticleEditor showEditor(Stage stage, AppContext ctx, long id) {
        return showEditor(stage, ctx, id, ed -> { });
    }

    /** As above, {@code setUp} applied to the new editor before the article opens. */
    static ArticleEditor showEditor(Stage stage, AppContext ctx, long id, java.util.function.Consumer<ArticleEditor> setUp) {
        ArticleEditor e = fx(() -> {
            ArticleEditor ed = new ArticleEditor(ctx);
            setUp.accept(ed);
            stage.setScene(new Scene((Parent) ed.view(), 1100, 760));
            stage.show();
            ed.open(id);
            return ed;
        });
        waitUntil(() -> fx(() -> e.articleProperty().get() != null), "the article to open");
        return e;
    }
}
