package org.masthead.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.masthead.model.Cadence;
import org.masthead.model.PlanPart;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.planning.Plan;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.ImageStore;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;
import org.masthead.ui.shell.AppContext;
import org.masthead.ui.shell.DialogService;
import org.masthead.ui.shell.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The robot schedules pieces on the calendar by dragging them, on a real database. */
@ExtendWith(ApplicationExtension.class)
class CalendarFxTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = LocalDateTime.of(2026, 11, 20, 10, 0).atZone(SHANGHAI).toInstant();

    private final FxRobot robot = new FxRobot();
    private final Dialogs dialogs = new Dialogs();
    private Stage stage;
    private Path dir;
    private Database db;
    private AppContext ctx;
    private PlannerModel model;
    private CalendarView calendar;
    private SeriesWithParts series;

    @Start
    void start(Stage s) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage = s;
    }

    @BeforeEach
    void openDatabase() throws Exception {
        dir = Files.createTempDirectory("masthead-calendar-test");
        db = Database.open(dir.resolve("masthead.db"));
        ArticleStore articles = new ArticleStore(db);
        ctx = new AppContext(db, articles, new ImageStore(db), new PublicationStore(db), new SeriesStore(db, articles),
                TaskRunner.sameThread(), dialogs, Clock.fixed(NOW, ZoneOffset.UTC));
        Cadence tuesdays = Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), SHANGHAI);
        series = ctx.series().create(Series.create("Rivers of the north", "water", 3, tuesdays, NOW), Plan.placeholders(3));
    }

    @AfterEach
    void close() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // --- helpers ---

    /** Saves the series with these planned times for its parts (null: unscheduled). */
    private void plan(PlannedTime... times) {
        List<PlanPart> parts = new ArrayList<>();
        for (int i = 0; i < series.parts().size(); i++) {
            PlanPart pp = series.parts().get(i);
            parts.add(pp.withPart(pp.part().withPlanned(i < times.length ? times[i] : null)));
        }
        series = ctx.series().savePlan(new SeriesWithParts(series.series(), parts), List.of(), NOW);
    }

    private static PlannedTime at(int month, int day, int hour, int minute) {
        return new PlannedTime(LocalDateTime.of(2026, month, day, hour, minute), SHANGHAI);
    }

    private String key(int index) {
        return "p:" + series.parts().get(index).part().id();
    }

    private SeriesPart stored(int index) {
        return ctx.series().load(series.series().id()).parts().get(index).part();
    }

    private void showCalendar() {
        showCalendar(NOW.atZone(SHANGHAI).toLocalDate());
    }

    private void showCalendar(LocalDate shown) {
        fx(() -> {
            model = new PlannerModel(ctx);
            calendar = new CalendarView(model);
            stage.setScene(new Scene((Parent) calendar.view(), 1240, 780));
            stage.show();
            model.reload();
            calendar.show(shown);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Node> node(String id) {
        return robot.lookup((Node n) -> id.equals(n.getId()) && n.isVisible() && n.getScene() != null).tryQuery();
    }

    private Node day(LocalDate d) {
        return node("day-" + d).orElseThrow(() -> new AssertionError("no cell for " + d));
    }

    private Node chip(String key) {
        return node("chip-" + key).orElseThrow(() -> new AssertionError("no chip for " + key));
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) if (p == ancestor) return true;
        return false;
    }

    private void drag(Node from, Node to) {
        robot.drag(from).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // --- tests ---

    @Test
    void draggingAPieceFromThePoolOntoADaySchedulesIt() {
        plan();
        showCalendar();
        Node poolChip = chip(key(0));
        assertThat(inside(poolChip, node("pool").orElseThrow())).isTrue();

        drag(poolChip, day(LocalDate.of(2026, 12, 1)));

        assertThat(dialogs.errors).isEmpty();
        assertThat(stored(0).planned()).isEqualTo(at(12, 1, 15, 40)); // the series' cadence time, the slot being free
        Node onDay = chip(key(0));
        assertThat(inside(onDay, day(LocalDate.of(2026, 12, 1)))).isTrue();
        assertThat(((Label) onDay).getText()).startsWith("15:40").contains("Part 1 · Rivers of the north 1/3");
        assertThat(onDay.getStyleClass()).contains(CalendarCss.CHIP_HIGHLIGHT); // where it landed stands out
        assertThat(robot.lookup((Node n) -> ("chip-" + key(0)).equals(n.getId()) && inside(n, node("pool").orElseThrow()))
                .tryQuery()).isEmpty();
    }

    @Test
    void draggingAChipToAnotherDayMovesIt() {
        plan(at(12, 1, 15, 40));
        showCalendar();
        assertThat(inside(chip(key(0)), day(LocalDate.of(2026, 12, 1)))).isTrue();

        drag(chip(key(0)), day(LocalDate.of(2026, 12, 3)));

        assertThat(stored(0).planned()).isEqualTo(at(12, 3, 15, 40));
        assertThat(inside(chip(key(0)), day(LocalDate.of(2026, 12, 3)))).isTrue();
        assertThat(robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("chip-") && inside(n, day(LocalDate.of(2026, 12, 1))))
                .tryQuery()).isEmpty();
    }

    @Test
    void draggingAChipOntoThePoolUnschedulesIt() {
        plan(at(12, 1, 15, 40));
        showCalendar();

        drag(chip(key(0)), node("pool-list").orElseThrow());

        assertThat(stored(0).planned()).isNull();
        assertThat(inside(chip(key(0)), node("pool").orElseThrow())).isTrue();
    }

    @Test
    void twoPiecesInOneSlotShowTheConflictOnTheirChips() {
        plan(at(12, 8, 15, 40), at(12, 8, 15, 40), at(12, 15, 15, 40));
        showCalendar(LocalDate.of(2026, 12, 1));

        for (int i = 0; i < 2; i++) {
            Label c = (Label) chip(key(i));
            assertThat(c.getStyleClass()).contains(CalendarCss.CHIP_CONFLICT);
            assertThat(c.getGraphic()).isInstanceOf(FontIcon.class);
            assertThat(c.getTooltip().getText()).contains("Two pieces in one slot");
        }
        assertThat(chip(key(2)).getStyleClass()).doesNotContain(CalendarCss.CHIP_CONFLICT);
    }

    @Test
    void draggingOntoATakenSlotFlagsTheClashAtOnce() {
        plan(null, at(12, 8, 15, 40));
        showCalendar(LocalDate.of(2026, 12, 1));
        fx(() -> {
            model.setSlots("15:40");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        drag(chip(key(0)), day(LocalDate.of(2026, 12, 8)));

        assertThat(stored(0).planned()).isEqualTo(at(12, 8, 15, 40));
        assertThat(chip(key(0)).getStyleClass()).contains(CalendarCss.CHIP_CONFLICT);
        assertThat(chip(key(1)).getStyleClass()).contains(CalendarCss.CHIP_CONFLICT);
    }

    @Test
    void clickingAConflictShowsItsPieceHighlighted() {
        plan(at(2027, 1, 12), at(2027, 1, 12));
        showCalendar();
        assertThat(node("chip-" + key(0))).isEmpty(); // January is not shown yet

        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof org.masthead.planning.Conflict);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> calendar.period().anchor())).isEqualTo(LocalDate.of(2027, 1, 12));
        Node highlighted = robot.lookup((Node n) -> n.getStyleClass().contains(CalendarCss.CHIP_HIGHLIGHT)).query();
        assertThat(inside(highlighted, day(LocalDate.of(2027, 1, 12)))).isTrue();
    }

    @Test
    void badSlotsGetTheModelsMessageAndGoodOnesAreStored() {
        plan();
        showCalendar();
        robot.clickOn("#slots-field").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("8am").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(dialogs.errors).singleElement().asString().contains("\"8am\" is not a time of day");

        robot.clickOn("#slots-field").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("09:00, 18:30").clickOn("#slots-set");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.publication().setting(org.masthead.planning.Slots.SETTING)).contains("09:00, 18:30");
    }

    @Test
    void weekViewShowsSevenDaysWithBothLanes() {
        plan(at(12, 1, 15, 40));
        showCalendar();
        fx(() -> {
            calendar.show(LocalDate.of(2026, 12, 1));
            return null;
        });
        robot.clickOn("#calendar-week");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("day-")).queryAll()).hasSize(7);
        assertThat(robot.lookup("#calendar-title").queryLabeled().getText()).isEqualTo("30 Nov – 6 Dec 2026");
        assertThat(inside(chip(key(0)), day(LocalDate.of(2026, 12, 1)))).isTrue();
    }

    private static PlannedTime at(int year, int month, int day) {
        return new PlannedTime(LocalDateTime.of(year, month, day, 15, 40), SHANGHAI);
    }

    /** Records errors; answers every question yes. */
    private static final class Dialogs implements DialogService {
        final List<String> errors = new CopyOnWriteArrayList<>();

        @Override public void error(String title, String message) { errors.add(message); }
        @Override public void info(String title, String message) { }
        @Override public boolean confirm(String title, String message, String okLabel) { return true; }
        @Override public Optional<String> prompt(String title, String label, String initial) { return Optional.empty(); }
        @Override public Optional<String> promptLong(String title, String label, String initial) { return Optional.empty(); }
        @Override public Optional<Path> openFile(String title, List<String> extensions) { return Optional.empty(); }
        @Override public Optional<Path> saveFile(String title, String initialName) { return Optional.empty(); }
    }
}
