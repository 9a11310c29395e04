package org.masthead.ui.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.Publication;
import org.masthead.planning.Agenda;

/**
 * The start screen's "this week": one line per publication time or due date, grouped by day,
 * late ones first and marked. A line opens its article, or the series of a part not yet written.
 */
final class AgendaView {

    /** More lines than this and the rest is summed up: the start screen is a glance. */
    static final int MAX_LINES = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final LongConsumer articleOpener;
    private final VBox root = new VBox(3);
    private LongConsumer seriesOpener = id -> { };

    AgendaView(LongConsumer articleOpener) {
        this.articleOpener = articleOpener;
        root.setId("agenda");
        root.getChildren().add(new Label("Reading the plan…"));
    }

    void setSeriesOpener(LongConsumer opener) {
        this.seriesOpener = opener;
    }

    Node view() {
        return root;
    }

    void show(List<Agenda.Item> items, Publication pub, LocalDate today) {
        root.getChildren().clear();
        if (items.isEmpty()) {
            root.getChildren().add(new Label("Nothing due or going out this week."));
            return;
        }
        String group = null;
        for (int i = 0; i < items.size() && i < MAX_LINES; i++) {
            Agenda.Item it = items.get(i);
            String g = it.overdue() ? "Overdue" : it.day().equals(today) ? "Today" : it.day().equals(today.plusDays(1)) ? "Tomorrow"
                    : DAY.format(it.day());
            if (!g.equals(group)) {
                Label day = new Label(g);
                day.getStyleClass().add("agenda-day");
                if (it.overdue()) day.getStyleClass().add("danger");
                root.getChildren().add(day);
                group = g;
            }
            root.getChildren().add(line(it, i, pub));
        }
        if (items.size() > MAX_LINES) {
            Label more = new Label("and " + (items.size() - MAX_LINES) + " more in the planner");
            more.getStyleClass().add("text-muted");
            root.getChildren().add(more);
        }
    }

    private Node line(Agenda.Item it, int i, Publication pub) {
        String when = it.at() != null ? it.kind().label() + " " + pub.formatMeta(it.at())
                : it.overdue() ? it.kind().label() + " " + SHORT_DAY.format(it.day()) : it.kind().label();
        Label note = new Label(when + (it.overdue() ? " · overdue" : ""));
        note.getStyleClass().addAll("text-muted", "agenda-note");
        String title = it.piece().label();
        Hyperlink link = new Hyperlink(title.isBlank() ? "(untitled)" : title);
        link.setId("agenda-link-" + i);
        long article = it.piece().articleId();
        long series = it.piece().seriesId();
        link.setOnAction(e -> {
            if (article != 0) articleOpener.accept(article); else seriesOpener.accept(series);
        });
        HBox row = new HBox(8, note, link);
        row.setId("agenda-" + i);
        row.getStyleClass().add("agenda-line");
        if (it.overdue()) row.getStyleClass().add("overdue");
        row.setAlignment(Pos.BASELINE_LEFT);
        if (!it.conflicts().isEmpty()) {
            Label mark = new Label(null, new FontIcon(AppIcon.CONFLICT));
            mark.getStyleClass().add("conflict-count");
            mark.setId("agenda-conflict-" + i);
            mark.setTooltip(new Tooltip(it.conflicts().stream().map(c -> c.kind().label() + ": " + c.message())
                    .collect(Collectors.joining("\n"))));
            row.getChildren().add(mark);
        }
        return row;
    }
}
