package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.ArticleStatus;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.planning.Plan;
import org.masthead.store.ArticleStore;
import org.masthead.store.ContentCodec;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * Runs the preflight checks over what is stored: every article an export would write, or the
 * articles asked for. The export's callers use {@link #forExport()}: an export refuses when the
 * report {@linkplain PreflightReport#hasErrors() has errors}, unless forced, and prints
 * {@link PreflightReport#refusal}.
 */
public final class PreflightRunner {

    private final ArticleStore articles;
    private final SeriesStore series;
    private final PublicationStore publication;
    private final Predicate<String> pageExists;

    /**
     * @param series      {@code null} to check without series plans
     * @param publication {@code null} to check without the site's settings
     * @param pageExists  see {@link Preflight#Preflight}; {@code null} while the site's pages are not known.
     *                    Asked from several threads at once: a read-only set's {@code contains} will do
     */
    public PreflightRunner(ArticleStore articles, SeriesStore series, PublicationStore publication, Predicate<String> pageExists) {
        this.articles = articles;
        this.series = series;
        this.publication = publication;
        this.pageExists = pageExists;
    }

    /**
     * The articles an export writes as pages: the published ones (not withdrawn, whose page is
     * its notice, nor in the trash), each as its frozen published version, never a pending update.
     * Findings come in article id order, the same on every run.
     */
    public PreflightReport forExport() {
        return check(null, this::plansByArticle);
    }

    /**
     * {@link #forExport()} for the given articles only, e.g. those an incremental export writes
     * again: each as its published version, by the same rules. Ids of articles an export writes
     * no page from (not published, withdrawn, in the trash, unknown) are passed over and not
     * counted as checked; findings come in article id order whatever the order of the ids.
     */
    public PreflightReport forExport(Collection<Long> articleIds) {
        if (articleIds.size() > FEW) return check(articleIds, this::plansByArticle);
        // A handful: their own plans, rather than every plan of the publication.
        return check(articleIds, () -> {
            Map<Long, Plan> plans = new HashMap<>();
            for (long id : new TreeSet<>(articleIds)) plans.put(id, planOf(id));
            return plans;
        });
    }

    /** Up to this many articles, {@link #forExport(Collection)} reads their plans one by one. */
    private static final int FEW = 32;
    /** Articles decoded and checked as one task. */
    private static final int BATCH = 64;

    /**
     * Checks the exported ones among the live published versions (of {@code ids}, or of all).
     * Each article is checked on its own, so batches of them are decoded on the common pool's
     * threads while this one goes on reading the articles and then the plans, and checked once
     * the plans are there, by those threads and this one; the findings are put back in the order
     * the articles were read, which is id order.
     */
    private PreflightReport check(Collection<Long> ids, java.util.function.Supplier<Map<Long, Plan>> readPlans) {
        Preflight p = preflight();
        SeriesChecks.OrderCache order = new SeriesChecks.OrderCache();
        ContentCodec codec = articles.codec();
        Work work = new Work(p, order, codec);
        List<Batch> batches = new ArrayList<>();
        List<ArticleStore.StoredVersion> next = new ArrayList<>(BATCH);
        articles.eachLivePublishedVersion(ids, v -> {
            if (v.status() != ArticleStatus.PUBLISHED) return;
            next.add(v);
            if (next.size() == BATCH) {
                Batch b = new Batch(List.copyOf(next), work);
                batches.add(b);
                next.clear();
                ForkJoinPool.commonPool().execute(b::run);
            }
        });
        if (!next.isEmpty()) batches.add(new Batch(List.copyOf(next), work));
        work.plans = readPlans.get();
        for (Batch b : batches) ForkJoinPool.commonPool().execute(b::run);
        for (Batch b : batches) b.run(); // whatever no other thread has begun
        List<Finding> out = new ArrayList<>();
        int checked = 0;
        for (Batch b : batches) {
            out.addAll(b.findings());
            checked += b.versions.size();
        }
        return new PreflightReport(out, checked);
    }

    /** What the batches share: the checks, and the plans once read. */
    private static final class Work {
        final Preflight preflight;
        final SeriesChecks.OrderCache order;
        final ContentCodec codec;
        /** {@code null} until the plans are read: until then batches are only decoded. */
        volatile Map<Long, Plan> plans;

        Work(Preflight preflight, SeriesChecks.OrderCache order, ContentCodec codec) {
            this.preflight = preflight;
            this.order = order;
            this.codec = codec;
        }
    }

    /**
     * Articles decoded and checked together, each step by whichever thread comes to it first: a
     * pool thread or the reader. A batch decoded before the plans are read waits, decoded, for
     * the next thread to come by once they are.
     */
    private static final class Batch {
        private static final int NEW = 0;
        private static final int DECODING = 1;
        private static final int DECODED = 2;
        private static final int CHECKING = 3;

        final List<ArticleStore.StoredVersion> versions;
        private final Work work;
        private final AtomicInteger step = new AtomicInteger(NEW);
        private List<ArticleContent> contents;
        private final CompletableFuture<List<Finding>> done = new CompletableFuture<>();

        Batch(List<ArticleStore.StoredVersion> versions, Work work) {
            this.versions = versions;
            this.work = work;
        }

        /** Takes the batch as far as it can go now. */
        void run() {
            try {
                if (step.compareAndSet(NEW, DECODING)) {
                    List<ArticleContent> l = new ArrayList<>(versions.size());
                    for (ArticleStore.StoredVersion v : versions) l.add(work.codec.read(v.json()));
                    contents = l;
                    step.set(DECODED);
                }
                Map<Long, Plan> plans = work.plans;
                if (plans != null && step.compareAndSet(DECODED, CHECKING)) {
                    List<Finding> l = new ArrayList<>();
                    for (int i = 0; i < versions.size(); i++) {
                        long id = versions.get(i).id();
                        l.addAll(work.preflight.check(id, contents.get(i), plans.get(id), work.order));
                    }
                    contents = null;
                    done.complete(l);
                }
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }

        /** The findings, once the thread that took the last step is through; its failure is thrown here. */
        List<Finding> findings() {
            try {
                return done.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw e;
            }
        }
    }

    /**
     * The given articles as the editor sees them: the working copy (for a published article with
     * a pending update, the update). Unknown ids fail with an {@link IllegalArgumentException}.
     */
    public PreflightReport forArticles(Collection<Long> ids) {
        Preflight p = preflight();
        List<Finding> out = new ArrayList<>();
        for (long id : ids) {
            Article a = articles.load(id);
            out.addAll(p.check(a.id(), a.content(), planOf(id)));
        }
        return new PreflightReport(out, ids.size());
    }

    /** One article's working copy, e.g. as just saved in the editor. */
    public List<Finding> forArticle(long id, ArticleContent content) {
        return preflight().check(id, content, planOf(id));
    }

    /** True for an article whose page an export writes from its content. */
    public static boolean exported(Article a) {
        return a.status() == ArticleStatus.PUBLISHED && !a.isTrashed() && a.published() != null;
    }

    private Preflight preflight() {
        return new Preflight(publication == null ? null : publication.site(), pageExists);
    }

    private Plan planOf(long id) {
        return series == null ? null : series.planOfArticle(id).map(Plan::of).orElse(null);
    }

    private Map<Long, Plan> plansByArticle() {
        Map<Long, Plan> m = new HashMap<>();
        if (series == null) return m;
        for (SeriesWithParts s : series.allPlans()) {
            Plan plan = Plan.of(s);
            for (PlanPart pp : plan.parts()) if (pp.part().hasArticle()) m.put(pp.part().articleId(), plan);
        }
        return m;
    }
}
