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
     * @param pageExists  see {@link Preflight#Preflight}; {@code null} while the site's pages are not known
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
     */
    public PreflightReport forExport() {
        Preflight p = preflight();
        Map<Long, Plan> plans = plansByArticle();
        List<Finding> out = new ArrayList<>();
        int n = 0;
        for (Article a : articles.all()) {
            if (!exported(a)) continue;
            n++;
            out.addAll(p.check(a.id(), a.published(), plans.get(a.id())));
        }
        return new PreflightReport(out, n);
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
