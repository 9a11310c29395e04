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
}
