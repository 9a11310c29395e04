package org.masthead.planning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.PlanPart;

/**
 * The first draft of a planned part: headline from the working title, byline from the assigned
 * author, and the editor's note rendered once from the series' template. From then on the note
 * is the article's own text.
 */
public final class Drafts {

    private Drafts() {
    }

    public static Article fromPart(Plan plan, int index, Instant now) {
        PlanPart pp = plan.parts().get(index);
        if (pp.part().isDropped()) throw new IllegalStateException("the part is dropped; reinstate it before writing it");
        if (pp.article() != null) throw new IllegalStateException("the part already has an article");
        List<String> tags = plan.series().topic().isBlank() ? List.of() : List.of(plan.series().topic());
        ArticleContent c = ArticleContent.EMPTY
                .withHeadline(pp.part().workingTitle())
                .withByline(authors(pp.part().author()))
                .withEditorsNote(plan.editorsNote(index))
                .withResponsibleEditor(plan.series().owner())
                .withTags(tags);
        return Article.create(c, now);
    }

    /** "Ana Lima and Wei Chen" or "Ana Lima; Wei Chen" → two authors. */
    static List<Author> authors(String names) {
        List<Author> l = new ArrayList<>();
        if (names == null || names.isBlank()) return l;
        for (String n : names.split("\\s*(?:;|,|\\band\\b|&)\\s*")) {
            if (!n.isBlank()) l.add(new Author(n, ""));
        }
        return l;
    }
}
