package org.masthead.ingest.document;

import static org.masthead.ingest.document.WordXml.attr;
import static org.masthead.ingest.document.WordXml.kid;
import static org.masthead.ingest.document.WordXml.kids;
import static org.masthead.ingest.document.WordXml.name;
import static org.masthead.ingest.document.WordXml.onOff;
import static org.masthead.ingest.document.WordXml.relAttr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.ingest.html.HtmlDocumentReader;
import org.masthead.model.text.Block;
import org.masthead.model.text.Marks;
import org.masthead.model.text.Run;
import org.w3c.dom.Element;

/**
 * Walks a Word body (or a table cell, text box or note) and builds blocks. Tracked changes
 * read as accepted: insertions and moved-to text are kept, deletions and moved-from text
 * dropped, and a paragraph whose mark was deleted runs on into the next. Tables are read cell
 * by cell, row by row, each paragraph of a cell a paragraph. Text boxes follow the paragraph
 * that anchors them. Comments, bookmarks and field instructions are not text.
 */
final class DocxBodyWalker {

    /** Deeper nesting than this (tables in tables in text boxes...) is not read: a hostile file cannot exhaust the stack. */
    private static final int MAX_DEPTH = 60;
    private static final Set<String> DROPPED = Set.of("del", "moveFrom", "sectPr", "pPr", "rPr", "tblPr", "trPr", "tcPr",
            "tblGrid", "sdtPr", "sdtEndPr", "Fallback", "commentRangeStart", "commentRangeEnd", "commentReference",
            "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd", "delText", "delInstrText", "footnoteRef",
            "endnoteRef", "annotationRef", "lastRenderedPageBreak", "rubyPr", "rt");

    private final DocxPackage pkg;
    private final DocxPackage.Rels rels;
    private final DocxPictures pictures;
    private final boolean inNote;
    final List<Block> blocks = new ArrayList<>();
    String titleParagraph;
    String firstHeading;

    private final ParagraphRuns runs = new ParagraphRuns();
    private final Deque<Field> fields = new ArrayDeque<>();
    private List<Block> deferred = new ArrayList<>();
    private Shape shape = Shape.BODY;

    /** What the paragraph being read becomes. */
    private record Shape(DocxStyles.ParaRole role, boolean list, boolean ordered, int listLevel) {
        static final Shape BODY = new Shape(DocxStyles.ParaRole.BODY, false, false, 0);
    }

    /** A complex field (fldChar begin ... separate ... end); only HYPERLINK fields mean anything here. */
    private static final class Field {
        final StringBuilder instr = new StringBuilder();
        boolean showingResult;
        String href;
    }

    DocxBodyWalker(DocxPackage pkg, DocxPackage.Rels rels, DocxPictures pictures, boolean inNote) {
        this.pkg = pkg;
        this.rels = rels;
        this.pictures = pictures;
        this.inNote = inNote;
    }

    /** Reads the paragraphs and tables under {@code container}, then ends whatever is open. */
    void read(Element container) {
        if (container != null) walkBlocks(container, 0);
        emit();
    }

    private void walkBlocks(Element container, int depth) {
        if (depth > MAX_DEPTH) return;
        for (Element e : kids(container)) {
            String n = name(e);
            if (n.equals("p")) paragraph(e, depth);
            else if (n.equals("AlternateContent")) walkBlocks(choice(e), depth + 1);
            else if (!DROPPED.contains(n)) walkBlocks(e, depth + 1); // tbl, tr, tc, sdt, ins, moveTo, customXml...
        }
    }

    private void paragraph(Element p, int depth) {
        Element pPr = kid(p, "pPr");
        String style = attr(kid(pPr, "pStyle"), "val");
        Element outline = kid(pPr, "outlineLvl");
        DocxStyles.ParaRole role = pkg.styles.role(style, outline == null ? null : WordXml.intAttr(outline, "val", 9));
        DocxStyles.NumRef num = DocxStyles.numRef(kid(pPr, "numPr"));
        if (num == null) num = pkg.styles.styleNumbering(style);
        boolean list = pkg.styles.numbered(num) && role.role() != DocxStyles.Role.HEADING && role.role() != DocxStyles.Role.TITLE;
        shape = new Shape(role, list, list && pkg.styles.ordered(num), list ? Math.min(num.ilvl() + 1, Block.ListItem.MAX_LEVEL) : 0);
        Marks base = Marks.of(Boolean.TRUE.equals(pkg.styles.bold(style)), Boolean.TRUE.equals(pkg.styles.italic(style)));
        inline(p, base, null, depth + 1);
        Element markProps = kid(pPr, "rPr");
        boolean markDeleted = kid(markProps, "del") != null || kid(markProps, "moveFrom") != null;
        if (!markDeleted) emit();
    }

