package org.masthead.publish;

import java.util.Set;


/**
 * A page's input hash for one export: last time's, when the page depends on the same articles
 * and series as then, none of whose stamps changed, under the same global stamp; otherwise the
 * page's own, worked out (its view made and hashed). Needs the last export's manifest to have
 * completed with stamps; without them every hash is worked out. Safe from any thread.
 */
final class KnownInputs {

    private final ExportManifest before;
    private final boolean usable;
    private final Set<Long> changedArticles;
    private final Set<Long> changedSeries;
    private final Set<String> workedOut = java.util.concurrent.ConcurrentHashMap.newKeySet();

    KnownInputs(ExportManifest before, SiteStamps now) {
        this.before = before;
        SiteStamps was = before == null ? null : before.stamps();
        this.usable = was != null && now != null && was.global().equals(now.global());
        this.changedArticles = usable ? SiteStamps.changed(was.articles(), now.articles()) : Set.of();
        this.changedSeries = usable ? SiteStamps.changed(was.series(), now.series()) : Set.of();
    }

    String of(SitePage page) {
        if (usable && page.deps() != null) {
            ExportManifest.Entry was = before.pages().get(page.path());
            if (was != null && page.deps().equals(was.deps()) && !page.deps().touches(changedArticles, changedSeries)) return was.inputHash();
        }
        workedOut.add(page.path());
        return page.inputHash();
    }

    /** How many pages' hashes were worked out so far. */
    int workedOut() {
        return workedOut.size();
    }
}
