package org.masthead.model;

import java.util.List;
import org.masthead.model.text.Document;
import org.masthead.model.text.TextDirection;

/**
 * What an editor writes: everything that is frozen when the article is published.
 * A published article keeps one of these as its published version and another as the
 * working copy; they differ while an update is pending.
 */
public record ArticleContent(
        String headline,
        String summary,
        String editorsNote,
        List<Author> byline,
        String responsibleEditor,
        List<String> tags,
        String sourceNote,
        String language,
        Document body) {

    public static final ArticleContent EMPTY = new ArticleContent("", "", "", List.of(), "", List.of(), "", "en", Document.EMPTY);

    public ArticleContent {
        headline = nz(headline);
        summary = nz(summary);
        editorsNote = nz(editorsNote);
        byline = List.copyOf(byline == null ? List.of() : byline);
        responsibleEditor = nz(responsibleEditor);
        tags = List.copyOf(tags == null ? List.of() : tags);
        sourceNote = nz(sourceNote);
        language = language == null || language.isBlank() ? "en" : language.strip();
        body = body == null ? Document.EMPTY : body;
    }

    /**
     * This version with its body cut to its top-level figures and its first paragraph that has
     * text: all that lists, feeds and a page's head read of an article (its description is the
     * summary or that paragraph, its picture the first figure). The store keeps it beside each
     * published version, so an export need not read whole bodies to see what changed.
     */
    public ArticleContent outline() {
        List<org.masthead.model.text.Block> keep = new java.util.ArrayList<>();
        boolean paragraph = false;
        for (org.masthead.model.text.Block b : body.blocks()) {
            if (b instanceof org.masthead.model.text.Block.Figure) {
                keep.add(b);
            } else if (!paragraph && b instanceof org.masthead.model.text.Block.Paragraph p && !p.text().strip().isEmpty()) {
                keep.add(b);
                paragraph = true;
            }
        }
        return keep.size() == body.blocks().size() ? this : withBody(new Document(keep));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public TextDirection direction() {
        return TextDirection.ofLanguage(language);
    }

    /** "By A, title and B, title" as printed under the headline; empty without authors. */
    public String bylineText() {
        if (byline.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("By ");
        for (int i = 0; i < byline.size(); i++) {
            if (i > 0) sb.append(i == byline.size() - 1 ? " and " : "; ");
            sb.append(byline.get(i).display());
        }
        return sb.toString();
    }

    public ArticleContent withHeadline(String v) { return new ArticleContent(v, summary, editorsNote, byline, responsibleEditor, tags, sourceNote, language, body); }
    public ArticleContent withSummary(String v) { return new ArticleContent(headline, v, editorsNote, byline, responsibleEditor, tags, sourceNote, language, body); }
    public ArticleContent withEditorsNote(String v) { return new ArticleContent(headline, summary, v, byline, responsibleEditor, tags, sourceNote, language, body); }
    public ArticleContent withByline(List<Author> v) { return new ArticleContent(headline, summary, editorsNote, v, responsibleEditor, tags, sourceNote, language, body); }
    public ArticleContent withResponsibleEditor(String v) { return new ArticleContent(headline, summary, editorsNote, byline, v, tags, sourceNote, language, body); }
    public ArticleContent withTags(List<String> v) { return new ArticleContent(headline, summary, editorsNote, byline, responsibleEditor, v, sourceNote, language, body); }
    public ArticleContent withSourceNote(String v) { return new ArticleContent(headline, summary, editorsNote, byline, responsibleEditor, tags, v, language, body); }
    public ArticleContent withLanguage(String v) { return new ArticleContent(headline, summary, editorsNote, byline, responsibleEditor, tags, sourceNote, v, body); }
    public ArticleContent withBody(Document v) { return new ArticleContent(headline, summary, editorsNote, byline, responsibleEditor, tags, sourceNote, language, v); }
}
