package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;

/** Which workflow steps an article offers now, in the order the buttons show them. Pure. */
public final class WorkflowSteps {

    public enum Kind { MOVE, SCHEDULE, PUBLISH, PUBLISH_UPDATE, PUBLISH_UPDATE_WITH_NOTE, DISCARD_UPDATE, WITHDRAW }

    /** @param target the status a {@link Kind#MOVE} goes to; null for the other kinds */
    public record Step(Kind kind, ArticleStatus target, String label) {
        /** Publishing steps keep a published revision. */
        public boolean publishes() {
            return kind == Kind.PUBLISH || kind == Kind.PUBLISH_UPDATE || kind == Kind.PUBLISH_UPDATE_WITH_NOTE;
        }
    }

    private WorkflowSteps() {
    }

    /**
     * @param unsavedEdits the editor holds changes not yet saved; for a published article they
     *                     will be a pending update once saved, so the update steps show at once
     */
    public static List<Step> of(Article a, boolean unsavedEdits) {
        List<Step> out = new ArrayList<>();
        if (a == null) return out;
        ArticleStatus s = a.status();
        if (s == ArticleStatus.READY || s == ArticleStatus.SCHEDULED) {
            out.add(new Step(Kind.SCHEDULE, null, s == ArticleStatus.SCHEDULED ? "Reschedule..." : "Schedule..."));
        }
        if (s.isBeforePublication() && s != ArticleStatus.IDEA) out.add(new Step(Kind.PUBLISH, null, "Publish"));
        if (s == ArticleStatus.PUBLISHED) {
            if (a.hasPendingUpdate() || unsavedEdits) {
                out.add(new Step(Kind.PUBLISH_UPDATE, null, "Publish update"));
                out.add(new Step(Kind.PUBLISH_UPDATE_WITH_NOTE, null, "Publish update with correction note..."));
            }
            if (a.hasPendingUpdate()) out.add(new Step(Kind.DISCARD_UPDATE, null, "Discard pending update"));
            out.add(new Step(Kind.WITHDRAW, null, "Withdraw..."));
        }
        for (ArticleStatus next : s.manualNext()) {
            if (next == ArticleStatus.SCHEDULED) continue;
            out.add(new Step(Kind.MOVE, next, moveLabel(next)));
        }
        return out;
    }

    static String moveLabel(ArticleStatus next) {
        return switch (next) {
            case SPIKED -> "Spike";
            case IDEA -> "Back to idea";
            default -> "Move to " + next.label().toLowerCase();
        };
    }
}
