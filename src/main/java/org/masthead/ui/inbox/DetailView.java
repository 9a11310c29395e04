package org.masthead.ui.inbox;

import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionVersion;

/**
 * The selected submission: who sent what and when, its deadlines, an editable form of its
 * details, its current text (or an earlier version), and below it the sections of
 * {@link DetailSections}. Rebuilt whenever another submission is shown.
 */
final class DetailView {

    private final DetailModel model;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private LongConsumer opener = id -> { };

    DetailView(DetailModel model) {
        this.model = model;
        root.setId("inbox-detail");
        root.setFitToWidth(true);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("inbox-detail");
        model.detailProperty().addListener((o, a, d) -> show(d));
        show(null);
    }

    /** Where "Open" on a twin or a past submission goes: the list selects it. */
    void setOpener(LongConsumer o) {
        this.opener = o;
    }

    Node view() {
        return root;
    }

    private void show(SubmissionDetail d) {
        if (d == null) {
            content.getChildren().setAll(DocumentText.muted("Select a submission. J and K move through the list; S, A, R and D triage; U undoes."));
            return;
        }
        Submission s = d.submission();
        java.time.ZoneId zone = model.zone();
        Label title = new Label(s.title().isEmpty() ? "(no title)" : s.title());
        title.setId("detail-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        String from = s.fromName().isEmpty() ? s.fromEmail() : s.fromName() + " <" + s.fromEmail() + ">";
        Label meta = DocumentText.muted("#" + s.id() + " · " + s.status().label() + " · " + s.kind().label() + " · " + from);
        StringBuilder facts = new StringBuilder("Received " + DetailForm.format(s.receivedAt(), zone) + " · " + String.format("%,d", s.length()) + " "
                + s.lengthUnit().key() + " · " + (s.language().isEmpty() ? "language unknown" : s.language()) + " · " + (s.pitch() ? "pitch" : "full draft"));
        if (s.exclusive()) facts.append(" · EXCLUSIVE").append(s.exclusiveUntil() == null ? "" : " until " + DetailForm.format(s.exclusiveUntil(), zone));
        if (s.answerDue() != null) facts.append(" · answer due ").append(DetailForm.format(s.answerDue(), zone));
        if (s.newsPegExpiry() != null) facts.append(" · news peg until ").append(s.newsPegExpiry());
        Label factLine = new Label(facts.toString());
        factLine.setWrapText(true);
        content.getChildren().setAll(title, meta, factLine);
        if (!s.claimedTitle().isEmpty()) {
            content.getChildren().add(new Label(s.claimedTitle() + (s.titleVerified() ? "  ✓ verified by " + s.verifiedBy() : "  (not verified)")));
        }
        if (s.articleId() != null) content.getChildren().add(new Label("Converted into article #" + s.articleId()));
        if (d.twin() != null) content.getChildren().add(twin(d));
        content.getChildren().add(form(s));
        content.getChildren().add(text(d));
        new DetailSections(model, opener).addTo(content, d);
    }

    private Node twin(SubmissionDetail d) {
        Label l = new Label("Possible duplicate of #" + d.twin().id() + ": " + d.twin().title() + " (" + d.twin().status().label().toLowerCase() + ")");
        l.setWrapText(true);
        Button open = new Button("Open #" + d.twin().id());
        open.setId("detail-open-twin");
        open.setOnAction(e -> opener.accept(d.twin().id()));
        Button clear = new Button("Not a duplicate");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> model.notADuplicate());
        HBox box = new HBox(8, l, open, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("duplicate-banner");
        return box;
    }

    private Node form(Submission s) {
        DetailForm f = DetailForm.of(s, model.zone());
        TextField title = field(f.title());
        TextField claimed = field(f.claimedTitle());
        CheckBox verified = new CheckBox("verified" + (s.titleVerified() ? " by " + s.verifiedBy() : ""));
        verified.setSelected(f.verified());
        TextArea bio = area(f.bio());
        TextArea conflict = area(f.conflictNote());
        TextField language = field(f.language());
        language.setId("detail-language");
        language.setPrefColumnCount(5);
        CheckBox pitch = new CheckBox("pitch (not a full draft)");
        pitch.setSelected(f.pitch());
        CheckBox exclusive = new CheckBox("exclusive offer, until");
        exclusive.setSelected(f.exclusive());
        TextField until = field(f.exclusiveUntil());
        until.setPromptText("2026-05-06 14:00");
        TextField due = field(f.answerDue());
        due.setId("detail-answer-due");
        due.setPromptText("2026-05-06 14:00");
        TextField peg = field(f.newsPegExpiry());
        peg.setPromptText("2026-05-06");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int r = 0;
        g.addRow(r++, new Label("Title"), title);
        g.addRow(r++, new Label("Claimed title"), new HBox(8, claimed, verified));
        g.addRow(r++, new Label("Bio"), bio);
        g.addRow(r++, new Label("Conflict of interest"), conflict);
        g.addRow(r++, new Label("Language"), new HBox(8, language, pitch));
        g.addRow(r++, new Label("Exclusive"), new HBox(8, exclusive, until));
        g.addRow(r++, new Label("Answer due (" + model.zone().getId() + ")"), due);
        g.addRow(r++, new Label("News peg expires"), peg);
        HBox.setHgrow(claimed, Priority.ALWAYS);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Button save = new Button("Save details");
        save.setId("detail-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.save(new DetailForm(title.getText(), claimed.getText(), verified.isSelected(), bio.getText(), conflict.getText(),
                language.getText(), pitch.isSelected(), exclusive.isSelected(), until.getText(), due.getText(), peg.getText())));
        g.add(save, 1, r);
        TitledPane p = new TitledPane("Details", g);
        p.setExpanded(false);
        p.setId("detail-form");
        return p;
    }

    private Node text(SubmissionDetail d) {
        VBox box = new VBox(6);
        SubmissionVersion current = d.current();
        if (current == null) {
            box.getChildren().add(DocumentText.muted("(no text)"));
            return new TitledPane("Text", box);
        }
        VBox body = new VBox(DocumentText.render(current.document()));
        if (d.versions().size() > 1) {
            ComboBox<SubmissionVersion> pick = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(d.versions()));
            pick.setConverter(new javafx.util.StringConverter<>() {
                @Override public String toString(SubmissionVersion v) {
                    return v == null ? "" : "Version " + v.number() + " — " + v.source() + " — " + DetailForm.format(v.createdAt(), model.zone());
                }
                @Override public SubmissionVersion fromString(String s) { return null; }
            });
            pick.setValue(current);
            pick.setOnAction(e -> body.getChildren().setAll(DocumentText.render(pick.getValue().document())));
            box.getChildren().add(new HBox(8, new Label(d.versions().size() + " versions; showing"), pick));
        } else {
            box.getChildren().add(DocumentText.muted("From " + current.source()));
        }
        box.getChildren().add(body);
        TitledPane p = new TitledPane("Text", box);
        p.setId("detail-text");
        return p;
    }

    private static TextField field(String v) {
        TextField t = new TextField(v);
        t.setPrefColumnCount(24);
        return t;
    }

    private static TextArea area(String v) {
        TextArea t = new TextArea(v);
        t.setPrefRowCount(2);
        t.setWrapText(true);
        return t;
    }
}
