package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return check(articles.livePublishedVersions(), plansByArticle());
    }

    /**
     * {@link #forExport()} for the given articles only, e.g. those an incremental export writes
     * again: each as its published version, by the same rules. Ids of articles an export writes
     * no page from (not published, withdrawn, in the trash, unknown) are passed over and not
     * counted as checked; findings come in article id order whatever the order of the ids.
     */
    public PreflightReport forExport(Collection<Long> articleIds) {
        List<ArticleStore.StoredVersion> versions = articles.livePublishedVersions(articleIds);
        Map<Long, Plan> plans;
        if (versions.size() > FEW) {
            plans = plansByArticle();
        } else {
            // A handful: their own plans, rather than every plan of the publication.
            plans = new HashMap<>();
            for (ArticleStore.StoredVersion v : versions) {
                if (v.status() == ArticleStatus.PUBLISHED) plans.put(v.id(), planOf(v.id()));
            }
        }
        return check(versions, plans);
    }

    /** Up to this many articles, {@link #forExport(Collection)} reads their plans one by one. */
    private static final int FEW = 32;

    /**
     * Checks the exported ones among {@code versions} (in id order), decoding and checking on
     * all cores: every article is checked on its own, and the findings are put back in the order
     * of the articles.
     */
    private PreflightReport check(List<ArticleStore.StoredVersion> versions, Map<Long, Plan> plans) {
        Preflight p = preflight();
        SeriesChecks.OrderCache order = new SeriesChecks.OrderCache();
        ContentCodec codec = articles.codec();
        List<ArticleStore.StoredVersion> exported = versions.stream().filter(v -> v.status() == ArticleStatus.PUBLISHED).toList();
        List<List<Finding>> found = exported.parallelStream()
                .map(v -> p.check(v.id(), codec.read(v.json()), plans.get(v.id()), order))
                .toList();
        List<Finding> out = new ArrayList<>();
        for (List<Finding> f : found) out.addAll(f);
        return new PreflightReport(out, exported.size());
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
