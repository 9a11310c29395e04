package org.masthead.ingest.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML front matter of a Markdown file (between a first line {@code ---} and the next
 * {@code ---} or {@code ...}) and the body after it. The YAML is only composed into nodes, never
 * constructed into objects, so no type can be instantiated, timestamps stay the text they were
 * written as, and every field keeps its line in the file for error messages.
 *
 * @param fields    by lower-case key, in file order
 * @param body      the Markdown after the front matter
 * @param bodyLine  the line of the file (1-based) on which the body starts
 */
record FrontMatter(Map<String, Field> fields, String body, int bodyLine) {

    /** One field: a scalar's text or a list of scalars' texts, and its line in the file (1-based). */
    record Field(String key, List<String> values, boolean list, int line) {
        /** The scalar, or the first item of a list (Hugo writes taxonomies as lists); empty if none. */
        String first() {
            return values.isEmpty() ? "" : values.get(0);
        }
    }

    /** Front matter that cannot be read; {@code line} is the file's line (1-based). */
    static final class Invalid extends Exception {
        final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final int MAX_FRONT_MATTER_CHARS = 256 * 1024;

    static FrontMatter parse(String text) throws Invalid {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.startsWith("+++")) throw new Invalid(1, "TOML front matter (+++) is not supported; use YAML between --- lines");
        if (!isDelimiter(text, 0, "---")) return new FrontMatter(Map.of(), text, 1);
        int start = text.indexOf('\n') + 1;
        if (start == 0) throw new Invalid(1, "front matter is not closed: no second --- line");
        int line = 2;
        int pos = start;
        while (pos < text.length()) {
            if (isDelimiter(text, pos, "---") || isDelimiter(text, pos, "...")) {
                String yaml = text.substring(start, pos);
                int nl = text.indexOf('\n', pos);
                String body = nl < 0 ? "" : text.substring(nl + 1);
                return new FrontMatter(fields(yaml), body, line + 1);
            }
            int nl = text.indexOf('\n', pos);
            if (nl < 0) break;
            pos = nl + 1;
            line++;
            if (pos - start > MAX_FRONT_MATTER_CHARS) throw new Invalid(1, "front matter is not closed within 256 KB");
        }
        throw new Invalid(1, "front matter is not closed: no second --- line");
    }

    /** True when the line at {@code pos} is exactly {@code d}, trailing blanks allowed. */
    private static boolean isDelimiter(String text, int pos, String d) {
        if (!text.startsWith(d, pos)) return false;
        int i = pos + d.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) i++;
        return i == text.length() || text.charAt(i) == '\n';
    }

    /** The YAML's top-level fields; the YAML starts on line 2 of the file. */
    private static Map<String, Field> fields(String yaml) throws Invalid {
        if (yaml.isBlank()) return Map.of();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new Invalid(m == null ? 1 : m.getLine() + 2, "bad front matter: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            throw new Invalid(1, "bad front matter: " + firstLine(e.getMessage()));
        }
        if (root == null) return Map.of();
        if (!(root instanceof MappingNode map)) throw new Invalid(line(root), "front matter must be a list of key: value fields");
        Map<String, Field> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw new Invalid(line(t.getKeyNode()), "a front matter key must be plain text");
            String key = k.getValue().strip().toLowerCase(Locale.ROOT);
            Node v = t.getValueNode();
            if (v instanceof ScalarNode s) {
                boolean isNull = s.getTag().getValue().endsWith(":null");
                out.put(key, new Field(key, isNull ? List.of() : List.of(s.getValue().strip()), false, line(v)));
            } else if (v instanceof SequenceNode seq) {
                List<String> items = new ArrayList<>();
                for (Node item : seq.getValue()) {
                    if (!(item instanceof ScalarNode s)) throw new Invalid(line(item), "'" + key + "' must be a list of plain values");
                    if (!s.getValue().isBlank()) items.add(s.getValue().strip());
                }
                out.put(key, new Field(key, Collections.unmodifiableList(items), true, line(v)));
            } else {
                // Nested maps (Hugo's params, menus, cascade...) mean nothing to Masthead; kept only for the line.
                out.put(key, new Field(key, List.of(), false, line(v)));
            }
        }
        return out;
    }

    private static int line(Node n) {
        return n.getStartMark() == null ? 1 : n.getStartMark().getLine() + 2;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable YAML";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    Field field(String key) {
        return fields.get(key);
    }

    String text(String key) {
        Field f = fields.get(key);
        return f == null ? "" : f.first();
    }
}
