package org.masthead.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

/**
 * Turns HTML pasted from a browser or a word processor (Word, LibreOffice, Google Docs) into
 * a {@link Document}: paragraphs, headings, quotes, list items, bold, italic and safe links.
 * Everything else (scripts, styles, images, Office markup, colours, fonts) is dropped; tables
 * keep their text as paragraphs.
 *
 * <p>The HTML is only parsed by jsoup: nothing is fetched, executed or resolved against a base
 * address, so a relative link has nowhere to point and is dropped like any link whose scheme
 * is not http, https or mailto. The link's text is kept.
 *
 * <p>Stateless; one instance may be shared.
 */
public final class HtmlDocumentReader {

    /** Elements whose content is never text for the reader. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "title", "meta",
            "link", "base", "img", "picture", "video", "audio", "source", "track", "iframe", "frame", "frameset", "object",
            "embed", "applet", "canvas", "svg", "math", "map", "area", "input", "select", "option", "textarea", "button",
            "form", "xml", "o:p");

    /** Elements that start and end a block; anything not listed and not skipped is inline. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul",
            "ol", "li", "dl", "dt", "dd", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section",
            "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "address", "details", "summary",
            "fieldset", "legend", "center", "body", "html");

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    /** Word writes the marker of a list paragraph ("1." or a bullet) in a span it flags like this. */
    private static final Pattern MSO_LIST_IGNORE = Pattern.compile("mso-list\\s*:\\s*ignore", Pattern.CASE_INSENSITIVE);
    private static final Pattern MSO_LIST_LEVEL = Pattern.compile("mso-list\\s*:\\s*l\\d+\\s+level(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDERED_MARKER = Pattern.compile("^\\s*\\(?([0-9]+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)].*", Pattern.DOTALL);
    private static final Pattern FONT_SIZE_PT = Pattern.compile("font-size\\s*:\\s*([0-9.]+)pt", Pattern.CASE_INSENSITIVE);

    /** Google Docs has no title element in its clipboard HTML, only a big font; this big counts as a title. */
    private static final double TITLE_FONT_PT = 20;

    private enum Kind { PARAGRAPH, HEADING, QUOTE, LIST }

    /** Where text lands: the kind of block, and how deep in lists we are. */
    private record Ctx(Kind kind, int level, boolean ordered, int listDepth, boolean listOrdered, boolean pre) {
        static final Ctx ROOT = new Ctx(Kind.PARAGRAPH, 0, false, 0, false, false);

        Ctx as(Kind k, int lvl, boolean ord) {
            return new Ctx(k, lvl, ord, listDepth, listOrdered, pre);
        }
    }

    public Document read(String html) {
        if (html == null || html.isBlank()) return Document.EMPTY;
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        Walker w = new Walker();
        // NodeTraversor walks without recursion, so deeply nested markup cannot overflow the stack.
        NodeTraversor.filter(w, dom.body() != null ? dom.body() : dom);
        w.flush();
        return new Document(w.blocks);
    }

    /** One pass over the tree, collecting runs into the block being built. */
    private static final class Walker implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final List<Run> runs = new ArrayList<>();
        private final StringBuilder pendingText = new StringBuilder();
        private final Deque<Frame> frames = new ArrayDeque<>();
        private Ctx ctx = Ctx.ROOT;
        private Marks marks = Marks.NONE;
        private Marks pendingMarks = Marks.NONE;
        /** True when the text so far in this block ends in a space (or there is none): collapses white space. */
        private boolean atSpace = true;

        private record Frame(Element el, Ctx ctx, Marks marks, boolean block) {
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) return FilterResult.SKIP_ENTIRELY; // comments, data, doctype
            String tag = el.normalName();
            String style = el.attr("style").toLowerCase(Locale.ROOT);
            if (SKIPPED.contains(tag) || tag.startsWith("v:") || isHidden(style) || MSO_LIST_IGNORE.matcher(style).find()) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                flush();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("hr")) {
                flush();
                blocks.add(new Block.Separator());
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = BLOCKS.contains(tag);
            frames.push(new Frame(el, ctx, marks, block));
            if (block) {
                flush();
                ctx = blockContext(el, tag, style, ctx);
            }
            marks = inlineMarks(el, tag, style, marks);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element el) || frames.isEmpty() || frames.peek().el() != el) return FilterResult.CONTINUE;
            Frame f = frames.pop();
            if (f.block()) flush();
            ctx = f.ctx();
            marks = f.marks();
            return FilterResult.CONTINUE;
        }

        private void text(String raw) {
            if (ctx.pre()) {
                // Inside <pre> line breaks are real: each line becomes a block of its own.
                String[] lines = raw.split("\\r\\n|\\r|\\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) flush();
                    appendCollapsed(lines[i]);
                }
            } else {
                appendCollapsed(raw);
            }
        }

        /** Collapses white space the way a browser renders it; non-breaking spaces become plain ones. */
        private void appendCollapsed(String raw) {
            if (!marks.equals(pendingMarks)) {
                endRun();
                pendingMarks = marks;
            }
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (isSpace(ch)) {
                    if (!atSpace) {
                        pendingText.append(' ');
                        atSpace = true;
                    }
                } else {
                    pendingText.append(ch);
                    atSpace = false;
                }
            }
        }

        private static boolean isSpace(char ch) {
            return ch <= ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\u2007' || ch == '\u2028' || ch == '\u2029';
        }

        private void endRun() {
            if (pendingText.length() > 0) runs.add(new Run(pendingText.toString(), pendingMarks));
            pendingText.setLength(0);
        }

        /** Ends the block being built (if it has any text) in the current context. */
        void flush() {
            endRun();
            atSpace = true;
            List<Run> trimmed = trim(runs);
            runs.clear();
            if (ctx.kind() == Kind.HEADING) {
                // Headings are bold by their nature; word processors often say so again with a bold mark.
                trimmed = trimmed.stream().map(r -> new Run(r.text(), r.marks().withBold(false))).toList();
            }
            if (trimmed.isEmpty()) return;
            blocks.add(switch (ctx.kind()) {
                case HEADING -> new Block.Heading(ctx.level(), trimmed);
                case QUOTE -> new Block.Quote(trimmed);
                case LIST -> new Block.ListItem(ctx.ordered(), ctx.level(), trimmed);
                case PARAGRAPH -> new Block.Paragraph(trimmed);
            });
        }

        /** Drops the leading and trailing space and the runs left empty by it. */
        private static List<Run> trim(List<Run> in) {
            List<Run> out = new ArrayList<>(in);
            while (!out.isEmpty()) {
                Run first = out.get(0);
                String s = first.text().stripLeading();
                if (s.isEmpty()) out.remove(0); else { out.set(0, new Run(s, first.marks())); break; }
            }
            while (!out.isEmpty()) {
                int last = out.size() - 1;
                Run r = out.get(last);
                String s = r.text().stripTrailing();
                if (s.isEmpty()) out.remove(last); else { out.set(last, new Run(s, r.marks())); break; }
            }
            return out;
        }
    }

    private static boolean isHidden(String style) {
        String s = style.replace(" ", "");
        return s.contains("display:none") || s.contains("mso-hide:all") || s.contains("visibility:hidden");
    }

    private static Ctx blockContext(Element el, String tag, String style, Ctx parent) {
        switch (tag) {
            case "h1", "h2":
                return parent.as(Kind.HEADING, 1, false);
            case "h3", "h4", "h5", "h6":
                return parent.as(Kind.HEADING, 2, false);
            case "blockquote":
                return parent.kind() == Kind.HEADING ? parent : parent.as(Kind.QUOTE, 0, false);
            case "ul", "ol":
                return new Ctx(parent.kind(), parent.level(), parent.ordered(), parent.listDepth() + 1, tag.equals("ol"), parent.pre());
            case "li":
                return parent.as(Kind.LIST, Math.min(Math.max(parent.listDepth(), 1), Block.ListItem.MAX_LEVEL), parent.listOrdered());
            case "pre":
                return new Ctx(parent.kind(), parent.level(), parent.ordered(), parent.listDepth(), parent.listOrdered(), true);
            default:
                break;
        }
        var wordList = MSO_LIST_LEVEL.matcher(style);
        if (wordList.find()) {
            int level = Math.min(Math.max(Integer.parseInt(wordList.group(1)), 1), Block.ListItem.MAX_LEVEL);
            return parent.as(Kind.LIST, level, isOrderedWordList(el));
        }
        String cls = el.className().toLowerCase(Locale.ROOT);
        if (hasClass(cls, "msotitle") || hasClass(cls, "title")) return parent.as(Kind.HEADING, 1, false);
        if (hasClass(cls, "msosubtitle") || hasClass(cls, "subtitle")) return parent.as(Kind.HEADING, 2, false);
        if (hasClass(cls, "msoquote") || hasClass(cls, "msointensequote") || hasClass(cls, "quote")) {
            return parent.as(Kind.QUOTE, 0, false);
        }
        if (el.attr("role").equalsIgnoreCase("heading")) {
            return parent.as(Kind.HEADING, el.attr("aria-level").matches("[12]") ? 1 : 2, false);
        }
        if (tag.equals("p") && parent.kind() == Kind.PARAGRAPH && isBigTitle(el)) return parent.as(Kind.HEADING, 1, false);
        // A <p> or <div> inside a heading, quote or list item (Google Docs wraps <li> text in <p>) stays part of it.
        return parent.kind() == Kind.PARAGRAPH ? parent.as(Kind.PARAGRAPH, 0, false) : parent;
    }

    private static boolean hasClass(String classes, String name) {
        for (String c : classes.split("\\s+")) if (c.equals(name)) return true;
        return false;
    }

    /** Word numbers its lists with text it flags as ignorable: "1." or "a)" means numbered, a bullet glyph does not. */
    private static boolean isOrderedWordList(Element p) {
        for (Element e : p.getAllElements()) {
            if (MSO_LIST_IGNORE.matcher(e.attr("style")).find()) {
                return ORDERED_MARKER.matcher(e.text().replace('\u00A0', ' ')).matches();
            }
        }
        return false;
    }

    /** Every piece of text in the paragraph is set in a title-sized font. */
    private static boolean isBigTitle(Element p) {
        String text = p.text();
        if (text.isBlank() || text.length() > 200) return false;
        boolean any = false;
        for (TextNode t : p.textNodes()) {
            if (!t.isBlank()) return false; // text outside any sized span
        }
        for (Element e : p.children()) {
            if (e.text().isBlank()) continue;
            var m = FONT_SIZE_PT.matcher(e.attr("style"));
            if (!m.find()) return false;
            try {
                if (Double.parseDouble(m.group(1)) < TITLE_FONT_PT) return false;
            } catch (NumberFormatException ex) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static Marks inlineMarks(Element el, String tag, String style, Marks m) {
        Boolean bold = switch (tag) {
            case "b", "strong" -> Boolean.TRUE;
            default -> null;
        };
        Boolean italic = switch (tag) {
            case "i", "em", "cite", "dfn", "var" -> Boolean.TRUE;
            default -> null;
        };
        String weight = cssValue(style, "font-weight");
        if (weight != null) {
            if (weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00")) bold = Boolean.TRUE;
            else if (weight.equals("normal") || weight.equals("lighter") || weight.matches("[1-5]00")) bold = Boolean.FALSE;
        }
        String fontStyle = cssValue(style, "font-style");
        if (fontStyle != null) {
            if (fontStyle.startsWith("italic") || fontStyle.startsWith("oblique")) italic = Boolean.TRUE;
            else if (fontStyle.equals("normal")) italic = Boolean.FALSE;
        }
        Marks out = m;
        if (bold != null) out = out.withBold(bold);
        if (italic != null) out = out.withItalic(italic);
        if (tag.equals("a") && el.hasAttr("href")) out = out.withHref(safeHref(el.attr("href")));
        return out;
    }

    /** The value of one CSS property in a style attribute, lower case, or null. Exact names only: "mso-bidi-font-weight" is not "font-weight". */
    private static String cssValue(String style, String property) {
        if (style.isEmpty()) return null;
        String found = null;
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon < 0) continue;
            if (decl.substring(0, colon).strip().equals(property)) {
                found = decl.substring(colon + 1).replace("!important", "").strip();
            }
        }
        return found;
    }

    /**
     * The link target if it is an absolute http, https or mailto address, else null (the text
     * stays, unlinked). Browsers ignore tabs and newlines inside a scheme ("java&#9;script:"),
     * so control characters anywhere make the link suspect and it is dropped.
     */
    public static String safeHref(String raw) {
        if (raw == null) return null;
        String href = raw.strip();
        if (href.isEmpty() || href.length() > 4096) return null;
        for (int i = 0; i < href.length(); i++) {
            char ch = href.charAt(i);
            if (ch < ' ' || ch == 0x7F) return null;
        }
        href = href.replace(" ", "%20");
        java.net.URI uri;
        try {
            uri = new java.net.URI(href);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme();
        if (scheme == null || !ALLOWED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) return null;
        if (!scheme.equalsIgnoreCase("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) return null;
        return href;
    }
}
