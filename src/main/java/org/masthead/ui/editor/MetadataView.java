package org.masthead.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.masthead.planning.preflight.Location;
import org.masthead.ui.editor.MetadataViewModel.AuthorRow;

/** The "Article" panel: the fields of {@link MetadataViewModel} and the workflow panel. */
final class MetadataView {

    private final MetadataViewModel vm;
    private final VBox bylineRows = new VBox(4);
    private final ScrollPane root;
    private final Label series = new Label();
    private final Label noteCheck = new Label();
    private final VBox form = new VBox(6);
    /** The field each kind of preflight location focuses. */
    private final java.util.Map<Location.Field, Node> targets = new java.util.EnumMap<>(Location.Field.class);

    MetadataView(MetadataViewModel vm, Node workflow) {
        this.vm = vm;
        form.setPadding(new Insets(8));
        form.getStyleClass().add(EditorCss.SIDE_PANEL);

        TextField headline = field(vm.headlineProperty(), "headline-field");
        TextArea summary = area(vm.summaryProperty(), 3);
        TextArea note = area(vm.editorsNoteProperty(), 3);
        TextField editor = field(vm.responsibleEditorProperty(), "responsible-editor-field");
        TextField tags = field(vm.tagsProperty(), "tags-field");
        tags.setPromptText("opinion, economy, series");
        TextArea source = area(vm.sourceNoteProperty(), 2);
        summary.setId("summary-field");
        note.setId("editors-note-field");
        source.setId("source-note-field");

        ComboBox<String> language = new ComboBox<>();
        language.setEditable(true);
        language.getItems().setAll(MetadataViewModel.COMMON_LANGUAGES);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setId("language-field");

        DatePicker date = new DatePicker();
        date.setId("embargo-date");
        // The same yyyy-MM-dd the Schedule prompt asks for; a typed date that is no date is refused
        // with the field marked, never thrown on the FX thread.
        date.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                java.time.LocalDate d = MetadataViewModel.parseDate(s);
                date.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), s != null && !s.isBlank() && d == null);
                return d == null && s != null && !s.isBlank() ? date.getValue() : d;
            }
        });
        date.setPromptText("yyyy-mm-dd");
        date.valueProperty().bindBidirectional(vm.embargoDateProperty());
        date.valueProperty().addListener((o, a, b) -> {
            if (b == null) date.getEditor().clear(); // no stale text when another article has none
        });
        date.setPrefWidth(150);
        date.setMinWidth(130);
        TextField time = field(vm.embargoTimeProperty(), "embargo-time");
        time.setPromptText("HH:mm");
        time.setPrefColumnCount(5);
        time.setMinWidth(70);
        time.textProperty().addListener((o, a, b) -> time.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), vm.embargoProblem().isPresent()));
        Label zone = new Label();
        zone.textProperty().bind(Bindings.createStringBinding(() -> vm.zoneProperty().get().getId(), vm.zoneProperty()));
        Button clearEmbargo = new Button("No embargo");
        clearEmbargo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clearEmbargo.setOnAction(e -> {
            vm.embargoDateProperty().set(null);
            vm.embargoTimeProperty().set("");
        });

        Button addAuthor = new Button("Add author", new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        addAuthor.setOnAction(e -> vm.addAuthor());
        vm.byline().addListener((javafx.collections.ListChangeListener<AuthorRow>) c -> {
            boolean structural = false;
            while (c.next()) structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            if (structural) rebuildByline();
        });
        rebuildByline();

        series.setId("series-context");
        series.setWrapText(true);
        series.getStyleClass().add("text-small");
        noteCheck.setId("note-check");
        noteCheck.setWrapText(true);
        noteCheck.getStyleClass().addAll("text-small", "warning");
        showSeries("", "");
        form.getChildren().addAll(workflow, series,
                label("Headline"), headline, label("Summary"), summary, label("Editor's note"), note, noteCheck,
                label("Byline"), bylineRows, addAuthor, label("Responsible editor"), editor,
                label("Tags (comma separated)"), tags, label("Source note"), source,
                label("Language"), language,
                label("Embargo (not before)"), new HBox(6, date, time), new HBox(8, zone, clearEmbargo));
        root = new ScrollPane(form);
        root.setFitToWidth(true);
        targets.put(Location.Field.HEADLINE, headline);
        targets.put(Location.Field.SUMMARY, summary);
        targets.put(Location.Field.EDITORS_NOTE, note);
        targets.put(Location.Field.BYLINE, addAuthor);
        targets.put(Location.Field.RESPONSIBLE_EDITOR, editor);
        targets.put(Location.Field.SOURCE_NOTE, source);
        targets.put(Location.Field.SCHEDULE, workflow);
    }

    /**
     * Focuses the field a preflight finding points at and scrolls it into view; for an author of
     * the byline, the name when it is missing, else the title.
     */
    void focus(Location.Field field, int index) {
        Node n = targets.get(field);
        if (field == Location.Field.BYLINE && index >= 0 && index < bylineRows.getChildren().size()
                && bylineRows.getChildren().get(index) instanceof HBox row) {
            TextField name = (TextField) row.getChildren().get(0);
            n = name.getText().isBlank() ? name : row.getChildren().get(1);
        }
        if (n == null) return;
        n.requestFocus();
        javafx.geometry.Bounds b = form.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double scrollable = form.getHeight() - root.getViewportBounds().getHeight();
        if (b != null && scrollable > 0) root.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 24) / scrollable)));
    }

    Node view() {
        return root;
    }

    /**
     * The article's place in its series ("Part 2 of 4 of ...; next: ...") and, when its editor's
     * note no longer says what the plan says, the plan's wording; empty strings hide them.
     */
    void showSeries(String context, String noteMismatch) {
        series.setText(context);
        series.setVisible(!context.isEmpty());
        series.setManaged(!context.isEmpty());
        noteCheck.setText(noteMismatch);
        noteCheck.setVisible(!noteMismatch.isEmpty());
        noteCheck.setManaged(!noteMismatch.isEmpty());
    }

    private void rebuildByline() {
        bylineRows.getChildren().clear();
        for (AuthorRow r : vm.byline()) {
            TextField name = new TextField();
            name.textProperty().bindBidirectional(r.nameProperty());
            name.setPromptText("Name");
            TextField title = new TextField();
            title.textProperty().bindBidirectional(r.titleProperty());
            title.setPromptText("Title and affiliation");
            HBox.setHgrow(title, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.getStyleClass().add("flat");
            remove.setAccessibleText("Remove author");
            remove.setOnAction(e -> vm.removeAuthor(r));
            bylineRows.getChildren().add(new HBox(4, name, title, remove));
        }
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-caption");
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(p);
        f.setId(id);
        return f;
    }

    private static TextArea area(javafx.beans.property.StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }
}
