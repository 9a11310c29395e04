package org.masthead.ui.planner;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesPart;
import org.masthead.planning.Conflict;
import org.masthead.planning.Piece;
import org.masthead.ui.shell.AppIcon;

/**
 * One part on the board: its number, title, status, author, due dates, publication time and
 * conflicts, with its actions on a button and in a context menu. Keys: Enter opens or creates
 * the draft, Delete drops it, Alt+Left/Right moves it.
 */
final class PartCard {

    /** What the board does for a card's actions. */
    interface Actions {
        void primary(int index);
        void edit(int index);
        void dropOrReinstate(int index);
        void remove(int index);
        void insert(int at);
        void move(int from, int to);
    }

    /**
     * What the card shows beyond the plan: its label, the piece's conflicts, the due dates the
     * conflict check finds overdue, and its time as the page prints it ({@code null}: none).
     */
    record Facts(String label, List<Conflict> conflicts, Set<Piece.Due.Kind> overdue, String when) {
    }

    private static final double USE_PREF = javafx.scene.control.Control.USE_PREF_SIZE;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    static final double WIDTH = 260;

    private final VBox root = new VBox(5);
    private final int index;
    private final int size;
    private final PlanPart part;
    private final Actions actions;

    PartCard(PlanPart part, int index, int size, Facts facts, Actions actions) {
        this.part = part;
        this.index = index;
        this.size = size;
        this.actions = actions;
        build(facts);
        initKeys();
    }

    VBox view() {
        return root;
    }

    private void build(Facts f) {
        SeriesPart p = part.part();
        root.setId("card-" + index);
        root.getStyleClass().add("part-card");
        if (p.isDropped()) root.getStyleClass().add("dropped");
        if (!f.conflicts().isEmpty()) root.getStyleClass().add("has-conflict");
        root.setFocusTraversable(true);
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);
        root.setMaxWidth(WIDTH);

        Label number = new Label(f.label());
        number.setId("card-number-" + index);
        number.getStyleClass().add("part-number");
        number.setMinWidth(USE_PREF);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, number, gap);
        top.setAlignment(Pos.CENTER_LEFT);
        if (!f.conflicts().isEmpty()) top.getChildren().add(conflictMarker(f.conflicts()));
        Button primary = primaryButton();
        if (primary != null) top.getChildren().add(primary);
        MenuButton more = new MenuButton(null, new FontIcon(AppIcon.MORE));
        more.getItems().setAll(menuItems());
        more.getStyleClass().addAll("flat", "card-menu");
        more.setId("card-menu-" + index);
        more.setFocusTraversable(false);
        top.getChildren().add(more);

        Label title = new Label(part.title().isBlank() ? "(untitled)" : part.title());
        title.setId("card-title-" + index);
        title.getStyleClass().add("card-title");
        title.setWrapText(true);

        Label status = new Label(part.statusLabel());
        status.getStyleClass().addAll("status-badge", "status-" + part.statusKey());
        status.setMinWidth(USE_PREF);
        Label author = new Label(p.author().isBlank() ? "No author yet" : p.author());
        author.getStyleClass().add(p.author().isBlank() ? "text-muted" : "card-author");
        author.setMinWidth(0);
        HBox who = new HBox(8, status, author);
        who.setAlignment(Pos.CENTER_LEFT);

        FlowPane dues = new FlowPane(8, 2);
        addDue(dues, Piece.Due.Kind.PITCH, p.pitchDue(), f);
        addDue(dues, Piece.Due.Kind.DRAFT, p.draftDue(), f);
        addDue(dues, Piece.Due.Kind.EDIT, p.editDue(), f);
        if (dues.getChildren().isEmpty()) dues.getChildren().add(muted("No due dates"));

        Label when = new Label(f.when() == null ? "Not scheduled" : f.when());
        when.setGraphic(new FontIcon(AppIcon.SCHEDULE));
        when.getStyleClass().add(f.when() == null ? "text-muted" : "card-when");

        when.setMinWidth(0);
        root.getChildren().addAll(top, title, who, dues, when);
        root.setOnContextMenuRequested(e -> {
            new ContextMenu(menuItems().toArray(MenuItem[]::new)).show(root, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private Label conflictMarker(List<Conflict> conflicts) {
        Label mark = new Label(Integer.toString(conflicts.size()), new FontIcon(AppIcon.CONFLICT));
        mark.setId("card-conflict-" + index);
        mark.getStyleClass().add("conflict-count");
        Tooltip t = new Tooltip(conflicts.stream().map(c -> c.kind().label() + ": " + c.message()).collect(Collectors.joining("\n")));
        t.setWrapText(true);
        t.setMaxWidth(420);
        mark.setTooltip(t);
        return mark;
    }

    /** A due date, marked when the conflict check calls it overdue. */
    private void addDue(FlowPane box, Piece.Due.Kind kind, LocalDate date, Facts f) {
        if (date == null) return;
        Label l = new Label(kind.label() + " " + DUE.format(date));
        l.getStyleClass().add("card-due");
        if (f.overdue().contains(kind)) {
            l.getStyleClass().add("overdue");
            l.setText(l.getText() + " · overdue");
        }
        box.getChildren().add(l);
    }

    /** "Open" for a part with an article, "Create draft" for one without (not for a dropped part). */
    private Button primaryButton() {
        boolean open = part.article() != null;
        if (!open && part.part().isDropped()) return null;
        Button b = new Button(open ? "Open" : "Create draft");
        b.setTooltip(new Tooltip(open ? "Open the article (Enter)" : "Create the draft from the plan and open it (Enter)"));
        b.setOnAction(e -> actions.primary(index));
        b.setId((open ? "card-open-" : "card-draft-") + index);
        b.getStyleClass().add("small");
        b.setMinWidth(USE_PREF);
        b.setFocusTraversable(false);
        return b;
    }

    private List<MenuItem> menuItems() {
        List<MenuItem> l = new ArrayList<>();
        if (part.article() != null) l.add(item("Open article", () -> actions.primary(index)));
        else if (!part.part().isDropped()) l.add(item("Create draft", () -> actions.primary(index)));
        l.add(item("Edit part…", () -> actions.edit(index)));
        l.add(new SeparatorMenuItem());
        l.add(item("Insert part before", () -> actions.insert(index)));
        l.add(item("Insert part after", () -> actions.insert(index + 1)));
        MenuItem left = item("Move left", () -> actions.move(index, index - 1));
        left.setDisable(index == 0);
        MenuItem right = item("Move right", () -> actions.move(index, index + 1));
        right.setDisable(index == size - 1);
        l.add(left);
        l.add(right);
        l.add(new SeparatorMenuItem());
        MenuItem drop = item(part.part().isDropped() ? "Reinstate" : "Drop", () -> actions.dropOrReinstate(index));
        drop.setDisable(part.isPublished());
        MenuItem remove = item("Remove", () -> actions.remove(index));
        remove.setDisable(part.isPublished());
        l.add(drop);
        l.add(remove);
        return l;
    }

    private static MenuItem item(String text, Runnable r) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> r.run());
        return m;
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    private void initKeys() {
        root.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                if (index > 0) actions.move(index, index - 1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                if (index < size - 1) actions.move(index, index + 1);
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.primary(index);
            } else if (e.getCode() == KeyCode.DELETE) {
                if (!part.part().isDropped() && !part.isPublished()) actions.dropOrReinstate(index);
            } else {
                return;
            }
            e.consume();
        });
    }
}
