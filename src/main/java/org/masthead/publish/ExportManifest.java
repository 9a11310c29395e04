package org.masthead.publish;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * the export ran no checks, or for a manifest of format 1); from format 3, what each page
 * depended on and the {@link SiteStamps} of the export that completed last ({@code stamps} is
 * {@code null} after an export that stopped early, or had none). Stored as
 * {@code .masthead-manifest.json} in the folder's root (format: {@code docs/export.md}). The same
 * manifest always gives the same bytes: keys sorted, "\n" line ends, no timestamp.
 */
record ExportManifest(SortedMap<String, Entry> pages, Checked checked, SiteStamps stamps) {

    static final String FORMAT = "masthead-export-manifest";
    static final int FORMAT_VERSION = 3;
    static final ExportManifest EMPTY = new ExportManifest(new TreeMap<>(), null, null);

    /** Field names here are mostly paths and ids, each seen once: not worth {@code String.intern}, Jackson's default. */
    private static final com.fasterxml.jackson.core.JsonFactory JSON = com.fasterxml.jackson.core.JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.JsonFactory.Feature.INTERN_FIELD_NAMES).build();

    /**
     * One page as written: the hash of its inputs, the SHA-256 (hex) and length of its bytes, and
     * what it depended on ({@code null} when unknown: the next export works its hash out again).
     */
    record Entry(String inputHash, String sha256, long size, SitePage.Deps deps) {
        Entry(String inputHash, String sha256, long size) {
            this(inputHash, sha256, size, null);
        }
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
        pages = Collections.unmodifiableSortedMap(new Pages(pages));
    }

    /**
     * The pages in path order, looked up by hash: an export looks up every page's path several
     * times, and paths share long beginnings ("2026/03/...") that a tree compares again and again.
     * Never changed once made (only ever seen through an unmodifiable view).
     */
    private static final class Pages extends TreeMap<String, Entry> {
        private final java.util.HashMap<String, Entry> byPath;

        Pages(SortedMap<String, Entry> pages) {
            super(pages);
            byPath = new java.util.HashMap<>(pages);
        }

        @Override
        public Entry get(Object path) {
            return byPath.get(path);
        }

        @Override
        public boolean containsKey(Object path) {
            return byPath.containsKey(path);
        }
    }

    ExportManifest(SortedMap<String, Entry> pages) {
        this(pages, null, null);
    }

    ExportManifest(SortedMap<String, Entry> pages, Checked checked) {
        this(pages, checked, null);
    }

    byte[] toBytes() {
        // Without indentation (a fifth of the bytes, read again by every export), one page a line.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256 + pages.size() * 200);
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            if (checked != null) {
                g.writeObjectFieldStart("preflight");
                g.writeArrayFieldStart("overridden");
                for (long id : checked.overridden()) g.writeNumber(id);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeObjectFieldStart("pages");
            for (Map.Entry<String, Entry> e : pages.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("input", e.getValue().inputHash());
                g.writeStringField("sha256", e.getValue().sha256());
                g.writeNumberField("size", e.getValue().size());
                if (e.getValue().deps() != null) g.writeStringField("deps", e.getValue().deps().encode());
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeEndObject();
            if (stamps != null) {
                g.writeObjectFieldStart("stamps");
                g.writeStringField("global", stamps.global());
                writeStamps(g, "articles", stamps.articles());
                writeStamps(g, "series", stamps.series());
                if (stamps.shapes() != null) {
                    writeStamps(g, "articleShapes", stamps.shapes().articles());
                    writeStamps(g, "seriesShapes", stamps.shapes().series());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeStamps(com.fasterxml.jackson.core.JsonGenerator g, String name, SortedMap<Long, String> stamps) throws java.io.IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<Long, String> e : stamps.entrySet()) g.writeStringField(Long.toString(e.getKey()), e.getValue());
        g.writeEndObject();
    }

    /** The stamps object, or null if it is not one this Masthead wrote (every page is then worked out again). */
    private static SiteStamps readStamps(JsonParser p) throws java.io.IOException {
        String global = null;
        SortedMap<Long, String> articles = null;
        SortedMap<Long, String> series = null;
        SortedMap<Long, String> articleShapes = null;
        SortedMap<Long, String> seriesShapes = null;
        boolean ok = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            JsonToken t = p.nextToken();
            if (k.equals("global") && t == JsonToken.VALUE_STRING) {
                global = p.getText();
            } else if ((k.equals("articles") || k.equals("series") || k.equals("articleShapes") || k.equals("seriesShapes"))
                    && t == JsonToken.START_OBJECT) {
                SortedMap<Long, String> m = new TreeMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.currentName();
                    JsonToken vt = p.nextToken();
                    try {
                        if (vt == JsonToken.VALUE_STRING) m.put(Long.parseLong(id), p.getText());
                        else ok = false;
                    } catch (NumberFormatException e) {
                        ok = false;
                    }
                    p.skipChildren();
                }
                switch (k) {
                    case "articles" -> articles = m;
                    case "series" -> series = m;
                    case "articleShapes" -> articleShapes = m;
                    default -> seriesShapes = m;
                }
            } else {
                p.skipChildren();
            }
        }
        if (!ok || global == null || articles == null || series == null) return null;
        SiteStamps.Shapes shapes = articleShapes != null && seriesShapes != null ? new SiteStamps.Shapes(articleShapes, seriesShapes) : null;
        return new SiteStamps(global, articles, series, shapes);
    }

    /**
     * Reads a manifest, checking every path it lists against {@link SitePaths}: a damaged or
     * tampered manifest must never make the exporter delete outside its folder.
     *
     * @throws IllegalArgumentException if the bytes are not a manifest this Masthead can read
     */
    static ExportManifest parse(byte[] bytes) {
        // Streamed: a manifest lists every file of the site, and an incremental export starts by reading it.
        String format = null;
        int v = -1;
        SortedMap<String, Entry> pages = new TreeMap<>();
        SortedSet<Long> overridden = null;
        SiteStamps stamps = null;
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("it is not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "format" -> format = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "formatVersion" -> v = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "pages" -> {
                        if (t != JsonToken.START_OBJECT) throw new IllegalArgumentException("\"pages\" is not an object");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String path = p.currentName();
                            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("the entry of " + path + " is incomplete");
                            String input = null;
                            String sha = null;
                            long size = -1;
                            SitePage.Deps deps = null;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                JsonToken vt = p.nextToken();
                                if (k.equals("input") && vt == JsonToken.VALUE_STRING) input = p.getText();
                                else if (k.equals("sha256") && vt == JsonToken.VALUE_STRING) sha = p.getText();
                                else if (k.equals("size") && vt == JsonToken.VALUE_NUMBER_INT) size = p.getLongValue();
                                else if (k.equals("deps") && vt == JsonToken.VALUE_STRING) deps = SitePage.Deps.decode(p.getText());
                                else p.skipChildren();
                            }
                            if (input == null || sha == null) throw new IllegalArgumentException("the entry of " + path + " is incomplete");
                            pages.put(SitePaths.check(path), new Entry(input, sha, size, deps));
                        }
                    }
                    case "preflight" -> {
                        if (t != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            JsonToken vt = p.nextToken();
                            if (k.equals("overridden") && vt == JsonToken.START_ARRAY) {
                                overridden = new TreeSet<>();
                                for (JsonToken it = p.nextToken(); it != JsonToken.END_ARRAY; it = p.nextToken()) {
                                    if (it != JsonToken.VALUE_NUMBER_INT) {
                                        throw new IllegalArgumentException("the preflight entry lists " + p.getText() + ", not an article id");
                                    }
                                    overridden.add(p.getLongValue());
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    case "stamps" -> {
                        if (t == JsonToken.START_OBJECT) stamps = readStamps(p);
                        else p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("it is not valid JSON");
        }
        if (!FORMAT.equals(format)) throw new IllegalArgumentException("\"format\" is not \"" + FORMAT + "\"");
        if (v > FORMAT_VERSION) throw new IllegalArgumentException("it was written by a newer Masthead (formatVersion " + v + ")");
        if (v < 1) throw new IllegalArgumentException("formatVersion is missing");
        return new ExportManifest(pages, v >= 2 && overridden != null ? new Checked(overridden) : null, v >= 3 ? stamps : null);
    }
}
