package org.masthead.ui.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.planning.Conflict;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Piece;

/** The chips of the calendar and the pool: a piece's time and label, its state, its conflicts. */
final class ChipFactory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final PlannerModel model;
    private final ChipDrag drag;

    ChipFactory(PlannerModel model, ChipDrag drag) {
        this.model = model;
        this.drag = drag;
    }

    /** A piece in a day's publishing lane: "15:40 label". */
    Label publishing(Piece p, ZoneId zone, Conflicts.Report report, boolean highlighted) {
        Label chip = new Label();
        chip.setId(id(p));
        chip.getStyleClass().add(CalendarCss.CHIP);
        dress(chip, p, report, TIME.format(p.instant().atZone(zone)) + "  " + shortLabel(p), zone);
        if (highlighted) chip.getStyleClass().add(CalendarCss.CHIP_HIGHLIGHT);
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMinWidth(0);
        drag.source(chip, p::key);
        openOnDoubleClick(chip, () -> p);
        return chip;
    }

    /** A due date in a day's due lane: "Draft due: label"; marked when overdue or done. */
    Label due(DayIndex.DueItem d, LocalDate today) {
        Label l = new Label(d.text());
        l.getStyleClass().add(CalendarCss.DUE);
        if (d.due().done()) l.getStyleClass().add(CalendarCss.DUE_DONE);
        else if (d.due().date().isBefore(today)) l.getStyleClass().add(CalendarCss.DUE_OVERDUE);
        String state = d.due().done() ? "done" : d.due().date().isBefore(today) ? "overdue" : "open";
        l.setTooltip(tooltip(d.text() + " (" + state + ")\nAuthor: " + (d.piece().author().isBlank() ? "none yet" : d.piece().author())));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(0);
        openOnDoubleClick(l, d::piece);
        return l;
    }

    /** Sets a chip's text, state, icon and tooltip for a piece (the pool's cells use it too). */
    void dress(Labeled chip, Piece p, Conflicts.Report report, String text, ZoneId zone) {
        chip.setText(text);
        List<Conflict> conflicts = report.of(p.key());
        chip.getStyleClass().removeAll(CalendarCss.CHIP_CONFLICT, CalendarCss.CHIP_LOCKED);
        if (p.locked()) chip.getStyleClass().add(CalendarCss.CHIP_LOCKED);
        if (!conflicts.isEmpty()) chip.getStyleClass().add(CalendarCss.CHIP_CONFLICT);
        FontIcon icon = conflicts.isEmpty() ? (p.locked() ? new FontIcon(CalendarCss.LOCKED) : null) : new FontIcon(CalendarCss.CONFLICT);
        if (icon != null) icon.getStyleClass().add(CalendarCss.CHIP_ICON);
        chip.setGraphic(icon);
        chip.setTooltip(tooltip(describe(p, conflicts, zone)));
    }

    /** What a narrow chip shows first: the title, then the series and the part's number ("Title · Series 2/4"). */
    static String shortLabel(Piece p) {
        String t = p.title().isBlank() ? "(untitled)" : p.title();
        return p.isPart() ? t + " · " + p.seriesTitle() + " " + p.number() + "/" + p.count() : t;
    }

    /** A month cell's due lane in one line: the due date itself, or how many fall due and how many are overdue. */
    Label dueSummary(java.util.List<DayIndex.DueItem> dues, LocalDate today) {
        if (dues.size() == 1) return due(dues.get(0), today);
        long overdue = dues.stream().filter(d -> !d.due().done() && d.due().date().isBefore(today)).count();
        long open = dues.stream().filter(d -> !d.due().done()).count();
        Label l = new Label(dues.size() + " due" + (overdue > 0 ? ", " + overdue + " overdue" : open == 0 ? ", all done" : ""));
        l.getStyleClass().add(CalendarCss.DUE);
        if (overdue > 0) l.getStyleClass().add(CalendarCss.DUE_OVERDUE);
        else if (open == 0) l.getStyleClass().add(CalendarCss.DUE_DONE);
        StringBuilder tip = new StringBuilder();
        for (DayIndex.DueItem d : dues) {
            if (!tip.isEmpty()) tip.append('\n');
            tip.append(d.text()).append(d.due().done() ? " (done)" : d.due().date().isBefore(today) ? " (overdue)" : "");
        }
        l.setTooltip(tooltip(tip.toString()));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(0);
        return l;
    }

    static String id(Piece p) {
        return "chip-" + p.key();
    }

    /** Double-click: the article if there is one, else the part's series on the board. */
    void open(Piece p) {
        if (p.articleId() != 0) model.openArticle(p.articleId());
        else if (p.seriesId() != 0) model.select(p.seriesId());
    }

    private void openOnDoubleClick(Labeled l, java.util.function.Supplier<Piece> piece) {
        l.setOnMouseClicked(e -> {
            Piece p = piece.get();
            if (p != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) open(p);
        });
    }

    private static String describe(Piece p, List<Conflict> conflicts, ZoneId zone) {
        StringBuilder sb = new StringBuilder(p.label());
        sb.append('\n').append(p.statusLabel());
        if (p.locked()) sb.append(" — its date is history and cannot change");
        if (!p.author().isBlank()) sb.append("\nAuthor: ").append(p.author());
        if (p.time() != null) {
            sb.append(p.locked() ? "\nWent out " : "\nGoes out ").append(WHEN.format(p.instant().atZone(zone))).append(" (").append(zone.getId()).append(')');
            if (!p.time().zone().equals(zone)) sb.append(", ").append(WHEN.format(p.time().local())).append(" in ").append(p.time().zone().getId());
        }
        for (Piece.Due d : p.dues()) sb.append('\n').append(d.kind().label()).append(" due ").append(d.date()).append(d.done() ? " (done)" : "");
        if (!conflicts.isEmpty()) {
            sb.append("\n\nConflicts:");
            for (Conflict c : conflicts) sb.append("\n• ").append(c.kind().label()).append(": ").append(c.message());
        }
        return sb.toString();
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }
}
