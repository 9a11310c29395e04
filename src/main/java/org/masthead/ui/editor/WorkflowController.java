package org.masthead.ui.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.masthead.model.Article;
import org.masthead.model.Publication;
import org.masthead.store.ArticleStore.SaveKind;
import org.masthead.ui.shell.AppContext;

/**
 * Carries out a workflow step: asks what it needs (a date, a note, a notice) on the FX
 * thread, then saves the editor's content with the step applied on the worker. The model
 * decides what is allowed; its refusals come back as messages.
 */
final class WorkflowController {

    private final AppContext ctx;
    private final SaveController saves;
    private final Supplier<Publication> publication;
    private final Consumer<Article> reloadContent;
    private final MetadataViewModel meta;

    /** @param reloadContent shows an article's working copy again (after discarding an update) */
    WorkflowController(AppContext ctx, SaveController saves, MetadataViewModel meta, Supplier<Publication> publication,
                       Consumer<Article> reloadContent) {
        this.meta = meta;
        this.ctx = ctx;
        this.saves = saves;
        this.publication = publication;
        this.reloadContent = reloadContent;
    }

    void perform(WorkflowSteps.Step step) {
        Optional<String> embargo = meta.embargoProblem();
        if (embargo.isPresent()) {
            // Publishing with a mistyped embargo would publish at once; the editor fixes it first.
            ctx.dialogs().error(step.label().replace("...", ""), embargo.get());
            return;
        }
        ZoneId zone = publication.get().defaultZone();
        Instant now = ctx.now();
        UnaryOperator<Article> op;
        switch (step.kind()) {
            case MOVE -> op = a -> a.moveTo(step.target(), now);
            case SCHEDULE -> {
                Article cur = saves.articleProperty().get();
                String initial = cur != null && cur.scheduledAt() != null
                        ? MetadataViewModel.DATE_TIME.format(LocalDateTime.ofInstant(cur.scheduledAt(), zone)) : "";
                Optional<String> when = ctx.dialogs().prompt("Schedule", "Date and time (" + zone.getId() + "), e.g. 2026-03-01 09:30", initial);
                if (when.isEmpty()) return;
                Instant at;
                try {
                    at = MetadataViewModel.parseDateTime(when.get(), zone);
                } catch (IllegalArgumentException e) {
                    ctx.dialogs().error("Schedule", e.getMessage());
                    return;
                }
                op = a -> a.schedule(at, now);
            }
            case PUBLISH -> op = a -> a.publish(now, zone);
            case PUBLISH_UPDATE -> op = a -> a.publishUpdate(now, zone, null);
            case PUBLISH_UPDATE_WITH_NOTE -> {
                Optional<String> note = ctx.dialogs().promptLong("Publish update", "Correction note shown with the article", "");
                if (note.isEmpty()) return;
                if (note.get().isBlank()) {
                    ctx.dialogs().error("Publish update", "A correction note needs text.");
                    return;
                }
                op = a -> a.publishUpdate(now, zone, note.get());
            }
            case DISCARD_UPDATE -> {
                if (!ctx.dialogs().confirm("Discard pending update", "Go back to the published text? Your unpublished edits are dropped.", "Discard")) return;
                op = a -> a.discardPendingUpdate(now);
            }
            case WITHDRAW -> {
                Optional<String> notice = ctx.dialogs().promptLong("Withdraw", "Public notice shown in place of the article", "");
                if (notice.isEmpty()) return;
                op = a -> a.withdraw(notice.get(), now);
            }
            default -> throw new IllegalArgumentException(step.kind().name());
        }
        Consumer<Article> after = step.kind() == WorkflowSteps.Kind.DISCARD_UPDATE ? reloadContent : a -> { };
        saves.save(step.publishes() ? SaveKind.PUBLISH : SaveKind.EXPLICIT, op, after);
    }
}
