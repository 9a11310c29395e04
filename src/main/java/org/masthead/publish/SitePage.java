package org.masthead.publish;

import java.util.function.Supplier;

/**
 * One file of the exported site: its path below the site's root ("index.html",
 * "2026/12/water-and-the-city/index.html", "images/ab12….jpg"), a hash of everything that
 * decides its bytes, and how to make them. The exporter compares the hash with its manifest and
 * calls {@code content} only for pages whose inputs changed.
 */
public record SitePage(String path, String inputHash, Supplier<byte[]> content) {
}
