package org.masthead.ui.publish;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.masthead.publish.ExportGate;
import org.masthead.publish.Exporter;
import org.masthead.publish.SiteExport;
import org.masthead.publish.SiteSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's exports, one at a time, each on a thread of its own: a long export must not hold
 * up the task runner's single worker, and reading the stores from another thread is safe (the
 * database serialises access). What the window is told comes through {@code fx}. Holds no nodes:
 * File ▸ Export ({@link ExportAction}) and the export after scheduled publishing both go through it.
 */
public final class ExportModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExportModel.class);

    /** What a run tells the window; called through the model's {@code fx} executor. */
    public interface Listener {
        void progress(int done, int total);

        void done(Exporter.Report report);

        /** The gate's errors stopped the export before anything was written. */
        void blocked(List<String> errors);

        void failed(String message);
    }

    private final Supplier<SiteExport> export;
    private final Supplier<String> exportFolder;
    private final Executor fx;
    private final Consumer<String> autoFailed;
    private final Set<String> told = new HashSet<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Thread thread;
    private boolean autoPending;
    private boolean closed;

    /**
     * @param export       the site to export and the gate that may block it, made afresh for each
     *                     run (on the export thread); the two share what they read
     * @param exportFolder the chosen export folder, "" for none (on the export thread)
     * @param fx           where the window is told
     * @param autoFailed   says that an automatic export failed; each message once
     */
    public ExportModel(Supplier<SiteExport> export, Supplier<String> exportFolder, Executor fx, Consumer<String> autoFailed) {
        this.export = export;
        this.exportFolder = exportFolder;
        this.fx = fx;
        this.autoFailed = autoFailed;
    }

    /** As above, with the site and its gate given apart (tests). */
    public ExportModel(Supplier<SiteSource> site, Supplier<ExportGate> gate, Supplier<String> exportFolder, Executor fx,
                       Consumer<String> autoFailed) {
        this(() -> new SiteExport(site.get(), gate.get()), exportFolder, fx, autoFailed);
    }

    /** The window's model: the site, gate and folder from the context's stores, as {@link org.masthead.publish.Sites} makes them. */
    public static ExportModel forContext(org.masthead.ui.shell.AppContext ctx, Executor fx) {
        return new ExportModel(() -> org.masthead.publish.Sites.forStores(ctx.articles(), ctx.series(), ctx.images(), ctx.publication(), ctx.clock()),
                () -> ctx.publication().site().exportFolder(), fx, m -> ctx.dialogs().error("Automatic export", m));
    }

    public synchronized boolean running() {
        return thread != null;
    }

    /** Starts an incremental export into {@code target}; false (and nothing done) while one runs. */
    public synchronized boolean start(Path target, boolean force, Listener listener) {
        if (closed || thread != null) return false;
        launch("export", () -> target, force, listener);
        return true;
    }

    /** Asks the running export to stop after the file it is writing. */
    public void cancel() {
        cancel.set(true);
    }

    /**
     * After scheduled publishing: an incremental export into the chosen folder, if one is set.
     * Comes after the running export if there is one. Blocking errors and failures are said once
     * each through {@code autoFailed}; success is only logged.
     */
    public synchronized void autoExport() {
        if (closed) return;
        if (thread != null) {
            autoPending = true;
            return;
        }
        launch("automatic export", () -> {
            String f = exportFolder.get();
            return f.isBlank() ? null : Path.of(f);
        }, false, new Listener() {
            @Override
            public void progress(int done, int total) {
            }

            @Override
            public void done(Exporter.Report r) {
                LOG.info("automatic export: {}", r.summary());
            }

            @Override
            public void blocked(List<String> errors) {
                tellOnce("The site was not exported after scheduled publishing: the preflight checks found errors.\n"
                        + String.join("\n", errors) + "\nFix them, then use File ▸ Export.");
            }

            @Override
            public void failed(String message) {
                tellOnce("The site could not be exported after scheduled publishing: " + message);
            }
        });
    }

    private void tellOnce(String message) {
        if (told.add(message)) autoFailed.accept(message);
    }

    private void launch(String name, Supplier<Path> target, boolean force, Listener listener) {
        cancel.set(false);
        Exporter.Progress progress = new Exporter.Progress() {
            @Override
            public void page(int done, int total, String path) {
                fx.execute(() -> listener.progress(done, total));
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        thread = new Thread(() -> {
            Runnable tell;
            try {
                Path t = target.get();
                if (t == null) {
                    tell = () -> { };
                } else {
                    SiteExport x = export.get();
                    Exporter.Report r = new Exporter(x.gate()).export(x.site(), t, Exporter.Options.INCREMENTAL.withForce(force), progress);
                    tell = () -> listener.done(r);
                }
            } catch (Exporter.BlockedException e) {
                tell = () -> listener.blocked(e.errors());
            } catch (Exception e) {
                if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
                    LOG.info("{} refused: {}", name, e.getMessage()); // said to the editor
                } else {
                    LOG.warn("{} failed", name, e);
                }
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                tell = () -> listener.failed(message);
            }
            Runnable finalTell = tell;
            fx.execute(() -> finished(finalTell));
        }, "masthead-export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(Runnable tell) {
        boolean again;
        synchronized (this) {
            thread = null;
            again = autoPending && !closed;
            autoPending = false;
        }
        tell.run();
        if (again) autoExport();
    }

    /** Stops a running export (it records what it wrote) and waits a little for it. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
        }
        cancel();
        if (t == null) return;
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
