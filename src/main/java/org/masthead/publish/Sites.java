package org.masthead.publish;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.masthead.planning.preflight.Finding;
import org.masthead.planning.preflight.PreflightReport;
import org.masthead.planning.preflight.PreflightRunner;
import org.masthead.store.ArticleStore;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * Where the CLI and the window get the site to export and the gate in front of it: the pages
 * from {@link SiteBuilder} over the stores as they are when the export starts, and the
 * preflight checks (decision 11) whose errors refuse an export unless it is forced.
 */
public final class Sites {

    private Sites() {
    }

    /** The site made from the stores, as of {@code clock}'s now; read when the export asks for its pages. */
    public static SiteSource forStores(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication,
                                       Clock clock) {
        return () -> pages(articles, series, images, publication, clock);
    }

    private static List<SitePage> pages(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication,
                                        Clock clock) {
        SiteData data = SiteData.load(articles, images, series, publication, clock.instant());
        return new SiteBuilder(Templates.of(data.settings())).build(data);
    }

    /**
     * The preflight checks of every published article; their errors block the export. Links
     * inside the site are checked against the pages the export would write.
     */
    public static ExportGate gateForStores(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication,
                                           Clock clock) {
        return () -> {
            Set<String> paths = new HashSet<>();
            for (SitePage p : pages(articles, series, images, publication, clock)) {
                paths.add(p.path());
                if (p.path().endsWith("/index.html")) paths.add(p.path().substring(0, p.path().length() - "index.html".length()));
            }
            PreflightReport r = new PreflightRunner(articles, series, publication,
                    path -> paths.contains(path) || paths.contains(path + "/") || paths.contains(path + "index.html")).forExport();
            return r.errors().stream().map(Sites::line).toList();
        };
    }

    private static String line(Finding f) {
        return "article " + f.articleId() + " \u201c" + f.headline() + "\u201d, " + f.location() + ": " + f.message();
    }
}
