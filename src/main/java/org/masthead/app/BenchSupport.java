package org.masthead.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;

/** What the benchmarks share: the display check, medians and cleaning up their folder. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** A benchmark's marker line on stderr, with the milliseconds since the JVM started. */
    static void mark(String what) {
        long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.println(what + " " + ms);
        System.err.flush();
    }

    /** False, with a message, where there is no display to draw on. */
    static boolean hasDisplay(PrintWriter err, String which) {
        if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) return true;
        err.println("masthead: the " + which + " benchmark needs a display; run it under 'xvfb-run -a'");
        return false;
    }

    /** The median of the values, in their own unit. */
    static double median(List<Long> xs) {
        if (xs.isEmpty()) return Double.NaN;
        List<Long> s = new ArrayList<>(xs);
        s.sort(Comparator.naturalOrder());
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    /** A bench's stage and the context its screens are built with, as MastheadApp makes them. */
    record Fx(javafx.stage.Stage stage, org.masthead.ui.shell.AppContext ctx) {
        /** A scene of {@code root} with the app's style sheet, set on the stage (not shown yet). */
        javafx.scene.Scene scene(javafx.scene.Parent root) {
            javafx.scene.Scene scene = new javafx.scene.Scene(root, 1280, 860);
            scene.getStylesheets().add(MastheadApp.class.getResource("/org/masthead/ui/masthead.css").toExternalForm());
            stage.setScene(scene);
            return scene;
        }
    }

    /** Starts JavaFX (once per process) with the app's theme, and a stage and context over {@code db}. */
    static Fx startFx(org.masthead.store.Database db, org.masthead.store.ArticleStore articles, org.masthead.store.SeriesStore series,
                      org.masthead.ui.shell.FxTaskRunner tasks) throws Exception {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(30, TimeUnit.SECONDS);
        return onFx(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            javafx.stage.Stage stage = new javafx.stage.Stage();
            return new Fx(stage, new org.masthead.ui.shell.AppContext(db, articles, new org.masthead.store.ImageStore(db),
                    new org.masthead.store.PublicationStore(db), series, tasks, new org.masthead.ui.shell.FxDialogService(() -> stage),
                    java.time.Clock.systemUTC()));
        });
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /**
     * Home, then the section behind {@code navId}: nanoseconds from firing its button to the first
     * layout pulse after the section called the callback {@code arm} was given (it has shown what it read).
     */
    static long openSection(javafx.scene.Scene scene, String navId, java.util.function.Consumer<Runnable> arm) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#nav-home")).fire();
            return null;
        });
        Thread.sleep(300); // the start screen's own reads settle
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        Runnable afterPulse = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                drawn.complete(System.nanoTime());
            }
        };
        long t0 = onFx(() -> {
            arm.accept(() -> {
                scene.addPostLayoutPulseListener(afterPulse);
                Platform.requestNextPulse();
            });
            long t = System.nanoTime();
            ((javafx.scene.control.ToggleButton) scene.lookup(navId)).fire();
            return t;
        });
        return drawn.get(60, TimeUnit.SECONDS) - t0;
    }

    /** Nanosecond figures as whole milliseconds, "[12, 15, ...]". */
    static String ms(List<Long> ns) {
        return ns.stream().map(n -> String.format("%.0f", n / 1e6)).toList().toString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
