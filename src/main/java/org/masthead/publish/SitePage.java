package org.masthead.publish;

import java.util.function.Supplier;

/**
 * One file of the exported site: its path below the site's root ("index.html",
 * "2026/12/water-and-the-city/index.html", "images/ab12….jpg"), a hash of everything that
 * decides its bytes, and how to make them. The exporter compares the hash with its manifest and
 * calls {@code content} only for pages whose inputs changed, possibly on several threads at once
 * (each supplier must be safe to call from any thread). {@code articleId} is the article whose
 * published version the page shows ({@code 0} for every other page): an incremental export's
 * preflight checks only the articles whose pages changed.
 */
public record SitePage(String path, String inputHash, Supplier<byte[]> content, long articleId) {

    public SitePage(String path, String inputHash, Supplier<byte[]> content) {
        this(path, inputHash, content, 0);
    }
}
