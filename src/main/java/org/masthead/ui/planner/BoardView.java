package org.masthead.ui.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.PlanPart;
import org.masthead.model.Publication;
import org.masthead.model.SeriesPart;
import org.masthead.planning.Conflict;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Piece;
import org.masthead.planning.Plan;
import org.masthead.ui.shell.AppIcon;

/**
 * The selected series' board: a header (title, cadence, teaser, commands) over its parts as
 * cards in order. Dragging a card onto another's place moves it there; the numbers follow.
 */
public final class BoardView implements PartCard.Actions {

    private final PlannerModel model;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label teaser = new Label();
    private final Button addPart = new Button("Add part", new FontIcon(AppIcon.ADD));
    private final Button pageUpdates = new Button("Page updates", new FontIcon(AppIcon.CONFLICT));
    private final Button autoSchedule = new Button("Auto-schedule", new FontIcon(AppIcon.AUTO_SCHEDULE));
    private final Button editSeries = new Button("Edit series…", new FontIcon(AppIcon.SETTINGS));
    private final HBox cards = new HBox(10);
    private final ScrollPane scroll = new ScrollPane(cards);
    private final Label empty = new Label("Select a series on the left, or start one with New series…");
    private final CardDrag drag = new CardDrag(this::move);
    private final List<PartCard> shown = new ArrayList<>();
    private long focusPart;

