package org.masthead.ui.editor;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.masthead.model.Article;
import org.masthead.model.Correction;
import org.masthead.model.Publication;

/** Status, publication stamps, corrections and the next workflow steps as buttons. */
final class WorkflowPanel {

    private final Label status = new Label();
    private final Label stamps = new Label();
    private final VBox corrections = new VBox(2);
    private final FlowPane buttons = new FlowPane(6, 6);
    private final VBox root;
    private final ObservableValue<Article> article;
    private final ObservableBooleanValue dirty;
    private final Supplier<Publication> publication;
    private final Consumer<WorkflowSteps.Step> perform;

    WorkflowPanel(ObservableValue<Article> article, ObservableBooleanValue dirty, Supplier<Publication> publication,
                  Consumer<WorkflowSteps.Step> perform) {
        this.article = article;
        this.dirty = dirty;
        this.publication = publication;
        this.perform = perform;
        status.getStyleClass().add("title-4");
        status.setId("status-label");
        stamps.setWrapText(true);
        buttons.setId("workflow-buttons");
        root = new VBox(6, status, stamps, buttons, corrections);
        root.setPadding(new Insets(0, 0, 8, 0));
        article.addListener((o, a, b) -> refresh());
        dirty.addListener((o, a, b) -> refresh());
        refresh();
    }

    Node view() {
        return root;
    }

    void refresh() {
        Article a = article.getValue();
        buttons.getChildren().clear();
        corrections.getChildren().clear();
        if (a == null) {
            status.setText("");
            stamps.setText("");
            return;
        }
        Publication pub = publication.get();
        status.setText(a.status().label() + (a.hasPendingUpdate() ? " · update pending" : ""));
        StringBuilder sb = new StringBuilder();
        if (a.firstPublished() != null) sb.append("First published ").append(pub.formatMeta(a.firstPublished()));
        if (a.lastUpdated() != null && !a.lastUpdated().equals(a.firstPublished())) {
            sb.append("\nLast updated ").append(pub.formatMeta(a.lastUpdated()));
        }
        if (a.scheduledAt() != null && a.status() == org.masthead.model.ArticleStatus.SCHEDULED) {
            sb.append(sb.length() > 0 ? "\n" : "").append("Scheduled for ")
                    .append(pub.formatMeta(a.scheduledAt()));
        }
        if (!a.withdrawalNotice().isEmpty()) sb.append(sb.length() > 0 ? "\n" : "").append("Notice: ").append(a.withdrawalNotice());
        stamps.setText(sb.toString());
        for (WorkflowSteps.Step s : WorkflowSteps.of(a, dirty.get())) {
            Button b = new Button(s.label());
            if (s.publishes()) b.getStyleClass().add("accent");
            b.setOnAction(e -> perform.accept(s));
            buttons.getChildren().add(b);
        }
        if (!a.corrections().isEmpty()) corrections.getChildren().add(new Label("Corrections"));
        for (Correction c : a.corrections()) {
            Label l = new Label(pub.formatMeta(c.at()) + ": " + c.text());
            l.setWrapText(true);
            corrections.getChildren().add(l);
        }
    }
}
