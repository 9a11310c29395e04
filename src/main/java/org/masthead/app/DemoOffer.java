package org.masthead.app;

import org.masthead.store.DemoPublication;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.MainWindow;

/** Offers the demo publication on an empty database, once. */
final class DemoOffer {

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
        DemoPublication demo = new DemoPublication();
        ctx.tasks().run("demo", () -> {
            if (!yes) {
                demo.decline(ctx.publication());
                return 0;
            }
            int n = demo.load(ctx.articles(), ctx.images(), ctx.publication(), ctx.series());
            return n;
        }, n -> {
            window.list().refresh();
            window.startScreen().refresh();
        }, e -> ctx.dialogs().error("Cannot load the demo", e.getMessage()));
    }
}
