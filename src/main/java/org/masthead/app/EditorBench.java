package org.masthead.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.TextStats;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.ui.editor.ArticleEditor;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.FxDialogService;
import org.masthead.ui.shell.FxTaskRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmarks (b), (c) and (d) with a 50,000-word article in the real editor in a real window:
 * (b) from {@code open(id)} (what a click in the list calls) to the first layout pulse with
 * the text in the area; (c) the FX-thread time of one keystroke (pressed, typed, released
 * events dispatched to the text area), excluding the layout pulse, which is reported apart;
 * (d) an autosave: the FX-thread snapshot and the whole save until the store has committed.
 */
@Command(name = "editor", description = "Open, type into and autosave a 50,000-word article.", mixinStandardHelpOptions = true)
final class EditorBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--words", defaultValue = "50000", description = "Words in the article (default ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--opens", defaultValue = "7", description = "Times to open it (default ${DEFAULT-VALUE}).")
    int opens;

    @Option(names = "--keys", defaultValue = "300", description = "Keystrokes (default ${DEFAULT-VALUE}).")
    int keys;

    @Option(names = "--saves", defaultValue = "10", description = "Autosaves (default ${DEFAULT-VALUE}).")
    int saves;

    @Option(names = "--arabic", description = "Arabic text instead of English (right to left, one segment per word).")
    boolean arabic;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    private ArticleEditor editor;
    private Scene scene;
    private volatile long pulseStart;
    private final List<Long> pulses = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!BenchSupport.hasDisplay(err, "editor")) return 1;
        Path dir = Files.createTempDirectory("masthead-bench-");
        Database db = Database.open(dir.resolve("bench.db"));
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            ArticleStore articles = new ArticleStore(db);
            BenchCorpus corpus = new BenchCorpus(7, arabic);
            long[] ids = new long[2];
            for (int i = 0; i < 2; i++) {
                ArticleContent c = ArticleContent.EMPTY.withHeadline("Long read " + (i + 1)).withBody(corpus.body(words));
                ids[i] = articles.create(Article.create(c, java.time.Instant.now())).id();
            }
            org.masthead.model.text.Document body = articles.load(ids[0]).content().body();
            int counted = TextStats.of(body.plainText()).count();
            err.printf("Two articles of %,d words, %,d paragraphs each%n", counted, body.blocks().size());

            BenchSupport.Fx fx = BenchSupport.startFx(db, articles, new org.masthead.store.SeriesStore(db, articles), tasks);
            BenchSupport.onFx(() -> {
                editor = new ArticleEditor(fx.ctx());
                scene = fx.scene((Parent) editor.view());
                scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
                fx.stage().show();
                return null;
            });

            List<Long> openNs = new ArrayList<>();
            for (int i = 0; i < opens; i++) {
                openNs.add(openAndDraw(ids[i % 2]));
            }
            err.println("open to drawn (ms): " + BenchSupport.ms(openNs));

            BenchSupport.onFx(() -> {
                editor.area().moveTo(editor.area().getParagraphs().size() / 2, 0);
                editor.area().requestFocus();
                scene.addPostLayoutPulseListener(() -> {
                    if (pulseStart > 0) pulses.add(System.nanoTime() - pulseStart);
                });
                return null;
            });
            List<Long> keyNs = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                char ch = (char) ('a' + i % 26);
                keyNs.add(BenchSupport.onFx(() -> keystroke(ch)));
                waitForPulse();
            }
            List<Long> pulseNs;
            synchronized (pulses) {
                pulseNs = new ArrayList<>(pulses);
            }

            List<Long> fxSaveNs = new ArrayList<>();
            List<Long> saveNs = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                BenchSupport.onFx(() -> keystroke('x'));
                CompletableFuture<Long> done = new CompletableFuture<>();
                long[] t = new long[2];
                BenchSupport.onFx(() -> {
                    editor.setOnSaved(a -> done.complete(System.nanoTime()));
                    t[0] = System.nanoTime();
                    editor.autosaveNow();
                    t[1] = System.nanoTime();
                    return null;
                });
                long end = done.get(30, TimeUnit.SECONDS);
                fxSaveNs.add(t[1] - t[0]);
                saveNs.add(end - t[0]);
            }

            double open = ms(BenchSupport.median(openNs)), key = ms(BenchSupport.median(keyNs)), pulse = ms(BenchSupport.median(pulseNs));
            double fxSave = ms(BenchSupport.median(fxSaveNs)), save = ms(BenchSupport.median(saveNs));
            var out = spec.commandLine().getOut();
            if (json) {
                out.printf("{\"words\":%d,\"openToDrawnMedianMs\":%.1f,\"openLimitMs\":300,\"keystrokeFxMedianMs\":%.3f,"
                                + "\"keystrokeLimitMs\":5,\"layoutPulseMedianMs\":%.2f,\"autosaveFxThreadMedianMs\":%.2f,"
                                + "\"autosaveTotalMedianMs\":%.1f,\"autosaveLimitMs\":100}%n",
                        counted, open, key, pulse, fxSave, save);
            } else {
                out.printf("article: %,d words%n", counted);
                out.printf("(b) open to text drawn: median %.1f ms of %d (limit 300 ms); all: %s%n", open, opens, BenchSupport.ms(openNs));
                out.printf("(c) keystroke, FX thread without layout pulse: median %.3f ms of %d (limit 5 ms); "
                        + "the layout pulse after it: median %.2f ms%n", key, keys, pulse);
                out.printf("(d) autosave: median %.1f ms until committed (limit 100 ms), of which %.2f ms on the FX thread%n",
                        save, fxSave);
            }
            out.flush();
            return open <= 300 && key <= 5 && save <= 100 ? 0 : 1;
        } finally {
            try {
                BenchSupport.onFx(() -> {
                    editor.close();
                    return null;
                });
            } catch (Exception ignored) {
                // the figures are out; closing is best effort
            }
            tasks.close();
            db.close();
            Platform.exit();
            BenchSupport.deleteTree(dir);
        }
    }

    private long openAndDraw(long id) throws Exception {
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        Runnable check = new Runnable() {
            @Override
            public void run() {
                Article a = editor.articleProperty().get();
                if (a != null && a.id() == id && editor.area().getLength() > 0) {
                    scene.removePostLayoutPulseListener(this);
                    drawn.complete(System.nanoTime());
                }
            }
        };
        long t0 = BenchSupport.onFx(() -> {
            scene.addPostLayoutPulseListener(check);
            long t = System.nanoTime();
            editor.open(id);
            Platform.requestNextPulse();
            return t;
        });
        long t1 = drawn.get(60, TimeUnit.SECONDS);
        Thread.sleep(300); // let the revision list and counts settle before the next open
        return t1 - t0;
    }

    private long keystroke(char ch) {
        String s = String.valueOf(ch);
        KeyCode code = KeyCode.getKeyCode(s.toUpperCase());
        long t = System.nanoTime();
        Event.fireEvent(editor.area(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        Event.fireEvent(editor.area(), new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        Event.fireEvent(editor.area(), new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        return System.nanoTime() - t;
    }

    private void waitForPulse() throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    f.complete(null);
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
        });
        f.get(10, TimeUnit.SECONDS);
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
