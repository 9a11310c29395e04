package org.masthead.model;

import java.util.Objects;

/** A part and its article ({@code null} while none is written). */
public record PlanPart(SeriesPart part, ArticleRef article) {

    public PlanPart {
        Objects.requireNonNull(part);
    }

    /** The title readers will see: the article's headline once it has one, else the working title. */
    public String title() {
        if (article != null && !article.headline().isBlank()) return article.headline();
        return part.workingTitle();
    }

    /**
     * The title a teaser on another part's page gives: the working title from the plan until this
     * part is published, then its published headline. An unpublished draft's headline can change
     * with every keystroke; published pages follow the plan, not the draft.
     */
    public String teaserTitle() {
        if (article != null && article.isPublished() && !article.headline().isBlank()) return article.headline();
        return part.workingTitle();
    }

    /** True when the part's article is published (a page exists), dropped or not. */
    public boolean isPublished() {
        return article != null && article.isPublished();
    }

    /** The one workflow: planned/commissioned/dropped until an article exists, then the article's status. */
    public String statusKey() {
        if (part.isDropped()) return PartStage.DROPPED.key();
        if (article != null) return article.status().key();
        return part.stage().key();
    }

    public String statusLabel() {
        if (part.isDropped()) return PartStage.DROPPED.label();
        if (article != null) return article.status().label();
        return part.stage().label();
    }

    /** The article's status, or {@code null} while the part has none. */
    public ArticleStatus articleStatus() {
        return article == null ? null : article.status();
    }

    public PlanPart withPart(SeriesPart p) {
        return new PlanPart(p, article);
    }
}
