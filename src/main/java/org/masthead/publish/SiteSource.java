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
}
