package org.masthead.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

/**
 * Masthead's own storage format for a {@link Document}: versioned JSON.
 *
 * <pre>
 * {"formatVersion":1,"blocks":[
 *   {"type":"paragraph","runs":[{"text":"Hello ","bold":true},{"text":"world","href":"https://…"}]},
 *   {"type":"heading","level":1,"runs":[…]},
 *   {"type":"quote","runs":[…]},
 *   {"type":"listItem","ordered":false,"level":1,"runs":[…]},
 *   {"type":"figure","asset":"sha256…","caption":"…","credit":"…","alt":"…"},
 *   {"type":"separator"}]}
 * </pre>
 * A run lists only the marks it has: {@code bold}, {@code italic}, {@code href}, {@code note}.
 * Readers of a newer {@code formatVersion} than {@link #FORMAT_VERSION} refuse it rather
 * than guess.
 */
public final class DocumentCodec {

    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final ObjectMapper mapper;

    public DocumentCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public DocumentCodec() {
        this(new ObjectMapper());
    }

    public String write(Document doc) {
        try {
            return mapper.writeValueAsString(toJson(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write document", e);
        }
    }

    public Document read(String json) {
        try {
            return fromJson(mapper.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a Masthead document: " + e.getOriginalMessage(), e);
        }
    }

    public ObjectNode toJson(Document doc) {
        ObjectNode root = F.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : doc.blocks()) blocks.add(block(b));
        return root;
    }

    private ObjectNode block(Block b) {
        ObjectNode o = F.objectNode();
        if (b instanceof Block.Paragraph p) {
            o.put("type", "paragraph");
            o.set("runs", runs(p.runs()));
        } else if (b instanceof Block.Heading h) {
            o.put("type", "heading");
            o.put("level", h.level());
            o.set("runs", runs(h.runs()));
        } else if (b instanceof Block.Quote q) {
            o.put("type", "quote");
            o.set("runs", runs(q.runs()));
        } else if (b instanceof Block.ListItem li) {
            o.put("type", "listItem");
            o.put("ordered", li.ordered());
            o.put("level", li.level());
            o.set("runs", runs(li.runs()));
        } else if (b instanceof Block.Figure f) {
            o.put("type", "figure");
            o.put("asset", f.assetId());
            o.put("caption", f.caption());
            o.put("credit", f.credit());
            o.put("alt", f.alt());
        } else if (b instanceof Block.Separator) {
            o.put("type", "separator");
        }
        return o;
    }

    private ArrayNode runs(List<Run> runs) {
        ArrayNode a = F.arrayNode();
        for (Run r : runs) {
            ObjectNode o = a.addObject();
            o.put("text", r.text());
            Marks m = r.marks();
            if (m.bold()) o.put("bold", true);
            if (m.italic()) o.put("italic", true);
            if (m.href() != null) o.put("href", m.href());
            if (m.note() != null) o.put("note", m.note());
        }
        return a;
    }

    public Document fromJson(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a Masthead document: expected a JSON object");
        int version = root.path("formatVersion").asInt(-1);
        if (version < 1) throw new IllegalArgumentException("not a Masthead document: formatVersion missing");
        if (version > FORMAT_VERSION) {
            throw new IllegalArgumentException("document formatVersion " + version + " is newer than this Masthead understands ("
                    + FORMAT_VERSION + "); update Masthead");
        }
        List<Block> blocks = new ArrayList<>();
        for (JsonNode b : root.path("blocks")) blocks.add(readBlock(b));
        return new Document(blocks);
    }

    private Block readBlock(JsonNode b) {
        String type = b.path("type").asText();
        return switch (type) {
            case "paragraph" -> new Block.Paragraph(readRuns(b.path("runs")));
            case "heading" -> new Block.Heading(b.path("level").asInt(1), readRuns(b.path("runs")));
            case "quote" -> new Block.Quote(readRuns(b.path("runs")));
            case "listItem" -> new Block.ListItem(b.path("ordered").asBoolean(), b.path("level").asInt(1), readRuns(b.path("runs")));
            case "figure" -> new Block.Figure(b.path("asset").asText(), b.path("caption").asText(""),
                    b.path("credit").asText(""), b.path("alt").asText(""));
            case "separator" -> new Block.Separator();
            default -> throw new IllegalArgumentException("unknown block type '" + type + "'");
        };
    }

    private List<Run> readRuns(JsonNode a) {
        List<Run> runs = new ArrayList<>(a.size());
        for (JsonNode r : a) {
            Marks m = new Marks(r.path("bold").asBoolean(false), r.path("italic").asBoolean(false),
                    r.hasNonNull("href") ? r.get("href").asText() : null,
                    r.hasNonNull("note") ? r.get("note").asText() : null);
            runs.add(new Run(r.path("text").asText(""), m));
        }
        return runs;
    }
}