    /** Ends the block being built (if it has text), then adds the text boxes it anchored. */
    private void emit() {
        flushRuns();
        if (!deferred.isEmpty()) {
            List<Block> boxes = deferred;
            deferred = new ArrayList<>();
            blocks.addAll(boxes);
        }
    }

    private void flushRuns() {
        List<Run> rs = runs.take();
        if (rs.isEmpty() || rs.stream().allMatch(r -> r.text().isBlank() && !r.marks().hasNote())) return;
        DocxStyles.ParaRole role = shape.role();
        boolean heading = role.role() == DocxStyles.Role.HEADING || role.role() == DocxStyles.Role.TITLE
                || role.role() == DocxStyles.Role.SUBTITLE;
        if (heading) {
            // Headings are bold by nature; Word often says so again on the runs.
            rs = rs.stream().map(r -> new Run(r.text(), r.marks().withBold(false))).toList();
            String text = Run.text(rs);
            if (role.role() == DocxStyles.Role.TITLE && titleParagraph == null) titleParagraph = text;
            if (firstHeading == null) firstHeading = text;
            blocks.add(new Block.Heading(role.level() <= 1 ? 1 : 2, rs));
        } else if (shape.list()) {
            blocks.add(new Block.ListItem(shape.ordered(), shape.listLevel(), rs));
        } else if (role.role() == DocxStyles.Role.QUOTE) {
            blocks.add(new Block.Quote(rs));
        } else {
            blocks.add(new Block.Paragraph(rs));
        }
    }

    /** The children of a paragraph, hyperlink, inserted range, smart tag, field... */
    private void inline(Element parent, Marks marks, String href, int depth) {
        if (depth > MAX_DEPTH) return;
        for (Element e : kids(parent)) {
            switch (name(e)) {
                case "r" -> run(e, marks, href, depth);
                case "hyperlink" -> inline(e, marks, hyperlink(e), depth + 1);
                case "fldSimple" -> {
                    String link = WordFields.hyperlink(attr(e, "instr"));
                    inline(e, marks, link != null ? link : href, depth + 1);
                }
                case "AlternateContent" -> inline(choice(e), marks, href, depth + 1);
                case "txbxContent" -> textBox(e, depth);
                default -> {
                    if (!DROPPED.contains(name(e))) inline(e, marks, href, depth + 1); // ins, moveTo, smartTag, sdt, customXml, bdo, dir, oMath...
                }
            }
        }
    }

    /** A w:hyperlink's outside address, with its anchor as the fragment; an anchor alone is a jump inside the document. */
    private String hyperlink(Element e) {
        String target = rels.hyperlink(relAttr(e, "id"));
        String anchor = attr(e, "anchor");
        if (target != null && anchor != null && !anchor.isBlank() && !target.contains("#")) target = target + "#" + anchor;
        return HtmlDocumentReader.safeHref(target);
    }

    private void run(Element r, Marks paragraphMarks, String href, int depth) {
        Element rPr = kid(r, "rPr");
        if (Boolean.TRUE.equals(onOff(kid(rPr, "vanish")))) return; // hidden text
        String charStyle = attr(kid(rPr, "rStyle"), "val");
        Marks m = paragraphMarks
                .withBold(pick(onOff(kid(rPr, "b")), pkg.styles.bold(charStyle), paragraphMarks.bold()))
                .withItalic(pick(onOff(kid(rPr, "i")), pkg.styles.italic(charStyle), paragraphMarks.italic()));
        runContent(r, m, href, depth);
    }

