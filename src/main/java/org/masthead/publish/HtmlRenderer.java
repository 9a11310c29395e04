package org.masthead.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;
import org.masthead.model.text.TextDirection;

/**
 * The one Document → HTML renderer: the export, the preview and the body fragment for other
 * publishing systems all go through it, and nothing else writes article HTML. Output is
 * semantic HTML with every text and attribute escaped. Headings are shifted one level down
 * (the page's headline is its only {@code h1}); links keep only http, https, mailto and
 * relative targets; notes become numbered endnotes with links back to the text.
 *
 * <p>{@link Mode#PAGE} adds a few class names for the default theme's CSS; {@link Mode#FRAGMENT}
 * writes none, for pasting into another CMS. Stateless apart from its resolver; one instance
 * may be shared across threads.
 */
public final class HtmlRenderer {

    /** Where a figure's picture is, and its size in pixels. */
    public record Image(String src, int width, int height) {
    }

    /** Finds the URL of a stored picture by its SHA-256; empty drops the figure. */
    @FunctionalInterface
    public interface ImageResolver {
        Optional<Image> resolve(String assetId);
    }

    public enum Mode { PAGE, FRAGMENT }

    private final ImageResolver images;
    private final Mode mode;

    public HtmlRenderer(ImageResolver images, Mode mode) {
        this.images = images;
        this.mode = mode;
    }

    /** A renderer for pages: figures resolved by {@code images}, classes for the theme. */
    public static HtmlRenderer page(ImageResolver images) {
        return new HtmlRenderer(images, Mode.PAGE);
    }

    /** A renderer for clean body fragments: no class attributes. */
    public static HtmlRenderer fragment(ImageResolver images) {
        return new HtmlRenderer(images, Mode.FRAGMENT);
    }

    /** The body of an article written in a language of direction {@code base}, endnotes last. */
    public String render(Document doc, TextDirection base) {
        return new Writer(base).document(doc);
    }

    public String render(Document doc) {
        return render(doc, TextDirection.LTR);
    }

    /** True for a link target a page may carry: http, https, mailto or a relative address. */
    public static boolean isSafeHref(String href) {
        if (href == null || href.isEmpty()) return false;
        for (int i = 0; i < href.length(); i++) {
            char ch = href.charAt(i);
            // Browsers drop tabs and newlines inside URLs ("java\tscript:"), and read "\" as "/".
            if (ch <= 0x20 || ch == 0x7f || ch == '\\' || Character.isWhitespace(ch) || Character.isISOControl(ch)) return false;
        }
        int colon = href.indexOf(':');
        if (colon < 0) return true;
        int cut = firstIndexOf(href, "/?#");
        if (cut >= 0 && cut < colon) return true; // a colon in a path or query: relative
        String scheme = href.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    private static int firstIndexOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** Escapes text for an HTML element or a quoted attribute. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeTo(sb, s);
        return sb.toString();
    }

