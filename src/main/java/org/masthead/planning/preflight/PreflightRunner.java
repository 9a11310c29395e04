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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
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
        return check(null, plansByArticle());
    }

    /**
     * {@link #forExport()} for the given articles only, e.g. those an incremental export writes
     * again: each as its published version, by the same rules. Ids of articles an export writes
     * no page from (not published, withdrawn, in the trash, unknown) are passed over and not
     * counted as checked; findings come in article id order whatever the order of the ids.
     */
    public PreflightReport forExport(Collection<Long> articleIds) {
        Map<Long, Plan> plans;
        if (articleIds.size() > FEW) {
            plans = plansByArticle();
        } else {
            // A handful: their own plans, rather than every plan of the publication.
            plans = new HashMap<>();
            for (long id : new TreeSet<>(articleIds)) plans.put(id, planOf(id));
        }
        return check(articleIds, plans);
    }

    /** Up to this many articles, {@link #forExport(Collection)} reads their plans one by one. */
    private static final int FEW = 32;
    /** Articles checked as one task. */
    private static final int BATCH = 64;

    /**
     * Checks the exported ones among the live published versions (of {@code ids}, or of all).
     * Each article is checked on its own, so batches of them are checked on the common pool's
     * threads while this one goes on reading, and then by this one too; the findings are put back
     * in the order the articles were read, which is id order.
     */
    private PreflightReport check(Collection<Long> ids, Map<Long, Plan> plans) {
        Preflight p = preflight();
        SeriesChecks.OrderCache order = new SeriesChecks.OrderCache();
        ContentCodec codec = articles.codec();
        List<Batch> batches = new ArrayList<>();
        List<ArticleStore.StoredVersion> next = new ArrayList<>(BATCH);
        int[] checked = {0};
        Function<ArticleStore.StoredVersion, List<Finding>> one = v -> p.check(v.id(), codec.read(v.json()), plans.get(v.id()), order);
        Consumer<Batch> start = b -> {
            batches.add(b);
            ForkJoinPool.commonPool().execute(b::run);
        };
        articles.eachLivePublishedVersion(ids, v -> {
            if (v.status() != ArticleStatus.PUBLISHED) return;
            checked[0]++;
            next.add(v);
            if (next.size() == BATCH) {
                start.accept(new Batch(List.copyOf(next), one));
                next.clear();
            }
        });
        if (!next.isEmpty()) batches.add(new Batch(List.copyOf(next), one));
        for (Batch b : batches) b.run(); // what no other thread has begun
        List<Finding> out = new ArrayList<>();
        for (Batch b : batches) out.addAll(b.findings());
        return new PreflightReport(out, checked[0]);
    }

    /** Articles checked together, by whichever thread comes first: the pool's or the reader. */
    private static final class Batch {
        private final List<ArticleStore.StoredVersion> versions;
        private final Function<ArticleStore.StoredVersion, List<Finding>> check;
        private final AtomicBoolean begun = new AtomicBoolean();
        private final CompletableFuture<List<Finding>> done = new CompletableFuture<>();

        Batch(List<ArticleStore.StoredVersion> versions, Function<ArticleStore.StoredVersion, List<Finding>> check) {
            this.versions = versions;
            this.check = check;
        }

        void run() {
            if (!begun.compareAndSet(false, true)) return;
            try {
                List<Finding> l = new ArrayList<>();
                for (ArticleStore.StoredVersion v : versions) l.addAll(check.apply(v));
                done.complete(l);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }

        /** The findings, once the thread that began the batch is through; its failure is thrown here. */
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
