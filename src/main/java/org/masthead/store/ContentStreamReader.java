package org.masthead.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

/**
 * Reads an {@link ArticleContent}'s JSON token by token, to the same result as
 * {@link ContentCodec#fromJson} over a tree: an export reads 10,000 outlines on every run and a
 * full one every complete version, and building a tree of each cost twice the reading. Fields
 * may come in any order; unknown ones are skipped; a missing or wrong-typed field takes the
 * default the tree reader gives it. {@code ContentStreamReaderTest} compares both readers.
 */
final class ContentStreamReader {

    private final JsonFactory factory;

    ContentStreamReader(JsonFactory factory) {
        this.factory = factory;
    }

    ArticleContent read(byte[] json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            return read(p);
        }
    }

    ArticleContent read(String json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            return read(p);
        }
    }

    private ArticleContent read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a Masthead article: expected a JSON object");
        String headline = "";
        String summary = "";
        String editorsNote = "";
        String responsibleEditor = "";
        String sourceNote = "";
        String language = "en";
        List<Author> byline = new ArrayList<>(2);
        List<String> tags = new ArrayList<>(4);
        Document body = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "headline" -> headline = text(p, t, "");
                case "summary" -> summary = text(p, t, "");
                case "editorsNote" -> editorsNote = text(p, t, "");
                case "responsibleEditor" -> responsibleEditor = text(p, t, "");
                case "sourceNote" -> sourceNote = text(p, t, "");
                case "language" -> language = text(p, t, "en");
                case "byline" -> byline = authors(p, t);
                case "tags" -> tags = tags(p, t);
                case "body" -> body = document(p, t);
                default -> p.skipChildren();
            }
        }
        if (body == null) throw new IllegalArgumentException("not a Masthead document: expected a JSON object");
        return new ArticleContent(headline, summary, editorsNote, byline, responsibleEditor, tags, sourceNote, language, body);
    }

    /** A scalar's text as the tree reader's {@code asText(default)} gives it; containers are skipped. */
    private static String text(JsonParser p, JsonToken t, String otherwise) throws IOException {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) return p.getText();
        if (t == JsonToken.VALUE_TRUE) return "true";
        if (t == JsonToken.VALUE_FALSE) return "false";
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
        return otherwise;
    }

    private static List<Author> authors(JsonParser p, JsonToken t) throws IOException {
        List<Author> out = new ArrayList<>(2);
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            String name = "";
            String title = "";
            if (e == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    JsonToken v = p.nextToken();
                    if (k.equals("name")) name = text(p, v, "");
                    else if (k.equals("title")) title = text(p, v, "");
                    else p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
            out.add(new Author(name, title));
        }
        return out;
    }

    private static List<String> tags(JsonParser p, JsonToken t) throws IOException {
        List<String> out = new ArrayList<>(4);
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            // as the tree reader's asText(): a null is "null", a container ""
            out.add(e == JsonToken.VALUE_NULL ? "null" : text(p, e, ""));
        }
        return out;
    }

    private static Document document(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a Masthead document: expected a JSON object");
        int version = -1;
        List<Block> blocks = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            JsonToken v = p.nextToken();
            if (k.equals("formatVersion")) {
                version = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
            } else if (k.equals("blocks") && v == JsonToken.START_ARRAY) {
                for (JsonToken b = p.nextToken(); b != JsonToken.END_ARRAY; b = p.nextToken()) blocks.add(block(p, b));
            } else {
                p.skipChildren();
            }
        }
        if (version < 1) throw new IllegalArgumentException("not a Masthead document: formatVersion missing");
        if (version > DocumentCodec.FORMAT_VERSION) {
            throw new IllegalArgumentException("document formatVersion " + version + " is newer than this Masthead understands ("
                    + DocumentCodec.FORMAT_VERSION + "); update Masthead");
        }
        return new Document(blocks);
    }

    private static Block block(JsonParser p, JsonToken t) throws IOException {
        String type = "";
        int level = 1;
        boolean ordered = false;
        String asset = "";
        String caption = "";
        String credit = "";
        String alt = "";
        List<Run> runs = List.of();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken v = p.nextToken();
                switch (k) {
                    case "type" -> type = text(p, v, "");
                    case "runs" -> runs = runs(p, v);
                    case "level" -> level = v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : skip(p, 1);
                    case "ordered" -> ordered = v == JsonToken.VALUE_TRUE;
                    case "asset" -> asset = text(p, v, "");
                    case "caption" -> caption = text(p, v, "");
                    case "credit" -> credit = text(p, v, "");
                    case "alt" -> alt = text(p, v, "");
                    default -> p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
        return switch (type) {
            case "paragraph" -> new Block.Paragraph(runs);
            case "heading" -> new Block.Heading(level, runs);
            case "quote" -> new Block.Quote(runs);
            case "listItem" -> new Block.ListItem(ordered, level, runs);
            case "figure" -> new Block.Figure(asset, caption, credit, alt);
            case "separator" -> new Block.Separator();
            default -> throw new IllegalArgumentException("unknown block type '" + type + "'");
        };
    }

    private static int skip(JsonParser p, int otherwise) throws IOException {
        p.skipChildren();
        return otherwise;
    }

    private static List<Run> runs(JsonParser p, JsonToken t) throws IOException {
        List<Run> out = new ArrayList<>(4);
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            String text = "";
            boolean bold = false;
            boolean italic = false;
            String href = null;
            String note = null;
            if (e == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (k) {
                        case "text" -> text = text(p, v, "");
                        case "bold" -> bold = v == JsonToken.VALUE_TRUE;
                        case "italic" -> italic = v == JsonToken.VALUE_TRUE;
                        case "href" -> href = v == JsonToken.VALUE_NULL ? null : text(p, v, "");
                        case "note" -> note = v == JsonToken.VALUE_NULL ? null : text(p, v, "");
                        default -> p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            out.add(new Run(text, new Marks(bold, italic, href, note)));
        }
        return out;
    }
}