    static void escapeTo(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // C0 controls other than tab/newline are not allowed in HTML text
                    if (c < 0x20 && c != '\t' && c != '\n' || c == 0x7f) continue;
                    sb.append(c);
                }
            }
        }
    }

    /** One rendering: output, open lists and note numbers. */
    private final class Writer {
        private final StringBuilder out = new StringBuilder(4096);
        private final TextDirection base;
        private final Deque<boolean[]> lists = new ArrayDeque<>(); // {ordered, itemOpen}
        private final List<String> notes = new java.util.ArrayList<>();
        private boolean inQuote;

        Writer(TextDirection base) {
            this.base = base;
        }

        String document(Document doc) {
            for (Block b : doc.blocks()) block(b);
            closeLists(0);
            closeQuote();
            endnotes();
            return out.toString();
        }

        private void block(Block b) {
            if (!(b instanceof Block.ListItem)) closeLists(0);
            if (!(b instanceof Block.Quote)) closeQuote();
            if (b instanceof Block.Paragraph p) {
                textBlock("p", p.runs());
            } else if (b instanceof Block.Heading h) {
                textBlock(h.level() == 1 ? "h2" : "h3", h.runs());
            } else if (b instanceof Block.Quote q) {
                if (q.runs().isEmpty()) return;
                if (!inQuote) out.append("<blockquote>\n");
                inQuote = true;
                textBlock("p", q.runs());
            } else if (b instanceof Block.ListItem li) {
                listItem(li);
            } else if (b instanceof Block.Figure f) {
                figure(f);
            } else if (b instanceof Block.Separator) {
                out.append("<hr>\n");
            }
        }

        private void textBlock(String tag, List<Run> runs) {
            if (runs.isEmpty()) return; // an empty paragraph is spacing in the editor, not content
            out.append('<').append(tag).append(dirAttr(runs)).append('>');
            runs(runs);
            out.append("</").append(tag).append(">\n");
        }

        private String dirAttr(List<Run> runs) {
            TextDirection d = TextDirection.ofText(Run.text(runs), base);
            return d == base ? "" : d == TextDirection.RTL ? " dir=\"rtl\"" : " dir=\"ltr\"";
        }

        private void closeQuote() {
            if (inQuote) out.append("</blockquote>\n");
            inQuote = false;
        }

        private void listItem(Block.ListItem li) {
            while (lists.size() > li.level()) closeList();
            if (lists.size() == li.level() && lists.peek()[0] != li.ordered()) closeList();
            while (lists.size() < li.level()) {
                boolean[] parent = lists.peek();
                if (parent != null && !parent[1]) {
                    out.append("<li>");
                    parent[1] = true;
                }
                boolean ordered = lists.size() + 1 == li.level() ? li.ordered() : false;
                out.append(ordered ? "<ol>\n" : "<ul>\n");
                lists.push(new boolean[] {ordered, false});
            }
            boolean[] top = lists.peek();
            if (top[1]) out.append("</li>\n");
            out.append("<li").append(dirAttr(li.runs())).append('>');
            runs(li.runs());
            top[1] = true;
        }

        private void closeList() {
            boolean[] top = lists.pop();
            if (top[1]) out.append("</li>\n");
            out.append(top[0] ? "</ol>\n" : "</ul>\n");
        }

        private void closeLists(int depth) {
            while (lists.size() > depth) closeList();
        }

        private void figure(Block.Figure f) {
            Optional<Image> img = images.resolve(f.assetId());
            if (img.isEmpty()) return;
            Image i = img.get();
            out.append("<figure><img src=\"").append(escape(i.src())).append("\" alt=\"").append(escape(f.alt().strip())).append('"');
            if (i.width() > 0 && i.height() > 0) out.append(" width=\"").append(i.width()).append("\" height=\"").append(i.height()).append('"');
            out.append('>');
            String caption = f.caption().strip();
            String credit = f.credit().strip();
            if (!caption.isEmpty() || !credit.isEmpty()) {
                out.append("<figcaption>");
                escapeTo(out, caption);
                if (!credit.isEmpty()) {
                    if (!caption.isEmpty()) out.append(' ');
                    out.append("<small>");
                    escapeTo(out, credit);
                    out.append("</small>");
                }
                out.append("</figcaption>");
            }
            out.append("</figure>\n");
        }

        private void runs(List<Run> runs) {
            String href = null; // the open link's target, if any
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                String want = isSafeHref(r.marks().href()) ? r.marks().href() : null;
                if (!java.util.Objects.equals(href, want)) {
                    if (href != null) out.append("</a>");
                    if (want != null) out.append("<a href=\"").append(escape(want)).append("\">");
                    href = want;
                }
                if (r.marks().bold()) out.append("<strong>");
                if (r.marks().italic()) out.append("<em>");
                escapeTo(out, r.text());
                if (r.marks().italic()) out.append("</em>");
                if (r.marks().bold()) out.append("</strong>");
                String note = r.marks().note();
                boolean noteEnds = note != null && (i + 1 == runs.size() || !note.equals(runs.get(i + 1).marks().note()));
                if (noteEnds) {
                    if (href != null) out.append("</a>");
                    href = null;
                    noteRef(note);
                }
            }
            if (href != null) out.append("</a>");
        }

        private void noteRef(String note) {
            notes.add(note);
            int n = notes.size();
            out.append(mode == Mode.PAGE ? "<sup class=\"note-ref\">" : "<sup>")
                    .append("<a href=\"#note-").append(n).append("\" id=\"note-ref-").append(n).append("\">").append(n).append("</a></sup>");
        }

        private void endnotes() {
            if (notes.isEmpty()) return;
            out.append(mode == Mode.PAGE ? "<section class=\"notes\" aria-labelledby=\"notes-title\">" : "<section aria-labelledby=\"notes-title\">")
                    .append("\n<h2 id=\"notes-title\">Notes</h2>\n<ol>\n");
            for (int i = 0; i < notes.size(); i++) {
                int n = i + 1;
                out.append("<li id=\"note-").append(n).append("\">");
                escapeTo(out, notes.get(i));
                out.append(" <a href=\"#note-ref-").append(n).append("\" aria-label=\"Back to the text of note ").append(n)
                        .append("\">↩</a></li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
    }
}
