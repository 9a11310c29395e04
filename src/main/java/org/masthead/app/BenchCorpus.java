package org.masthead.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;
import org.masthead.store.ArticleStore;

/** Generated articles for benchmarks: deterministic, word salad with realistic shape. */
final class BenchCorpus {

    private static final String[] WORDS = ("the city water policy river trade climate council minister reform market "
            + "urban planning budget coast heat flood housing transport energy grid tariff export growth forum "
            + "commentary reader region province harbour rainfall drought investment public private sector "
            + "research university delegation summit agreement future risk measure season cost").split(" ");

    private static final String[] ARABIC_WORDS = ("المدينة المياه السياسة النهر التجارة المناخ المجلس الوزير الإصلاح السوق "
            + "التخطيط الميزانية الساحل الحرارة الفيضان السكن النقل الطاقة الشبكة التعرفة التصدير النمو المنتدى "
            + "التعليق القارئ المنطقة الميناء الأمطار الجفاف الاستثمار القطاع البحث الجامعة الاتفاق المستقبل").split(" ");

    private final Random random;
    private final String[] words;

    BenchCorpus(long seed) {
        this(seed, false);
    }

    /** @param arabic right-to-left text (one editor segment per word), for the Arabic edition's case */
    BenchCorpus(long seed, boolean arabic) {
        this.random = new Random(seed);
        this.words = arabic ? ARABIC_WORDS : WORDS;
    }

    /** A body of about {@code words} words in paragraphs of ~20 words, with headings and some bold. */
    Document body(int words) {
        List<Block> blocks = new ArrayList<>();
        int written = 0;
        int n = 0;
        while (written < words) {
            if (n % 12 == 0) blocks.add(Block.Heading.of(1, sentence(5)));
            List<Run> runs = new ArrayList<>();
            int len = Math.min(20, words - written);
            runs.add(Run.plain(sentence(len / 2) + " "));
            runs.add(new Run(sentence(2), Marks.of(true, false)));
            runs.add(Run.plain(" " + sentence(len - len / 2 - 2) + "."));
            blocks.add(new Block.Paragraph(runs));
            written += len;
            n++;
        }
        return new Document(blocks);
    }

    String sentence(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(1, count); i++) {
            if (i > 0) sb.append(' ');
            sb.append(words[random.nextInt(words.length)]);
        }
        return sb.toString();
    }

    Article article(int words, Instant now) {
        ArticleContent c = new ArticleContent(Character.toUpperCase(sentence(6).charAt(0)) + sentence(6).substring(1), sentence(20),
                sentence(25), List.of(new Author("Author " + random.nextInt(300), "Fellow, Institute " + random.nextInt(40))),
                "Editor " + random.nextInt(8), List.of("bench"), "", "en", body(words));
        Article a = Article.create(c, now);
        ArticleStatus[] st = {ArticleStatus.IDEA, ArticleStatus.DRAFT, ArticleStatus.EDITING, ArticleStatus.READY};
        ArticleStatus s = st[random.nextInt(st.length)];
        return switch (s) {
            case DRAFT -> a;
            case READY -> a.moveTo(ArticleStatus.EDITING, now).moveTo(s, now);
            default -> a.moveTo(s, now);
        };
    }

    /** Fills a store with {@code count} articles of about {@code words} words each. */
    void fill(ArticleStore store, int count, int words) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            store.create(article(words, t.plusSeconds(i * 60L)));
        }
    }
}
