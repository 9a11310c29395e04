package org.masthead.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What Masthead wrote into an export folder: per page path, the hash of the page's inputs, the
 * SHA-256 and size of the bytes written. Stored as
 * {@code .masthead-manifest.json} in the folder's root (format: {@code docs/export.md}). The same
 * manifest always gives the same bytes: keys sorted, "\n" line ends, no timestamp.
 */
record ExportManifest(SortedMap<String, Entry> pages) {

    static final String FORMAT = "masthead-export-manifest";
    static final int FORMAT_VERSION = 1;
    static final ExportManifest EMPTY = new ExportManifest(new TreeMap<>());

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One page as written: the hash of its inputs, and the SHA-256 (hex) and length of its bytes. */
    record Entry(String inputHash, String sha256, long size) {
    }

    ExportManifest {
        pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
    }

    byte[] toBytes() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode ps = root.putObject("pages");
        for (Map.Entry<String, Entry> e : pages.entrySet()) {
            ps.putObject(e.getKey()).put("input", e.getValue().inputHash()).put("sha256", e.getValue().sha256()).put("size", e.getValue().size());
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (MAPPER.writer(pp).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a manifest, checking every path it lists against {@link SitePaths}: a damaged or
     * tampered manifest must never make the exporter delete outside its folder.
     *
     * @throws IllegalArgumentException if the bytes are not a manifest this Masthead can read
     */
    static ExportManifest parse(byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("it is not valid JSON");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) throw new IllegalArgumentException("\"format\" is not \"" + FORMAT + "\"");
        int v = root.path("formatVersion").asInt(-1);
        if (v > FORMAT_VERSION) throw new IllegalArgumentException("it was written by a newer Masthead (formatVersion " + v + ")");
        if (v < 1) throw new IllegalArgumentException("formatVersion is missing");
        SortedMap<String, Entry> pages = new TreeMap<>();
        for (var it = root.path("pages").fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode o = e.getValue();
            if (!o.path("sha256").isTextual() || !o.path("input").isTextual()) throw new IllegalArgumentException("the entry of " + e.getKey() + " is incomplete");
            pages.put(SitePaths.check(e.getKey()), new Entry(o.path("input").asText(), o.path("sha256").asText(), o.path("size").asLong(-1)));
        }
        return new ExportManifest(pages);
    }
}
