package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.model.text.Run;
import org.reactfx.util.Either;

/**
 * {@link Document} to the area's styled document and back. Pure functions over immutable
 * values, so they run without a display and off the FX thread (the autosave maps a snapshot
 * of the area's paragraphs on the worker thread).
 *
 * <p>One block is one paragraph of the area. The only lossy case is deliberate: an area
 * holding a single empty plain paragraph (what RichTextFX shows for "nothing") maps to
 * {@link Document#EMPTY}.
 */
public final class DocumentMapper {

    /** Text segments are plain strings; the right side of the Either is a figure. */
    public static final TextOps<Either<String, FigureSegment>, TextStyle> SEGMENT_OPS =
            new WordTextOps()._or(new FigureOps(), (a, b) -> java.util.Optional.empty());

    private DocumentMapper() {
    }

    /** Builds the whole styled document in one go (one {@code replace} shows it). */
    public static ReadOnlyStyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> toStyled(Document doc) {
        ReadOnlyStyledDocumentBuilder<ParStyle, Either<String, FigureSegment>, TextStyle> b =
                new ReadOnlyStyledDocumentBuilder<>(SEGMENT_OPS, ParStyle.PARAGRAPH, Math.max(1, doc.blocks().size()));
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Figure f) {
                b.addParagraph(List.of(new StyledSegment<>(Either.right(FigureSegment.of(f)), TextStyle.PLAIN)), ParStyle.FIGURE);
            } else if (block instanceof Block.Separator) {
                b.addParagraph(Either.left(""), TextStyle.PLAIN, ParStyle.SEPARATOR);
            } else if (block instanceof Block.TextBlock t) {
                b.addParagraph(segments(t.runs()), parStyleOf(t));
            }
        }
        if (doc.blocks().isEmpty()) b.addParagraph(Either.left(""), TextStyle.PLAIN, ParStyle.PARAGRAPH);
        return b.build();
    }

    /** The styled form of blocks for inserting at the caret (paste, figure insertion). */
    public static ReadOnlyStyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> toStyled(List<Block> blocks) {
        return toStyled(new Document(blocks));
    }

    static List<StyledSegment<Either<String, FigureSegment>, TextStyle>> segments(List<Run> runs) {
        if (runs.isEmpty()) return List.of(new StyledSegment<>(Either.left(""), TextStyle.PLAIN));
        List<StyledSegment<Either<String, FigureSegment>, TextStyle>> out = new ArrayList<>(runs.size());
        for (Run r : runs) {
            TextStyle style = TextStyle.of(r.marks());
            for (String word : WordTextOps.words(r.text())) out.add(new StyledSegment<>(Either.left(word), style));
        }
        return out;
    }

    static ParStyle parStyleOf(Block.TextBlock t) {
        if (t instanceof Block.Heading h) return ParStyle.of(h.level() == 1 ? ParStyle.Kind.HEADING_1 : ParStyle.Kind.HEADING_2);
        if (t instanceof Block.Quote) return ParStyle.of(ParStyle.Kind.QUOTE);
        if (t instanceof Block.ListItem li) return new ParStyle(li.ordered() ? ParStyle.Kind.NUMBERED : ParStyle.Kind.BULLET, li.level());
        return ParStyle.PARAGRAPH;
    }

    public static Document toDocument(StyledDocument<ParStyle, Either<String, FigureSegment>, TextStyle> doc) {
        return toDocument(doc.getParagraphs());
    }

    /**
     * The document of a list of paragraphs, e.g. a snapshot {@code new ArrayList<>(area.getParagraphs())}
     * taken on the FX thread. Paragraphs are immutable, so this may run on any thread.
     */
    public static Document toDocument(List<Paragraph<ParStyle, Either<String, FigureSegment>, TextStyle>> pars) {
        if (pars.size() == 1 && pars.get(0).length() == 0 && pars.get(0).getParagraphStyle().kind() == ParStyle.Kind.PARAGRAPH) {
            return Document.EMPTY;
        }
        List<Block> blocks = new ArrayList<>(pars.size());
        for (Paragraph<ParStyle, Either<String, FigureSegment>, TextStyle> p : pars) addBlocks(p, blocks);
        return new Document(blocks);
    }

    /**
     * Figures always become blocks of their own; text typed next to a figure or into a
     * separator's line is kept as a paragraph rather than dropped.
     */
    private static void addBlocks(Paragraph<ParStyle, Either<String, FigureSegment>, TextStyle> p, List<Block> out) {
        ParStyle ps = p.getParagraphStyle();
        List<Run> runs = new ArrayList<>();
        boolean sawFigure = false;
        for (StyledSegment<Either<String, FigureSegment>, TextStyle> ss : p.getStyledSegments()) {
            Either<String, FigureSegment> seg = ss.getSegment();
            if (seg.isLeft()) {
                String t = seg.getLeft();
                if (t.isEmpty()) continue;
                if (t.indexOf('\r') >= 0) t = t.replace("\r", "");
                runs.add(new Run(t, ss.getStyle().toMarks()));
            } else if (!seg.getRight().isEmpty()) {
                if (!runs.isEmpty()) {
                    out.add(textBlock(ps.isText() ? ps : ParStyle.PARAGRAPH, runs));
                    runs = new ArrayList<>();
                }
                out.add(seg.getRight().toBlock());
                sawFigure = true;
            }
        }
        switch (ps.kind()) {
            case FIGURE -> {
                if (!runs.isEmpty()) out.add(new Block.Paragraph(runs));
            }
            case SEPARATOR -> {
                out.add(new Block.Separator());
                if (!runs.isEmpty()) out.add(new Block.Paragraph(runs));
            }
            default -> {
                if (!sawFigure || !runs.isEmpty()) out.add(textBlock(ps, runs));
            }
        }
    }

    static Block.TextBlock textBlock(ParStyle ps, List<Run> runs) {
        return switch (ps.kind()) {
            case HEADING_1 -> new Block.Heading(1, runs);
            case HEADING_2 -> new Block.Heading(2, runs);
            case QUOTE -> new Block.Quote(runs);
            case BULLET -> new Block.ListItem(false, ps.level(), runs);
            case NUMBERED -> new Block.ListItem(true, ps.level(), runs);
            default -> new Block.Paragraph(runs);
        };
    }
}
