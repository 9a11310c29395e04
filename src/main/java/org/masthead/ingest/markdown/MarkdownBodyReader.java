package org.masthead.ingest.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;

/**
 * A CommonMark body as a {@link Document}. Headings {@code #} and {@code ##} become section
 * headings (level 1), deeper ones sub-headings (level 2); paragraphs, block quotes, bullet and
 * numbered lists (up to {@link Block.ListItem#MAX_LEVEL} deep), thematic breaks, emphasis, strong
 * emphasis and http/https/mailto links keep their meaning. An image becomes a figure when
 * {@link Images} can resolve it (its title is the caption, its alt text the alt text), and is
 * left out otherwise. Code keeps its text as plain paragraphs. Raw HTML blocks go through
 * {@link HtmlDocumentReader}, so only what a Document can hold survives; inline HTML tags are
 * dropped and the text between them kept. Nothing is fetched.
 */
final class MarkdownBodyReader {

    /** Resolves an image of the body to a figure, or says why not. */
    interface Images {
        /** The figure for an image, or {@code null} when it is left out (the resolver records why). */
        Block.Figure figure(String destination, String title, String alt, int line);
    }

    /** Deeper block nesting than this is read as flat text: a hostile file cannot exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final HtmlDocumentReader html = new HtmlDocumentReader();

    /** Reads {@code markdown}, whose first line is line {@code firstLine} of its file. */
    Document read(String markdown, int firstLine, Images images) {
        Node root = parser.parse(markdown);
        Walk w = new Walk(images, firstLine);
        w.blocks(root, Ctx.BODY, 0);
        return new Document(w.out);
    }

    private enum Kind { PARAGRAPH, QUOTE, LIST }

    private record Ctx(Kind kind, boolean ordered, int level) {
        static final Ctx BODY = new Ctx(Kind.PARAGRAPH, false, 0);
    }

    private final class Walk {
        final List<Block> out = new ArrayList<>();
        private final Images images;
        private final int firstLine;
        private List<Run> runs = new ArrayList<>();
        private int line;
        /** What the block being built becomes: set before its inlines are read, so a figure can split it. */
        private Ctx target = Ctx.BODY;
        private int targetHeading;
        /** A hard line break ends the block; the text after it starts another of the same kind. */
        private boolean pendingBreak;

        Walk(Images images, int firstLine) {
            this.images = images;
            this.firstLine = firstLine;
            this.line = firstLine;
        }

        private void aim(Ctx ctx, int headingLevel) {
            target = ctx;
            targetHeading = headingLevel;
        }

