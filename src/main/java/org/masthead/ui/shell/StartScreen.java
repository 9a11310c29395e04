package org.masthead.ui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.masthead.model.ArticleStatus;
import org.masthead.model.ArticleSummary;
import org.masthead.model.Publication;
import org.masthead.planning.Agenda;

/**
 * The start screen: recent articles, counts by status and what is scheduled next. Loads its
 * figures through the task runner each time it is shown.
 */
public final class StartScreen {

    /** What the screen shows, read in one go off the FX thread. */
    public record Snapshot(Publication publication, List<ArticleSummary> recent, Map<ArticleStatus, Integer> counts,
                           List<ArticleSummary> scheduled, List<Agenda.Item> agenda, LocalDate today,
                           Map<org.masthead.model.SubmissionStatus, Integer> inbox, int inboxDue) {
    }

    /** The inbox statuses Home counts: those still waiting for a decision. */
    static final List<org.masthead.model.SubmissionStatus> WAITING = List.of(org.masthead.model.SubmissionStatus.NEW,
            org.masthead.model.SubmissionStatus.IN_REVIEW, org.masthead.model.SubmissionStatus.SHORTLISTED);

    /** How many days "this week" looks ahead, today included. */
    static final int AGENDA_DAYS = 7;

    private final AppContext ctx;
    private final LongConsumer opener;
    private final Consumer<ArticleStatus> filterer;
    private final Runnable newArticle;
    private final VBox root = new VBox(18);
    private final Label title = new Label("Masthead");
    private final FlowPane counts = new FlowPane(10, 10);
    private final VBox recent = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(root);
    private final VBox scheduled = new VBox(4);
    private final AgendaView agenda;
    private final FlowPane inbox = new FlowPane(10, 10);
    private Runnable inboxOpener = () -> { };

    public StartScreen(AppContext ctx, LongConsumer opener, Consumer<ArticleStatus> filterer, Runnable newArticle) {
        this.ctx = ctx;
        this.opener = opener;
        this.filterer = filterer;
        this.newArticle = newArticle;
        this.agenda = new AgendaView(opener);
        createView();
    }

    public Node view() {
        return scroll;
    }

    /** Where the inbox figures lead: the inbox. */
    public void setInboxOpener(Runnable opener) {
        this.inboxOpener = opener;
    }

    /** Where an agenda line of a part without an article goes: its series in the planner. */
    public void setSeriesOpener(LongConsumer opener) {
        agenda.setSeriesOpener(opener);
    }

    private void createView() {
        scroll.setFitToWidth(true);
        scroll.setId("start-screen");
        root.setPadding(new Insets(28));
        title.getStyleClass().add("title-1");
        Button create = new Button("New article");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> newArticle.run());
        Label countsTitle = section("Articles by status");
        Label recentTitle = section("Recently changed");
        Label schedTitle = section("Scheduled next");
        Label agendaTitle = section("This week");
        HBox columns = new HBox(40, new VBox(8, recentTitle, recent), new VBox(8, schedTitle, scheduled));
        Label inboxTitle = section("Inbox");
        root.getChildren().addAll(new HBox(16, title, create), countsTitle, counts, agendaTitle, agenda.view(), columns, inboxTitle, inbox);
        ((HBox) root.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);
    }

    private static Label section(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        return l;
    }

    public void refresh() {
        ctx.tasks().run("start screen", this::read, this::show,
                e -> ctx.dialogs().error("Cannot read the start screen's figures", e.getMessage()));
    }

    private Snapshot read() {
        org.masthead.planning.PlanSnapshot plan = org.masthead.planning.PlanSnapshot.read(ctx.series(), ctx.publication(), ctx.now());
        java.time.Instant now = ctx.now();
        java.time.ZoneId zone = plan.publication().defaultZone();
        org.masthead.store.SubmissionStore submissions = new org.masthead.store.SubmissionStore(ctx.database(), ctx.clock());
        Map<org.masthead.model.SubmissionStatus, Integer> waiting = new java.util.EnumMap<>(org.masthead.model.SubmissionStatus.class);
        for (org.masthead.model.SubmissionStatus st : WAITING) {
            waiting.put(st, submissions.count(org.masthead.model.InboxQuery.SUBMISSIONS.withStatuses(java.util.Set.of(st))));
        }
        return new Snapshot(plan.publication(), ctx.articles().recent(8), ctx.articles().countByStatus(), ctx.articles().scheduled(6),
                Agenda.upcoming(plan.schedule(), plan.report(), zone, now, AGENDA_DAYS), LocalDate.ofInstant(now, zone), waiting,
                submissions.due(now, java.time.Duration.ofHours(24)).size());
    }

    void show(Snapshot s) {
        title.setText(s.publication().name());
        agenda.show(s.agenda(), s.publication(), s.today());
        counts.getChildren().clear();
        for (ArticleStatus st : ArticleStatus.values()) {
            int n = s.counts().getOrDefault(st, 0);
            Button b = new Button(n + "\n" + st.label());
            b.getStyleClass().addAll("status-count", "status-" + st.key());
            b.setId("count-" + st.key());
            b.setOnAction(e -> filterer.accept(st));
            counts.getChildren().add(b);
        }
        inbox.getChildren().clear();
        for (org.masthead.model.SubmissionStatus st : WAITING) {
            Button b = new Button(s.inbox().getOrDefault(st, 0) + "\n" + st.label());
            b.getStyleClass().add("status-count");
            b.setId("inbox-count-" + st.key());
            b.setOnAction(e -> inboxOpener.run());
            inbox.getChildren().add(b);
        }
        Button due = new Button(s.inboxDue() + "\ndue within 24 h or overdue");
        due.getStyleClass().add("status-count");
        if (s.inboxDue() > 0) due.setStyle("-fx-text-fill: -color-danger-fg; -fx-border-color: -color-danger-emphasis; -fx-font-weight: bold;");
        due.setId("inbox-count-due");
        due.setOnAction(e -> inboxOpener.run());
        inbox.getChildren().add(due);
        recent.getChildren().setAll(s.recent().isEmpty() ? List.of(new Label("Nothing written yet."))
                : s.recent().stream().map(a -> (Node) link(a, a.status().label())).toList());
        scheduled.getChildren().setAll(s.scheduled().isEmpty() ? List.of(new Label("Nothing scheduled."))
                : s.scheduled().stream().map(a -> (Node) link(a, a.scheduledAt() == null ? "" :
                        s.publication().formatMeta(a.scheduledAt())
                                + (a.scheduledAt().isBefore(ctx.now()) ? " · overdue" : ""))).toList());
    }

    private Node link(ArticleSummary a, String note) {
        Hyperlink h = new Hyperlink(a.headline().isBlank() ? "(untitled)" : a.headline());
        h.setOnAction(e -> opener.accept(a.id()));
        Label n = new Label(note);
        n.getStyleClass().add("text-muted");
        HBox row = new HBox(8, h, n);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }
}