    public BoardView(PlannerModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public Node view() {
        return root;
    }

    private void createView() {
        root.setId("board");
        root.getStyleClass().add("board");
        root.setPadding(new Insets(10, 12, 8, 12));
        title.setId("board-title");
        title.getStyleClass().add("title-3");
        meta.setId("board-meta");
        meta.getStyleClass().add("text-muted");
        teaser.setId("board-teaser");
        teaser.getStyleClass().add("board-teaser");
        addPart.setId("board-add-part");
        autoSchedule.setId("board-auto-schedule");
        editSeries.setId("board-edit-series");
        pageUpdates.setId("board-page-updates");
        pageUpdates.getStyleClass().add("warning");
        pageUpdates.setTooltip(new javafx.scene.control.Tooltip("Changes to the plan that altered published pages: their updates are due"));
        for (Button b : List.of(pageUpdates, addPart, autoSchedule, editSeries)) b.setFocusTraversable(false);
        for (Button b : List.of(pageUpdates, addPart, autoSchedule, editSeries)) b.setMinWidth(Region.USE_PREF_SIZE);
        VBox about = new VBox(2, title, meta, teaser);
        about.setMinWidth(0);
        HBox.setHgrow(about, Priority.ALWAYS);
        HBox head = new HBox(8, about, pageUpdates, addPart, autoSchedule, editSeries);
        head.setAlignment(Pos.TOP_LEFT);
        cards.setId("board-cards");
        cards.setPadding(new Insets(4, 2, 8, 2));
        cards.setFillHeight(true);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // Room for the header and a whole card: the calendar below gives way first.
        root.setMinHeight(300);
        empty.getStyleClass().add("text-muted");
        root.getChildren().addAll(head, scroll);
        show();
    }

    private void initListeners() {
        model.selectedProperty().addListener((o, a, b) -> show());
        model.reportProperty().addListener((o, a, b) -> show());
        addPart.setOnAction(e -> insert(model.selectedProperty().get() == null ? 0 : model.selectedProperty().get().parts().size()));
        autoSchedule.setOnAction(e -> model.autoSchedule());
        pageUpdates.setOnAction(e -> model.showPageUpdates());
        model.pageUpdatesProperty().addListener((o, a, b) -> showPageUpdates());
        model.selectedProperty().addListener((o, a, b) -> showPageUpdates());
        showPageUpdates();
        editSeries.setOnAction(e -> {
            Plan p = model.selectedProperty().get();
            if (p != null) new SeriesActions(model, this::window).edit(p.series().id());
        });
    }

    private void showPageUpdates() {
        int n = model.selectedPageUpdates().size();
        pageUpdates.setText("Page updates (" + n + ")");
        pageUpdates.setVisible(n > 0);
        pageUpdates.setManaged(n > 0);
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Rebuilds the header and the cards from the selected plan, its schedule and conflicts. */
    private void show() {
        Plan p = model.selectedProperty().get();
        boolean none = p == null;
        // a login that may not plan: the editing buttons are off; any other way in says why (PlannerModel.refused)
        for (Button b : List.of(addPart, autoSchedule, editSeries)) b.setDisable(none || model.readOnlyProperty().get());
        shown.clear();
        if (none) {
            title.setText("No series");
            meta.setText("");
            teaser.setText("");
            cards.getChildren().setAll(empty);
            return;
        }
        title.setText(p.series().title());
        String owner = p.series().owner().isBlank() ? "" : " · " + p.series().owner();
        meta.setText(p.series().status().label() + " · " + p.count() + " parts · " + p.series().cadence().describe() + owner);
        teaser.setText(teaserPreview(p));
        meta.setTooltip(new javafx.scene.control.Tooltip(meta.getText()));
        teaser.setTooltip(new javafx.scene.control.Tooltip(teaser.getText()));
        Conflicts.Report report = model.reportProperty().get();
        Map<String, Piece> pieces = model.scheduleProperty().get().byKey();
        Publication pub = model.publicationProperty().get();
        LocalDate today = LocalDate.ofInstant(model.context().now(), model.slotsProperty().get().zone());
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < p.parts().size(); i++) {
            PlanPart pp = p.parts().get(i);
            String key = "p:" + pp.part().id();
            Piece piece = pieces.get(key);
            PartCard card = new PartCard(pp, i, p.parts().size(), facts(p, i, report.of(key), piece, pub, today), this);
            drag.attach(card.view(), i);
            shown.add(card);
            nodes.add(card.view());
        }
        if (nodes.isEmpty()) nodes.add(new Label("No parts: add one with Add part."));
        cards.getChildren().setAll(nodes);
        refocus(p);
    }

    private static PartCard.Facts facts(Plan p, int i, List<Conflict> conflicts, Piece piece, Publication pub, LocalDate today) {
        Set<Piece.Due.Kind> overdue = EnumSet.noneOf(Piece.Due.Kind.class);
        boolean late = conflicts.stream().anyMatch(c -> c.kind() == Conflict.Kind.OVERDUE);
        if (late && piece != null) {
            for (Piece.Due d : piece.dues()) if (!d.done() && d.date().isBefore(today)) overdue.add(d.kind());
        }
        SeriesPart part = p.parts().get(i).part();
        java.time.Instant at = piece != null && piece.time() != null ? piece.instant() : part.planned() == null ? null : part.planned().instant();
        return new PartCard.Facts(p.partLabel(i), conflicts, overdue, at == null ? null : pub.formatMeta(at));
    }

    /** What the latest published page's teaser says (the first part's, before any is out). */
    static String teaserPreview(Plan p) {
        int at = -1;
        for (int i = 0; i < p.parts().size(); i++) if (p.parts().get(i).isPublished()) at = i;
        for (int i = 0; at < 0 && i < p.parts().size(); i++) if (!p.parts().get(i).part().isDropped()) at = i;
        if (at < 0) return "";
        int index = at;
        return p.partLabel(index) + " ends: " + p.teaser(index).map(t -> "\u201c" + t + "\u201d").orElse("no teaser (the last part)");
    }

    /** After a keyboard move the moved card keeps the focus. */
    private void refocus(Plan p) {
        if (focusPart == 0) return;
        int i = p.indexOfPart(focusPart);
        if (i >= 0) shown.get(i).view().requestFocus();
    }

    // ---- card actions ----

    @Override
    public void primary(int index) {
        Plan p = model.selectedProperty().get();
        if (p == null) return;
        PlanPart pp = p.parts().get(index);
        if (pp.article() != null) model.openArticle(pp.article().id());
        else if (!pp.part().isDropped()) model.createDraft(index);
    }

    @Override
    public void edit(int index) {
        Plan p = model.selectedProperty().get();
        if (p == null) return;
        SeriesPart part = p.parts().get(index).part();
        boolean fixed = part.isDropped() || part.hasArticle();
        PartDialog.show(window(), PartForm.Fields.of(part, p.series().cadence()), fixed, "Edit " + p.partLabel(index).toLowerCase())
                .ifPresent(f -> model.updatePart(index, PartForm.parse(f, part)));
    }

    @Override
    public void dropOrReinstate(int index) {
        Plan p = model.selectedProperty().get();
        if (p == null) return;
        focusPart = p.parts().get(index).part().id();
        if (p.parts().get(index).part().isDropped()) model.reinstatePart(index); else model.dropPart(index);
    }

    @Override
    public void remove(int index) {
        focusPart = 0;
        model.removePart(index);
    }

    @Override
    public void insert(int at) {
        Plan p = model.selectedProperty().get();
        if (p == null) return;
        model.context().dialogs().prompt("Add part", "Working title", "Part " + (p.count() + 1))
                .filter(t -> !t.isBlank()).ifPresent(t -> model.insertPart(at, t));
    }

    @Override
    public void move(int from, int to) {
        Plan p = model.selectedProperty().get();
        if (p == null || to < 0 || to >= p.parts().size() || from == to) return;
        focusPart = p.parts().get(from).part().id();
        model.movePart(from, to);
    }

    /** The card nodes in order, for tests and the keyboard. */
    public List<Node> cards() {
        return shown.stream().map(c -> (Node) c.view()).toList();
    }
}
