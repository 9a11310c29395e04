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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What Masthead wrote into an export folder: per page path, the hash of the page's inputs, the
 * SHA-256 and size of the bytes written; and what the preflight gate let through, as the ids
 * of the articles whose errors a forced export overrode ({@code checked} is {@code null} when
 * the export ran no checks, or for a manifest of format 1). Stored as
 * {@code .masthead-manifest.json} in the folder's root (format: {@code docs/export.md}). The same
 * manifest always gives the same bytes: keys sorted, "\n" line ends, no timestamp.
 */
record ExportManifest(SortedMap<String, Entry> pages, Checked checked) {

    static final String FORMAT = "masthead-export-manifest";
    static final int FORMAT_VERSION = 2;
    static final ExportManifest EMPTY = new ExportManifest(new TreeMap<>(), null);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One page as written: the hash of its inputs, and the SHA-256 (hex) and length of its bytes. */
    record Entry(String inputHash, String sha256, long size) {
    }

    /**
     * The last export's preflight: it checked its articles, and {@code overridden} are the ids
     * of those whose errors it exported anyway ({@code 0}: an error tied to no article).
     */
    record Checked(SortedSet<Long> overridden) {
        Checked {
            overridden = Collections.unmodifiableSortedSet(new TreeSet<>(overridden));
        }

        /** True when the next export must check every article again. */
        boolean everything() {
            return overridden.contains(0L);
        }
    }

    ExportManifest {
        pages = Collections.unmodifiableSortedMap(new TreeMap<>(pages));
    }

    ExportManifest(SortedMap<String, Entry> pages) {
        this(pages, null);
    }

    byte[] toBytes() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        if (checked != null) {
            var ids = root.putObject("preflight").putArray("overridden");
            for (long id : checked.overridden()) ids.add(id);
        }
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
        Checked checked = null;
        JsonNode pf = root.path("preflight");
        if (v >= 2 && pf.isObject()) {
            SortedSet<Long> ids = new TreeSet<>();
            for (JsonNode id : pf.path("overridden")) {
                if (!id.isIntegralNumber()) throw new IllegalArgumentException("the preflight entry lists " + id + ", not an article id");
                ids.add(id.asLong());
            }
            checked = new Checked(ids);
        }
        return new ExportManifest(pages, checked);
    }
}