        void blocks(Node parent, Ctx ctx, int depth) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, ctx, depth + 1);
        }

        private void block(Node n, Ctx ctx, int depth) {
            if (!n.getSourceSpans().isEmpty()) line = firstLine + n.getSourceSpans().get(0).getLineIndex();
            if (depth > MAX_DEPTH) {
                runs.add(Run.plain(flatText(n)));
                flush(ctx, 0);
                return;
            }
            if (n instanceof Heading h) {
                aim(ctx.kind() == Kind.PARAGRAPH ? null : ctx, h.getLevel() <= 2 ? 1 : 2);
                inlines(h, Marks.NONE);
                flush(ctx.kind() == Kind.PARAGRAPH ? null : ctx, h.getLevel() <= 2 ? 1 : 2);
            } else if (n instanceof Paragraph p) {
                aim(ctx, 0);
                inlines(p, Marks.NONE);
                flush(ctx, 0);
            } else if (n instanceof BlockQuote) {
                blocks(n, ctx.kind() == Kind.LIST ? ctx : new Ctx(Kind.QUOTE, false, 0), depth);
            } else if (n instanceof ListBlock list) {
                int level = Math.min(ctx.kind() == Kind.LIST ? ctx.level() + 1 : 1, Block.ListItem.MAX_LEVEL);
                Ctx inner = new Ctx(Kind.LIST, list instanceof OrderedList, level);
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) listItem(item, inner, depth + 1);
            } else if (n instanceof ThematicBreak) {
                out.add(new Block.Separator());
            } else if (n instanceof FencedCodeBlock code) {
                codeLines(code.getLiteral(), ctx);
            } else if (n instanceof IndentedCodeBlock code) {
                codeLines(code.getLiteral(), ctx);
            } else if (n instanceof HtmlBlock h) {
                out.addAll(html.read(h.getLiteral()).blocks());
            } else if (n instanceof ListItem) {
                listItem(n, ctx, depth);
            }
            // Link reference definitions and anything else carry no text of their own.
        }

        /** One list item: its paragraphs joined into one item, nested lists after it. */
        private void listItem(Node item, Ctx ctx, int depth) {
            if (!(item instanceof ListItem)) {
                block(item, ctx, depth);
                return;
            }
            for (Node n = item.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Paragraph p) {
                    aim(ctx, 0);
                    if (!runs.isEmpty()) runs.add(Run.plain(" "));
                    inlines(p, Marks.NONE);
                } else {
                    flush(ctx, 0);
                    block(n, ctx, depth + 1);
                }
            }
            flush(ctx, 0);
        }

        private void codeLines(String literal, Ctx ctx) {
            for (String l : literal.split("\n")) {
                if (l.isBlank()) continue;
                runs.add(Run.plain(l.replace("\r", "").replace("\t", "    ")));
                flush(ctx, 0);
            }
        }

        private void inlines(Node parent, Marks marks) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    text(t.getLiteral(), marks);
                } else if (n instanceof Code c) {
                    text(c.getLiteral(), marks);
                } else if (n instanceof SoftLineBreak) {
                    text(" ", marks);
                } else if (n instanceof HardLineBreak) {
                    pendingBreak = true;
                } else if (n instanceof Emphasis) {
                    inlines(n, marks.withItalic(true));
                } else if (n instanceof StrongEmphasis) {
                    inlines(n, marks.withBold(true));
                } else if (n instanceof Link l) {
                    inlines(n, marks.withHref(HtmlDocumentReader.safeHref(l.getDestination())));
                } else if (n instanceof Image img) {
                    image(img);
                } else if (!(n instanceof HtmlInline)) {
                    inlines(n, marks);
                }
            }
        }

        private void text(String s, Marks marks) {
            if (pendingBreak) {
                pendingBreak = false;
                emit();
            }
            runs.add(new Run(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '), marks));
        }

        private void image(Image img) {
            Block.Figure f = images.figure(img.getDestination(), img.getTitle(), flatText(img), line);
            if (f == null) return;
            emit();
            out.add(f);
        }

        /** Ends the block being built (if it has text) as a block of the target kind. */
        private void emit() {
            Block b = make(target, targetHeading, runs);
            runs = new ArrayList<>();
            if (b != null) out.add(b);
        }

        /** Ends the current block as {@code ctx}'s kind, or a heading of {@code headingLevel} (1 or 2) when not 0. */
        private void flush(Ctx ctx, int headingLevel) {
            target = ctx;
            targetHeading = headingLevel;
            pendingBreak = false;
            emit();
        }

        private Block make(Ctx ctx, int headingLevel, List<Run> rs) {
            List<Run> trimmed = trim(rs);
            if (trimmed.isEmpty()) return null;
            if (headingLevel > 0 && (ctx == null || ctx.kind() == Kind.PARAGRAPH)) return new Block.Heading(headingLevel, trimmed);
            Ctx c = ctx == null ? Ctx.BODY : ctx;
            return switch (c.kind()) {
                case QUOTE -> new Block.Quote(trimmed);
                case LIST -> new Block.ListItem(c.ordered(), c.level(), trimmed);
                case PARAGRAPH -> new Block.Paragraph(trimmed);
            };
        }
    }

    /** Runs without leading and trailing white space; empty when there is no text. */
    private static List<Run> trim(List<Run> rs) {
        List<Run> n = Run.normalize(rs);
        if (n.isEmpty()) return n;
        List<Run> out = new ArrayList<>(n);
        Run first = out.get(0);
        out.set(0, new Run(first.text().stripLeading(), first.marks()));
        Run last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Run(last.text().stripTrailing(), last.marks()));
        List<Run> r = Run.normalize(out);
        return r.stream().allMatch(x -> x.text().isBlank()) ? List.of() : r;
    }

    /** The text under a node, without marks, walked without recursion. */
    static String flatText(Node node) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof org.commonmark.node.Block && sb.length() > 0) sb.append(' ');
            if (n instanceof Text t) sb.append(t.getLiteral());
            else if (n instanceof Code c) sb.append(c.getLiteral());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            List<Node> kids = new ArrayList<>();
            for (Node k = n.getFirstChild(); k != null; k = k.getNext()) kids.add(k);
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        return sb.toString().replace('\n', ' ').replace('\r', ' ').replaceAll("\\s+", " ").strip();
    }
}
