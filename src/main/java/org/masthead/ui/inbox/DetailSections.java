package org.masthead.ui.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.masthead.model.ActivityEntry;
import org.masthead.model.ArticleSummary;
import org.masthead.model.AttachmentInfo;
import org.masthead.model.MailRecord;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Review;
import org.masthead.model.SubmissionNote;
import org.masthead.model.SubmissionRow;
import org.masthead.triage.Scores;

/**
 * The lower sections of the detail pane: tags, attachments and links, history, reviews with
 * averages and the acting reviewer's own scores, private notes, replies sent, the contributor
 * view and the activity log.
 */
final class DetailSections {

    private final DetailModel model;
    private final LongConsumer opener;

    DetailSections(DetailModel model, LongConsumer opener) {
        this.model = model;
        this.opener = opener;
    }

    void addTo(VBox box, SubmissionDetail d) {
        box.getChildren().addAll(tags(d), attachments(d), history(d), reviews(d), notes(d), replies(d), contributor(d), activity(d));
    }

    private String time(java.time.Instant t) {
        return DetailForm.format(t, model.zone());
    }

    private static TitledPane section(String title, String id, Node content, boolean expanded) {
        TitledPane p = new TitledPane(title, content);
        p.setId(id);
        p.setExpanded(expanded);
        return p;
    }

    private Node tags(SubmissionDetail d) {
        FlowPane chips = new FlowPane(6, 6);
        for (String t : d.submission().tags()) {
            Button chip = new Button(t + "  ×");
            chip.getStyleClass().addAll("small", "tag-chip");
            chip.setOnAction(e -> model.removeTag(t));
            chips.getChildren().add(chip);
        }
        TextField add = new TextField();
        add.setId("detail-add-tag");
        add.setPromptText("add a tag, Enter");
        add.setPrefColumnCount(10);
        add.setOnAction(e -> model.addTag(add.getText()));
        chips.getChildren().add(add);
        return section("Tags", "detail-tags", chips, true);
    }

    private Node attachments(SubmissionDetail d) {
        VBox box = new VBox(4);
        for (AttachmentInfo a : d.attachments()) {
            String what = SafeFileName.clean(a.fileName()) + " — " + a.contentType() + ", " + String.format("%,d", a.size()) + " bytes, "
                    + a.outcome().key() + (a.error() == null || a.error().isEmpty() ? "" : ": " + a.error());
            Label l = new Label(what);
            l.setWrapText(true);
            Button save = new Button("Save attachment…");
            save.getStyleClass().add("small");
            save.setOnAction(e -> model.saveAttachment(a));
            HBox row = new HBox(8, l, save);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        Set<String> links = new LinkedHashSet<>();
        for (MailRecord m : d.history()) links.addAll(m.links());
        for (String link : links) {
            Label l = new Label("Online document: " + link); // shown, not opened: the address came from a stranger
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (box.getChildren().isEmpty()) box.getChildren().add(DocumentText.muted("No attachments or links."));
        return section("Attachments and links (" + d.attachments().size() + ")", "detail-attachments", box, !d.attachments().isEmpty());
    }

    private Node history(SubmissionDetail d) {
        VBox box = new VBox(4);
        for (MailRecord m : d.history()) {
            String warn = m.warnings().isEmpty() ? "" : "  ⚠ " + String.join("; ", m.warnings());
            box.getChildren().add(new Label(time(m.receivedAt()) + "  " + m.kind().label() + "  \u201C" + m.subject() + "\u201D from "
                    + (m.fromName().isEmpty() ? m.fromEmail() : m.fromName()) + warn));
        }
        if (box.getChildren().isEmpty()) box.getChildren().add(DocumentText.muted("No messages."));
        return section("History (" + d.history().size() + " messages, " + d.versions().size() + " versions)", "detail-history", box, d.history().size() > 1);
    }

    private Node reviews(SubmissionDetail d) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(4);
        int r = 0;
        g.addRow(r++, bold("Reviewer"), bold("Argument"), bold("Originality"), bold("Timeliness"), bold("Writing"), bold("Mean"));
        for (Review v : d.reviews()) {
            g.addRow(r++, new Label(v.reviewerName()), score(v.argument()), score(v.originality()), score(v.timeliness()), score(v.writing()),
                    new Label(Scores.format(v.average() == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(v.average()))));
        }
        Scores.Summary s = d.scores();
        g.addRow(r++, bold("Average"), bold(s.format(Scores.Criterion.ARGUMENT)), bold(s.format(Scores.Criterion.ORIGINALITY)),
                bold(s.format(Scores.Criterion.TIMELINESS)), bold(s.format(Scores.Criterion.WRITING)), bold(s.formatOverall()));
        List<ComboBox<Integer>> mine = new ArrayList<>();
        List<Node> row = new ArrayList<>();
        row.add(new Label("Your scores"));
        for (int i = 0; i < 4; i++) {
            ComboBox<Integer> c = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(null, 1, 2, 3, 4, 5));
            c.setPrefWidth(70);
            mine.add(c);
            row.add(c);
        }
        Button save = new Button("Score");
        save.setOnAction(e -> model.score(mine.get(0).getValue(), mine.get(1).getValue(), mine.get(2).getValue(), mine.get(3).getValue()));
        row.add(save);
        g.addRow(r, row.toArray(Node[]::new));
        return section("Reviews (" + d.reviews().size() + ", average " + s.formatOverall() + ")", "detail-reviews", g, true);
    }