    private void runContent(Element r, Marks m, String href, int depth) {
        for (Element c : kids(r)) {
            String fieldHref = fieldHref();
            Marks cm = m.withHref(fieldHref != null ? fieldHref : href);
            switch (name(c)) {
                case "t" -> { if (!insideFieldCode()) runs.add(c.getTextContent(), cm); }
                case "tab", "ptab" -> { if (!insideFieldCode()) runs.add(" ", cm); }
                case "noBreakHyphen" -> runs.add("-", cm);
                case "br", "cr" -> lineBreak(attr(c, "type"));
                case "fldChar" -> fieldChar(attr(c, "fldCharType"));
                case "instrText" -> { if (!fields.isEmpty() && !fields.peek().showingResult) fields.peek().instr.append(c.getTextContent()); }
                case "footnoteReference" -> note(pkg.footnote(attr(c, "id")), pkg.footnoteRels);
                case "endnoteReference" -> note(pkg.endnote(attr(c, "id")), pkg.endnoteRels);
                case "drawing", "pict", "object" -> picture(c, depth);
                case "AlternateContent" -> { if (depth < MAX_DEPTH) runContent(choice(c), m, href, depth + 1); }
                case "ruby" -> inline(kid(c, "rubyBase"), cm, cm.href(), depth + 1);
                default -> { } // rPr, softHyphen, sym, delText, footnoteRef, comment marks...
            }
        }
    }

    private static boolean pick(Boolean direct, Boolean fromStyle, boolean inherited) {
        return direct != null ? direct : fromStyle != null ? fromStyle : inherited;
    }

    /** A text line break starts a new block of the same kind; page and column breaks are only layout. */
    private void lineBreak(String type) {
        if (type == null || type.equals("textWrapping")) {
            boolean heading = shape.role().role() != DocxStyles.Role.BODY && shape.role().role() != DocxStyles.Role.QUOTE;
            if (heading) runs.add(" ", Marks.NONE); else flushRuns();
        } else {
            runs.add(" ", Marks.NONE);
        }
    }

    private void fieldChar(String type) {
        if ("begin".equals(type)) {
            fields.push(new Field());
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            Field f = fields.peek();
            f.showingResult = true;
            f.href = WordFields.hyperlink(f.instr.toString());
        } else if ("end".equals(type) && !fields.isEmpty()) {
            fields.pop();
        }
    }

    private boolean insideFieldCode() {
        for (Field f : fields) if (!f.showingResult) return true;
        return false;
    }

    private String fieldHref() {
        for (Field f : fields) if (f.href != null) return f.href;
        return null;
    }

    private void note(Element noteEl, DocxPackage.Rels noteRels) {
        if (inNote || noteEl == null) return; // a note inside a note is not followed
        DocxBodyWalker w = new DocxBodyWalker(pkg, noteRels, pictures, true);
        w.read(noteEl);
        runs.note(NoteText.of(w.blocks));
    }

    /** A drawing or VML picture: its embedded pictures become figures, its text boxes blocks after this paragraph. */
    private void picture(Element holder, int depth) {
        if (inNote) return;
        for (Element box : WordXml.descendants(holder, "txbxContent")) {
            if (isOutermostBox(box, holder)) textBox(box, depth);
        }
        String alt = altText(holder);
        for (Element blip : WordXml.descendants(holder, "blip")) {
            if (insideBox(blip, holder)) continue;
            figure(pictures.figure(rels, relAttr(blip, "embed"), relAttr(blip, "link"), alt));
        }
        for (Element img : WordXml.descendants(holder, "imagedata")) {
            if (insideBox(img, holder)) continue;
            String title = attr(img, "title");
            figure(pictures.figure(rels, relAttr(img, "id"), null, alt.isEmpty() && title != null ? title : alt));
        }
    }

    private void figure(Block.Figure f) {
        if (f == null) return;
        flushRuns();
        blocks.add(f);
    }

    private void textBox(Element box, int depth) {
        DocxBodyWalker w = new DocxBodyWalker(pkg, rels, pictures, inNote);
        w.walkBlocks(box, depth + 1);
        w.emit();
        deferred.addAll(w.blocks);
    }

    private static String altText(Element holder) {
        for (Element docPr : WordXml.descendants(holder, "docPr")) {
            String d = attr(docPr, "descr");
            if (d != null && !d.isBlank()) return ParagraphRuns.clean(d).strip();
            String t = attr(docPr, "title");
            if (t != null && !t.isBlank()) return ParagraphRuns.clean(t).strip();
        }
        return "";
    }

    private static boolean insideBox(Element e, Element stop) {
        for (var n = e.getParentNode(); n != null && n != stop; n = n.getParentNode()) {
            if (n instanceof Element p && name(p).equals("txbxContent")) return true;
        }
        return false;
    }

    private static boolean isOutermostBox(Element box, Element stop) {
        return !insideBox(box, stop);
    }

    /** The first choice of a markup-compatibility block; its fallback repeats the same content for older readers. */
    private static Element choice(Element alternate) {
        Element c = kid(alternate, "Choice");
        return c != null ? c : kid(alternate, "Fallback");
    }
}
