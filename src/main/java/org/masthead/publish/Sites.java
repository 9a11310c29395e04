package org.masthead.publish;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.masthead.model.Article;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.planning.Plan;
import org.masthead.planning.preflight.Finding;
import org.masthead.planning.preflight.Preflight;
import org.masthead.planning.preflight.PreflightRunner;
import org.masthead.store.ArticleStore;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * Where the CLI and the window get the site to export and the gate in front of it: the pages
 * from {@link SiteBuilder} over the stores as they are when the export starts, and the
 * preflight checks (decision 11) whose errors refuse an export unless it is forced. The stores
 * are read and the pages built once per export, when the exporter first asks, and both use them:
 * the gate checks links inside the site against the pages the export writes.
 */
public final class Sites {

    /**
     * The preflight's errors for the published versions of the given articles, in id order;
     * {@code pageExists} says whether a path inside the site is a page of it. The default,
     * {@link #preflightOf}, checks the data the export already read.
     */
    @FunctionalInterface
    public interface Checks {
        List<ExportGate.Error> errors(SiteData data, Collection<Long> ids, Predicate<String> pageExists);
    }

    private Sites() {
    }

    /** The site made from the stores as of {@code clock}'s now, and its preflight gate, built once, on first use. */
    public static SiteExport forStores(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication, Clock clock) {
        return forStores(articles, series, images, publication, clock, Sites::preflightOf);
    }

    /** As {@link #forStores(ArticleStore, SeriesStore, ImageStore, PublicationStore, Clock)}, with other checks. */
    public static SiteExport forStores(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication, Clock clock,
                                       Checks checks) {
        Built built = new Built(articles, series, images, publication, clock);
        SiteSource site = new SiteSource() {
            @Override
            public List<SitePage> pages() {
                return built.site().pages();
            }

            @Override
            public SiteStamps stamps() {
                return built.site().stamps();
            }

            @Override
            public SiteSource.Pages pagesAfter(java.util.function.Supplier<ExportManifest> before) {
                return built.after(before);
            }
        };
        ExportGate gate = new ExportGate() {
            @Override
            public List<String> blockingErrors() {
                return errors(Set.of()).stream().map(ExportGate.Error::text).toList();
            }

            @Override
            public List<ExportGate.Error> errors(Set<Long> unchanged) {
                SiteData data = built.data();
                // Made when a check first asks (a link to follow): an export that checks one article rarely does.
                Lazy<Set<String>> paths = new Lazy<>(() -> {
                    Set<String> out = new HashSet<>();
                    for (String p : built.pagePaths()) {
                        out.add(p);
                        if (p.endsWith("/index.html")) out.add(p.substring(0, p.length() - "index.html".length()));
                    }
                    return out;
                });
                List<Long> ids = new ArrayList<>();
                for (Article a : data.articles()) if (PreflightRunner.exported(a) && !unchanged.contains(a.id())) ids.add(a.id());
                return checks.errors(data, ids,
                        path -> paths.get().contains(path) || paths.get().contains(path + "/") || paths.get().contains(path + "index.html"));
            }
        };
        return new SiteExport(site, gate);
    }

    /** The stores read and the pages built once, by whichever of site and gate asks first. */
    private static final class Built {
        private final ArticleStore articles;
        private final SeriesStore series;
        private final ImageStore images;
        private final PublicationStore publication;
        private final Clock clock;
        private SiteData data;
        private SiteBuilder.Site site;
        /** What {@link #after} gave, and when it was some of the pages, the paths of all of them. */
        private SiteSource.Pages after;
        private Set<String> afterPaths;

        Built(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication, Clock clock) {
            this.articles = articles;
            this.series = series;
            this.images = images;
            this.publication = publication;
            this.clock = clock;
        }

        synchronized SiteData data() {
            if (data == null) data = SiteData.load(articles, images, series, publication, clock.instant());
            return data;
        }

        synchronized SiteBuilder.Site site() {
            if (site == null) site = new SiteBuilder(Templates.of(data().settings())).site(data());
            return site;
        }

        /** The pages an export after {@code before} looks at ({@link SiteBuilder#siteAfter}); every page once {@link #site} was built. */
        synchronized SiteSource.Pages after(java.util.function.Supplier<ExportManifest> before) {
            if (site != null) return new SiteSource.Pages(site.pages(), site.stamps(), null);
            if (after == null) {
                ExportManifest[] seen = new ExportManifest[1];
                after = new SiteBuilder(Templates.of(data().settings())).siteAfter(data(), () -> seen[0] = before.get());
                if (after.partial()) {
                    afterPaths = new HashSet<>(seen[0].pages().keySet());
                    for (SitePage p : after.pages()) afterPaths.add(p.path());
                }
            }
            return after;
        }

        /** The path of every page of the site: those {@link #after} kept as recorded included. */
        synchronized Set<String> pagePaths() {
            List<SitePage> all;
            if (site != null) all = site.pages();
            else if (after != null && afterPaths != null) return afterPaths;
            else if (after != null) all = after.pages();
            else all = site().pages();
            Set<String> out = new HashSet<>(all.size() * 2);
            for (SitePage p : all) out.add(p.path());
            return out;
        }
    }

    /**
     * The preflight of {@link PreflightRunner#forExport()} over data already read: each article's
     * published version with its series plan, errors only.
     */
    public static List<ExportGate.Error> preflightOf(SiteData data, Collection<Long> ids, Predicate<String> pageExists) {
        Preflight p = new Preflight(data.settings(), pageExists);
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, Plan> plans = new HashMap<>();
        for (SeriesWithParts s : data.plans()) {
            if (s.parts().stream().noneMatch(pp -> pp.part().hasArticle() && wanted.contains(pp.part().articleId()))) continue;
            Plan plan = Plan.of(s);
            for (PlanPart pp : plan.parts()) if (pp.part().hasArticle()) plans.put(pp.part().articleId(), plan);
        }
        Map<Long, Article> byId = new HashMap<>();
        for (Article a : data.articles()) byId.put(a.id(), a);
        // Each article's checks are a pure function of it, its plan and the site: run on all cores, reported in id order.
        return new TreeSet<>(ids).stream().toList().parallelStream().flatMap(id -> {
            Article a = byId.get(id);
            if (a == null || !PreflightRunner.exported(a)) return java.util.stream.Stream.empty();
            return p.check(a.id(), data.versions().complete(a), plans.get(a.id())).stream().filter(Finding::isError)
                    .map(f -> new ExportGate.Error(f.articleId(), line(f)));
        }).toList();
    }

    private static String line(Finding f) {
        return "article " + f.articleId() + " \u201c" + f.headline() + "\u201d, " + f.location() + ": " + f.message();
    }
}