    private Node notes(SubmissionDetail d) {
        VBox box = new VBox(4);
        for (SubmissionNote n : d.notes()) {
            Label l = new Label(time(n.at()) + "  " + n.author() + ": " + n.text());
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        TextArea text = new TextArea();
        text.setId("detail-note");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.setPromptText("A private note (never shown to the author)");
        Button add = new Button("Add note");
        add.setOnAction(e -> model.addNote(text.getText()));
        box.getChildren().addAll(text, add);
        return section("Private notes (" + d.notes().size() + ")", "detail-notes", box, true);
    }

    private Node replies(SubmissionDetail d) {
        VBox box = new VBox(4);
        for (ReplyRecord r : d.replies()) {
            box.getChildren().add(new Label(time(r.sentAt()) + "  " + r.kind().key() + " via " + r.channel().key() + " by " + r.actor()
                    + (r.subject().isEmpty() ? "" : "  \u201C" + r.subject() + "\u201D")));
        }
        if (box.getChildren().isEmpty()) box.getChildren().add(DocumentText.muted("No reply yet."));
        return section("Replies (" + d.replies().size() + ")", "detail-replies", box, !d.replies().isEmpty());
    }

    private Node contributor(SubmissionDetail d) {
        VBox box = new VBox(4);
        var s = d.submission();
        box.getChildren().add(new Label((s.fromName().isEmpty() ? s.fromEmail() : s.fromName() + " <" + s.fromEmail() + ">")
                + (s.claimedTitle().isEmpty() ? "" : " — " + s.claimedTitle() + (s.titleVerified() ? " (verified by " + s.verifiedBy() + ")" : " (not verified)"))));
        for (SubmissionRow r : d.pastFromSender()) {
            Hyperlink open = new Hyperlink("#" + r.id() + " " + r.title());
            open.setOnAction(e -> opener.accept(r.id()));
            box.getChildren().add(new HBox(6, new Label(DetailForm.format(r.receivedAt(), model.zone())), open, new Label("— " + r.status().label())));
        }
        if (d.pastFromSender().isEmpty()) box.getChildren().add(DocumentText.muted("Nothing else from this address."));
        for (ArticleSummary a : d.articlesByName()) {
            box.getChildren().add(new Label("Article #" + a.id() + " " + a.headline() + " — " + a.status().name().toLowerCase()));
        }
        return section("Contributor (" + d.pastFromSender().size() + " other submissions, " + d.articlesByName().size() + " articles)",
                "detail-contributor", box, !d.pastFromSender().isEmpty());
    }

    private Node activity(SubmissionDetail d) {
        VBox box = new VBox(2);
        for (ActivityEntry a : d.activity()) {
            box.getChildren().add(new Label(time(a.at()) + "  " + a.actor() + "  " + a.action() + (a.detail().isEmpty() ? "" : ": " + a.detail())));
        }
        return section("Activity (" + d.activity().size() + ")", "detail-activity", box, false);
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label score(Integer v) {
        return new Label(v == null ? Scores.NONE : v.toString());
    }
}
