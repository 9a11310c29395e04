package org.masthead.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore.SaveKind;
import org.masthead.ui.editor.AutosaveScheduler;

/**
 * Test helper run in a child JVM that the kill test shoots down: opens a database, creates an
 * article and "types" a word every ~20 ms, autosaving through the real {@link AutosaveScheduler}
 * the way the editor does (a timer thread decides, a single "UI" thread snapshots and saves).
 *
 * <p>Prints {@code ARTICLE id}, then {@code TYPED count epochMillis} after each word and
 * {@code SAVING count} / {@code SAVED count epochMillis} around each save, flushed at once.
 * Runs until killed (or for {@code maxSeconds}, the second argument, as a safety net).
 */
public final class TypistChild {

    private TypistChild() {
    }

    /** What the editor shows: the document and how many words went into it. Swapped whole, never mutated. */
    private record Snapshot(Document doc, int words) {
    }

    private static final int WORDS_PER_PARAGRAPH = 40;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long maxMillis = (args.length > 1 ? Long.parseLong(args[1]) : 30) * 1000;
        DatabaseLock lock = DatabaseLock.acquire(file);
        Database db = Database.open(file);
        ArticleStore store = new ArticleStore(db);
        Article[] article = {store.create(Article.create(ArticleContent.EMPTY.withHeadline("Typing until killed"), Instant.now()))};
        say("ARTICLE " + article[0].id());

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        Snapshot[] current = {new Snapshot(Document.EMPTY, 0)};
        Object guard = new Object();
        Runnable save = () -> {
            Snapshot s;
            synchronized (guard) {
                s = current[0];
            }
            say("SAVING " + s.words());
            article[0] = store.save(article[0].withContent(article[0].content().withBody(s.doc()), Instant.now()), SaveKind.AUTOSAVE);
            say("SAVED " + s.words() + " " + System.currentTimeMillis());
        };
        AutosaveScheduler autosave = new AutosaveScheduler(timer, ui, save, System::currentTimeMillis);

        List<String> paragraphs = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        long start = System.currentTimeMillis();
        for (int n = 1; System.currentTimeMillis() - start < maxMillis; n++) {
            if (para.length() > 0) para.append(' ');
            para.append("word").append(n);
            if (n % WORDS_PER_PARAGRAPH == 0) {
                paragraphs.add(para.toString());
                para.setLength(0);
            }
            List<Block> blocks = new ArrayList<>(paragraphs.size() + 1);
            for (String p : paragraphs) blocks.add(Block.Paragraph.of(p));
            if (para.length() > 0) blocks.add(Block.Paragraph.of(para.toString()));
            synchronized (guard) {
                current[0] = new Snapshot(new Document(blocks), n);
            }
            autosave.touch();
            say("TYPED " + n + " " + System.currentTimeMillis());
            Thread.sleep(20);
        }
        autosave.close();
        timer.shutdown();
        ui.shutdown();
        db.close();
        lock.close();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
