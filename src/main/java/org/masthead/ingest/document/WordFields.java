package org.masthead.ingest.document;

import java.util.ArrayList;
import java.util.List;
import org.masthead.ingest.html.HtmlDocumentReader;

/** Word field instructions ({@code HYPERLINK "https://..." \o "tip"}), of which only links matter here. */
final class WordFields {

    private WordFields() {
    }

    /**
     * The address of a HYPERLINK field if it is a safe web or mail address; an in-document
     * link ({@code \l "bookmark"} alone) and any other field have none.
     */
    static String hyperlink(String instr) {
        if (instr == null) return null;
        List<String> tokens = tokens(instr);
        if (tokens.isEmpty() || !tokens.get(0).equalsIgnoreCase("HYPERLINK")) return null;
        String address = null;
        String fragment = null;
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.startsWith("\\")) {
                boolean hasArgument = t.equalsIgnoreCase("\\l") || t.equalsIgnoreCase("\\o") || t.equalsIgnoreCase("\\t");
                if (hasArgument && i + 1 < tokens.size() && t.equalsIgnoreCase("\\l")) fragment = tokens.get(i + 1);
                if (hasArgument) i++; // the switch's argument
            } else if (address == null) {
                address = t;
            }
        }
        // \l alone points at a bookmark inside the document; after an address it is the address's fragment.
        if (address == null) return null;
        return HtmlDocumentReader.safeHref(fragment == null || fragment.isEmpty() ? address : address + "#" + fragment);
    }

    /** Splits an instruction into words; a quoted word keeps its spaces and loses its quotes. */
    static List<String> tokens(String instr) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < instr.length(); i++) {
            char c = instr.charAt(i);
            if (c == '"') {
                if (quoted) { out.add(cur.toString()); cur.setLength(0); any = false; }
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (any) { out.add(cur.toString()); cur.setLength(0); any = false; }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any || (quoted && cur.length() > 0)) out.add(cur.toString());
        return out;
    }
}
