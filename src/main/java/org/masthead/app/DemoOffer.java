package org.masthead.app;

import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.MainWindow;

/** Offers the demo publication on an empty database, once. */
final class DemoOffer {

    static final String OFFERED = "demo.offered";

    private final AppContext ctx;
    private final MainWindow window;

    DemoOffer(AppContext ctx, MainWindow window) {
        this.ctx = ctx;
        this.window = window;
    }

    void offer() {
        boolean yes = ctx.dialogs().confirm("Load the demo publication?",
                "This database has no articles yet. Masthead can fill it with a small demo publication: a handful of "
                        + "opinion articles in different stages, one with photos and one with Chinese and Arabic passages.\n\n"
                        + "You can delete them later.", "Load demo");
        ctx.tasks().run("demo", () -> {
            ctx.publication().putSetting(OFFERED, "true");
            if (!yes) return 0;
            if (ctx.articles().count() > 0) throw new IllegalStateException("the demo loads only into an empty database");
            return 0; // DEMO_LOAD
        }, n -> {
            window.list().refresh();
            window.startScreen().refresh();
        }, e -> ctx.dialogs().error("Cannot load the demo", e.getMessage()));
    }
}
