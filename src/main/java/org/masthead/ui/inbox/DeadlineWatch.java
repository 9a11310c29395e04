package org.masthead.ui.inbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import org.masthead.model.SubmissionRow;
import org.masthead.store.SubmissionStore;
import org.masthead.ui.shell.AppContext;

/**
 * Warns of deadlines coming due while the app runs: soon after start and then every few
 * minutes it asks the store what is due within 24 hours (overdue included). The count goes to
 * a badge at every check; the notice only when something new came due since the last one, so
 * a reviewer who has seen the list is not shown it again every five minutes.
 */
public final class DeadlineWatch implements AutoCloseable {

    public static final Duration WITHIN = Duration.ofHours(24);

    private final AppContext ctx;
    private final SubmissionStore store;
    private final Consumer<Integer> badge;
    private final Consumer<List<SubmissionRow>> notice;
    private final Set<Long> noticed = new HashSet<>();
    private Timeline timeline;
    private Timeline first;

    public DeadlineWatch(AppContext ctx, SubmissionStore store, Consumer<Integer> badge, Consumer<List<SubmissionRow>> notice) {
        this.ctx = ctx;
        this.store = store;
        this.badge = badge;
        this.notice = notice;
    }

    /** Starts checking: first after {@code first}, then every {@code every}. */
    public void start(Duration first, Duration every) {
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        this.first = new Timeline(new KeyFrame(javafx.util.Duration.millis(first.toMillis()), e -> {
            check();
            timeline.play();
        }));
        this.first.play();
    }

    /** One check now. */
    public void check() {
        ctx.tasks().run("deadlines due", () -> store.due(ctx.now(), WITHIN), this::show, e -> { });
    }

    void show(List<SubmissionRow> due) {
        badge.accept(due.size());
        boolean fresh = false;
        for (SubmissionRow r : due) fresh |= noticed.add(r.id());
        if (fresh) notice.accept(due);
    }

    /** The notice's text: each item with its deadline, soonest first. */
    public static String describe(List<SubmissionRow> due, java.time.ZoneId zone, java.time.Instant now) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (SubmissionRow r : due) {
            if (n++ == 15) {
                sb.append("… and ").append(due.size() - 15).append(" more: see the inbox, filter \u201CDue within 24 h\u201D.");
                break;
            }
            java.time.Instant d = r.nextDeadline();
            sb.append(d != null && d.isBefore(now) ? "OVERDUE  " : "").append(DetailForm.format(d, zone)).append("  #").append(r.id()).append(' ')
                    .append(r.title()).append(" — ").append(r.fromName().isEmpty() ? r.fromEmail() : r.fromName()).append('\n');
        }
        return sb.toString().strip();
    }

    @Override
    public void close() {
        if (first != null) first.stop(); // closed within the first wait: no check starts after all
        if (timeline != null) timeline.stop();
    }
}
