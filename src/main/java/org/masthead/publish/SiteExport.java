package org.masthead.publish;

/**
 * One export's site and the gate in front of it, made from the same data: the application gets
 * one from {@link Sites#forStores} per export, and the site's pages are built once for both.
 */
public record SiteExport(SiteSource site, ExportGate gate) {
}
