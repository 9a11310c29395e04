package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Cadence;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.ui.editor.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start screen's "this week" from a real plan: late things first and marked, lines that open the piece. */
@ExtendWith(ApplicationExtension.class)
class StartScreenAgendaFxTest {

    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z"); // Monday 10:00 in Shanghai
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Stage stage;
    private TestDesk desk;
    private AppContext ctx;
    private final List<Long> openedArticles = new CopyOnWriteArrayList<>();
    private final List<Long> openedSeries = new CopyOnWriteArrayList<>();
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() throws IOException {
        desk = new TestDesk(new FakeDialogs(), Clock.fixed(NOW, ZoneOffset.UTC));
        ctx = desk.ctx;
    }

    @AfterEach
    void close() throws IOException {
        desk.close();
    }

    @Test
    void theWeekListsLateDueDatesFirstAndEachLineOpensItsPiece() throws Exception {
        List<SeriesPart> parts = List.of(
                SeriesPart.planned("Rivers").withAuthor("Ana Lima").withDues(null, TODAY.minusDays(2), null).withPosition(1),
                SeriesPart.planned("Harbours").withPlanned(new PlannedTime(TODAY.plusDays(1).atTime(15, 40), SHANGHAI)).withPosition(2),
                SeriesPart.planned("Rain").withPlanned(new PlannedTime(TODAY.plusDays(20).atTime(15, 40), SHANGHAI)).withPosition(3));
        SeriesWithParts plan = ctx.series().create(Series.create("Cities and water", "water", 3, Cadence.WEEKLY_DEFAULT, NOW), parts);
        long harbours = plan.parts().get(1).part().id();
        Article draft = ctx.series().createDraft(harbours, Article.create(ArticleContent.EMPTY.withHeadline("Harbours"), NOW));

        WaitForAsyncUtils.asyncFx(() -> {
            StartScreen screen = new StartScreen(ctx, openedArticles::add, s -> { }, () -> { });
            screen.setSeriesOpener(openedSeries::add);
            stage.setScene(new Scene((Parent) screen.view(), 1000, 700));
            stage.show();
            screen.refresh();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#agenda-1").tryQuery().isPresent());

        assertThat(line(0)).startsWith("Draft due Sat 2 May · overdue").endsWith("Cities and water — Part 1 of 3: Rivers");
        assertThat(robot.lookup("#agenda-0").queryAs(HBox.class).getStyleClass()).contains("overdue");
        assertThat(robot.lookup("#agenda-conflict-0").tryQuery()).isPresent();
        assertThat(line(1)).startsWith("Out 05-05-2026 15:40 BJT").endsWith("Part 2 of 3: Harbours");
        assertThat(robot.lookup("#agenda-2").tryQuery()).as("Rain is three weeks away").isEmpty();

        robot.clickOn("#agenda-link-0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !openedSeries.isEmpty());
        assertThat(openedSeries).containsExactly(plan.series().id());
        robot.clickOn("#agenda-link-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !openedArticles.isEmpty());
        assertThat(openedArticles).containsExactly(draft.id());
    }

    @Test
    void theInboxFiguresCountWhatWaitsAndWhatFallsDueAndOpenTheInbox() throws Exception {
        org.masthead.store.SubmissionStore inbox = new org.masthead.store.SubmissionStore(ctx.database(), ctx.clock());
        List<org.masthead.model.IncomingMessage> mail = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            org.masthead.model.Submission d = org.masthead.model.Submission.draft("Piece " + i, "Ana Lima", "ana" + i + "@ex.org", NOW.minusSeconds(3600))
                    .withAnswerDue(i == 0 ? NOW.plusSeconds(3600) : NOW.plusSeconds(7 * 86400));
            mail.add(new org.masthead.model.IncomingMessage(("Subject: Piece " + i + "\r\n\r\ntext").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null, "<p" + i + "@ex.org>", null, List.of(), "Piece " + i, "Ana Lima", "ana" + i + "@ex.org", NOW.minusSeconds(3600), "test",
                    org.masthead.model.MessageKind.SUBMISSION, null, d, null, "text", List.of(), List.of(), List.of(), null));
        }
        List<org.masthead.store.SubmissionStore.SaveResult> saved = inbox.saveAll(mail);
        inbox.setStatus(saved.get(2).submissionId(), org.masthead.model.SubmissionStatus.SHORTLISTED, "Mei");
        List<Boolean> opened = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            StartScreen screen = new StartScreen(ctx, openedArticles::add, s -> { }, () -> { });
            screen.setInboxOpener(() -> opened.add(true));
            stage.setScene(new Scene((Parent) screen.view(), 1000, 700));
            stage.show();
            screen.refresh();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#inbox-count-new").tryQuery().isPresent());
        assertThat(robot.lookup("#inbox-count-new").queryButton().getText()).startsWith("2\n");
        assertThat(robot.lookup("#inbox-count-shortlisted").queryButton().getText()).startsWith("1\n");
        assertThat(robot.lookup("#inbox-count-due").queryButton().getText()).startsWith("1\n");
        robot.clickOn("#inbox-count-due");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
    }

    private String line(int i) {
        HBox row = robot.lookup("#agenda-" + i).queryAs(HBox.class);
        return ((Label) row.getChildren().get(0)).getText() + " " + ((Hyperlink) row.getChildren().get(1)).getText();
    }
}
