package org.masthead.publish;

import java.time.Clock;
import org.masthead.store.ArticleStore;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * Where the CLI and the window get the site to export and the gate in front of it: the one
 * place to point at the real page builder and the real preflight.
 */
public final class Sites {

    private Sites() {
    }

    /**
     * The site made from the stores, as of {@code clock}'s now.
     *
     * <p>INTERIM: until the page builder lands this is {@link InterimSite}, a single index page
     * listing the published headlines. Repoint this method at the builder; nothing else changes.
     */
    public static SiteSource forStores(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication,
                                       Clock clock) {
        return new InterimSite(articles, publication, clock);
    }

    /**
     * The checks that may block an export.
     *
     * <p>HOOK: none yet ({@link ExportGate#NONE}); the preflight's errors go here.
     */
    public static ExportGate gateForStores(ArticleStore articles, SeriesStore series, ImageStore images, PublicationStore publication,
                                           Clock clock) {
        return ExportGate.NONE;
    }
}
