package org.masthead.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply letters of a section: accept, decline and revise, one set per language. The
 * defaults (English, French, German, Spanish) are Masthead's own; a reviewer edits them and
 * the whole set is kept as one JSON value in a setting ({@link #toJson}, {@link #fromJson}).
 * A letter in a language the set lacks falls back to English, so there is always a letter.
 *
 * <p>Merge fields are {@code {author}}, {@code {title}}, {@code {deadline}}, {@code {editor}} and
 * {@code {publication}}. {@link #render} never drops anything silently: a misspelt field stays
 * in the text as written and is reported, and so is a field without a value, so the preview
 * can show both before anything is sent.
 */
public record ReplyTemplates(List<ReplyTemplate> templates) {

    public static final int FORMAT_VERSION = 1;
    public static final String FALLBACK_LANGUAGE = "en";
    public static final Set<String> FIELDS = Set.of("author", "title", "deadline", "editor", "publication");

    private static final Pattern FIELD = Pattern.compile("\\{([\\p{L}_][\\p{L}\\d_-]*)}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReplyTemplates {
        templates = List.copyOf(templates);
        Set<String> seen = new HashSet<>();
        for (ReplyTemplate t : templates) {
            if (!seen.add(t.kind().key() + "/" + t.language())) {
                throw new IllegalArgumentException("two " + t.kind().key() + " templates for language '" + t.language() + "'");
            }
        }
    }

    /** A letter after merging: what the preview shows and what is sent once {@link #isComplete()}. */
    public record Rendered(String subject, String body, List<String> unknownFields, List<String> missingValues) {
        public Rendered {
            unknownFields = List.copyOf(unknownFields);
            missingValues = List.copyOf(missingValues);
        }

        public boolean isComplete() {
            return unknownFields.isEmpty() && missingValues.isEmpty();
        }
    }

    private record Stored(int formatVersion, List<ReplyTemplate> templates) {
    }

    /** Masthead's own letters in English, French, German and Spanish. */
    public static ReplyTemplates defaults() {
        try (InputStream in = ReplyTemplates.class.getResourceAsStream("reply-templates.json")) {
            if (in == null) throw new IllegalStateException("reply-templates.json is missing from the application");
            return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default reply templates", e);
        }
    }

    public static ReplyTemplates fromJson(String json) {
        Stored stored;
        try {
            stored = JSON.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the reply templates are not valid: " + e.getOriginalMessage(), e);
        }
        if (stored == null || stored.templates() == null) throw new IllegalArgumentException("the reply templates are empty");
        if (stored.formatVersion() > FORMAT_VERSION) {
            throw new IllegalArgumentException("the reply templates were saved by a newer Masthead (format "
                    + stored.formatVersion() + ", this one reads " + FORMAT_VERSION + ")");
        }
        return new ReplyTemplates(stored.templates());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(new Stored(FORMAT_VERSION, templates));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reply templates as JSON", e);
        }
    }

    /** The letter of that kind in that language ("fr-CA" finds "fr"), else the English one. */
    public ReplyTemplate template(ReplyKind kind, String language) {
        String lang = TextLength.primary(language);
        ReplyTemplate english = null;
        for (ReplyTemplate t : templates) {
            if (t.kind() != kind) continue;
            if (t.language().equals(lang)) return t;
            if (t.language().equals(FALLBACK_LANGUAGE)) english = t;
        }
        if (english != null) return english;
        return defaults().templates().stream().filter(t -> t.kind() == kind && t.language().equals(FALLBACK_LANGUAGE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the default templates have no English " + kind.key()));
    }

    /** This set with {@code t} in place of the template of its kind and language (or added). */
    public ReplyTemplates with(ReplyTemplate t) {
        List<ReplyTemplate> out = new ArrayList<>();
        boolean replaced = false;
        for (ReplyTemplate old : templates) {
            if (old.kind() == t.kind() && old.language().equals(t.language())) {
                out.add(t);
                replaced = true;
            } else {
                out.add(old);
            }
        }
        if (!replaced) out.add(t);
        return new ReplyTemplates(out);
    }

    public Set<String> languages() {
        Set<String> out = new TreeSet<>();
        templates.forEach(t -> out.add(t.language()));
        return out;
    }

    /** Fills the merge fields; see the class comment for what is reported. */
    public static Rendered render(ReplyTemplate template, Map<String, String> values) {
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        String subject = merge(template.subject(), values, unknown, missing).replaceAll("[\\r\\n]+", " ").strip();
        String body = merge(template.body(), values, unknown, missing);
        return new Rendered(subject, body, new ArrayList<>(unknown), new ArrayList<>(missing));
    }

    private static String merge(String text, Map<String, String> values, Set<String> unknown, Set<String> missing) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (!FIELDS.contains(name)) {
                unknown.add(name);
                value = null;
            } else if (value == null || value.isBlank()) {
                missing.add(name);
                value = null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
