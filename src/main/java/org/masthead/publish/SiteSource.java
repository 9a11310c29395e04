package org.masthead.publish;

import java.util.List;

/**
 * The whole site as the exporter sees it: every file, each with a cheap hash of its inputs and
 * its bytes made on demand. The page builder implements it; {@link Sites#forStores} is where the
 * application gets one.
 */
@FunctionalInterface
public interface SiteSource {

    /** Every file of the site; paths are unique. Called once per export. */
    List<SitePage> pages();

    /**
     * The stamps of what the pages are made of, matching their {@link SitePage#deps()}; null
     * (the default) when the source has none, and every page's hash is then worked out.
     */
    default SiteStamps stamps() {
        return null;
    }

    /**
     * The pages an export after the one that recorded {@code before} must look at (asked for
     * only once this source has read what it reads). {@link Pages#kept()} null: every page, as
     * {@link #pages()}. Otherwise only the pages that may differ from {@code before}'s; every
     * other page {@code before} lists is still a page, with the input hash and deps recorded.
     */
    default Pages pagesAfter(java.util.function.Supplier<ExportManifest> before) {
        return new Pages(pages(), stamps(), null);
    }

    /**
     * Pages for an export: all of them, or some ({@code kept} not null), in the site's order.
     *
     * @param kept the readable articles whose own pages are not among {@code pages} (kept as
     *             recorded: their preflight need not run again), or null when {@code pages} is every page
     */
    record Pages(List<SitePage> pages, SiteStamps stamps, java.util.Set<Long> kept) {
        public Pages {
            pages = List.copyOf(pages);
            kept = kept == null ? null : java.util.Set.copyOf(kept);
        }

        public boolean partial() {
            return kept != null;
        }
    }
}
