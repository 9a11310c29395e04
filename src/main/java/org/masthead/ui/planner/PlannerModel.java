package org.masthead.ui.planner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.masthead.model.Article;
import org.masthead.model.ArticleStatus;
import org.masthead.model.PlanPart;
import org.masthead.model.PlannedTime;
import org.masthead.model.Publication;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.planning.AutoScheduler;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Drafts;
import org.masthead.planning.Piece;
import org.masthead.planning.Plan;
import org.masthead.planning.PlanCalendar;
import java.nio.file.Path;
import org.masthead.planning.Schedule;
import org.masthead.planning.Slots;
import org.masthead.ui.shell.AppContext;

/**
 * What the planner screens show and do: every series' plan, the one schedule of all pieces, its
 * conflicts, and the selected series. Screens call the operations; each computes the new plan
 * with the planning logic, asks before changing a published page, saves in one transaction and
 * reloads. Conflicts are recomputed at once, before the save returns, so the calendar shows them
 * as the piece lands.
 */
public final class PlannerModel {

    /** Everything read in one go off the FX thread. */
    public record Snapshot(org.masthead.planning.PlanSnapshot plan, java.util.Map<Long, List<org.masthead.model.PlanLogEntry>> pageUpdates) {
    }

    private final AppContext ctx;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Schedule> schedule = new SimpleObjectProperty<>(new Schedule(List.of()));
    private final ObjectProperty<Conflicts.Report> report = new SimpleObjectProperty<>(new Conflicts.Report(List.of(), java.util.Map.of()));
    private final ObjectProperty<Publication> publication = new SimpleObjectProperty<>(Publication.DEFAULT);
    private final ObjectProperty<Slots> slots = new SimpleObjectProperty<>(new Slots(Slots.DEFAULT_TIMES, Publication.DEFAULT.defaultZone()));
    private final ObjectProperty<java.util.Map<Long, List<org.masthead.model.PlanLogEntry>>> pageUpdates =
            new SimpleObjectProperty<>(java.util.Map.of());
    /**
     * True while a plan change is being saved, until the reload shows. Plan operations are ignored
     * meanwhile: the plan on screen is the unsaved one, and a second change built on it would save
     * its new parts twice.
     */
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private LongConsumer articleOpener = id -> { };
    private ArticleSync sync = ArticleSync.NONE;

    /** How a change the planner makes to an article reaches the editor, which may have it open. */
    public interface ArticleSync {
        ArticleSync NONE = new ArticleSync() {
            @Override public void storedElsewhere(Article a) { }
            @Override public void reloadIfOpen(long id) { }
        };

        /** On the worker, right after the planner stored {@code a}. */
        void storedElsewhere(Article a);

        /** On the FX thread, once the change is stored. */
        void reloadIfOpen(long id);
    }

    private String readOnlyWhy;
    private final javafx.beans.property.BooleanProperty readOnly = new javafx.beans.property.SimpleBooleanProperty();

    public void setArticleSync(ArticleSync s) {
        this.sync = s == null ? ArticleSync.NONE : s;
    }
    private Runnable afterLoad = () -> { };
    private long selectedId;

    public PlannerModel(AppContext ctx) {
        this.ctx = ctx;
    }

    public AppContext context() { return ctx; }
    public ObservableList<Plan> plans() { return plans; }
    public ObjectProperty<Plan> selectedProperty() { return selected; }
    public ObjectProperty<Schedule> scheduleProperty() { return schedule; }
    public ObjectProperty<Conflicts.Report> reportProperty() { return report; }
    public ObjectProperty<Publication> publicationProperty() { return publication; }
    public ObjectProperty<Slots> slotsProperty() { return slots; }

    /** The log of changes to published pages, by series: updates those pages need. */
    public ObjectProperty<java.util.Map<Long, List<org.masthead.model.PlanLogEntry>>> pageUpdatesProperty() { return pageUpdates; }

    /** The selected series' page updates, newest first. */
    public List<org.masthead.model.PlanLogEntry> selectedPageUpdates() {
        Plan p = selected.get();
        return p == null ? List.of() : pageUpdates.get().getOrDefault(p.series().id(), List.of());
    }

    /** Lists the selected series' changes to published pages, with their dates. */
    public void showPageUpdates() {
        Plan p = selected.get();
        if (p == null) return;
        List<org.masthead.model.PlanLogEntry> l = selectedPageUpdates();
        StringBuilder sb = new StringBuilder();
        if (l.isEmpty()) sb.append("No change to the plan has touched a published page of \"").append(p.series().title()).append("\".");
        for (org.masthead.model.PlanLogEntry e : l) sb.append(publication.get().formatMeta(e.at())).append("  ").append(e.message()).append('\n');
        ctx.dialogs().info("Published pages to update — " + p.series().title(), sb.toString().strip());
    }


    /** Where "Create draft" and "Open article" go: the editor. */
    /**
     * For a login whose role may not plan ({@code why} names login and role; {@code null} lifts
     * it): every change to series, parts, times and slots says why instead (decision 0020), and
     * {@link #readOnlyProperty()} is true, for the views to disable their editing controls.
     */
    public void setReadOnly(String why) {
        readOnlyWhy = why;
        readOnly.set(why != null);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** True, after saying why, when this login may not change the plan. */
    private boolean refused(String what) {
        if (readOnlyWhy == null) return false;
        ctx.dialogs().info(what, readOnlyWhy);
        return true;
    }

    public void setArticleOpener(LongConsumer opener) {
        this.articleOpener = opener;
    }

    /** Runs after each load has been shown (the benchmark waits on it). */
    public void setAfterLoad(Runnable r) {
        this.afterLoad = r;
    }

    /** Reads everything from the store; the plans, schedule and conflicts. */
    public Snapshot read() {
        return new Snapshot(org.masthead.planning.PlanSnapshot.read(ctx.series(), ctx.publication(), ctx.now()), ctx.series().logs());
    }

    public void reload() {
        ctx.tasks().run("read the plan", this::read, this::show, e -> ctx.dialogs().error("Cannot read the series plan", e.getMessage()));
    }

    /** Shows a snapshot read elsewhere (the warm-up reads one before the planner is first opened). */
    public void show(Snapshot snapshot) {
        org.masthead.planning.PlanSnapshot s = snapshot.plan();
        publication.set(s.publication());
        slots.set(s.slots());
        plans.setAll(s.plans());
        Plan sel = null;
        for (Plan p : s.plans()) if (p.series().id() == selectedId) sel = p;
        if (sel == null && !s.plans().isEmpty()) sel = s.plans().get(0);
        selectedId = sel == null ? 0 : sel.series().id();
        selected.set(sel);
        pageUpdates.set(snapshot.pageUpdates());
        schedule.set(s.schedule());
        report.set(s.report());
        busy.set(false);
        afterLoad.run();
    }

    public void select(long seriesId) {
        selectedId = seriesId;
        for (Plan p : plans) {
            if (p.series().id() == seriesId) selected.set(p);
        }
    }

    public Optional<Plan> planOf(long seriesId) {
        return plans.stream().filter(p -> p.series().id() == seriesId).findFirst();
    }

    // ---- series ----

    /** A new series with {@code parts} planned parts, selected once saved. */
    public void createSeries(Series s, int parts) {
        if (refused("Create series")) return;
        ctx.tasks().run("create series", () -> ctx.series().create(s, Plan.placeholders(parts)), made -> {
            selectedId = made.series().id();
            reload();
        }, e -> ctx.dialogs().error("Cannot create the series", e.getMessage()));
    }

    /** Saves the series' own fields (title, topic, cadence, template...). */
    public void updateSeries(Series s) {
        Plan p = planOf(s.id()).orElse(null);
        if (p == null) return;
        apply(p, p.withSeries(s), "Save the series");
    }

    public void deleteSeries(long seriesId) {
        if (refused("Delete series")) return;
        Plan p = planOf(seriesId).orElse(null);
        if (p == null) return;
        if (!ctx.dialogs().confirmDanger("Delete series", "Delete the series \"" + p.series().title() + "\" and its plan of "
                + p.parts().size() + " parts? Articles already written for it stay, as stand-alone articles.", "Delete series")) return;
        ctx.tasks().run("delete series", () -> {
            ctx.series().delete(seriesId);
            return null;
        }, x -> {
            selectedId = 0;
            reload();
        }, e -> ctx.dialogs().error("Cannot delete the series", e.getMessage()));
    }

    // ---- parts (the board) ----

    public void insertPart(int index, String workingTitle) {
        Plan p = selected.get();
        if (p == null) return;
        apply(p, p.insert(index, SeriesPart.planned(workingTitle)), "Insert a part");
    }

    public void movePart(int from, int to) {
        Plan p = selected.get();
        if (p == null || from == to) return;
        apply(p, p.move(from, to), "Move a part");
    }

    public void dropPart(int index) {
        Plan p = selected.get();
        if (p == null) return;
        try {
            apply(p, p.drop(index), "Drop a part");
        } catch (IllegalStateException e) {
            ctx.dialogs().error("Cannot drop the part", e.getMessage());
        }
    }

    public void reinstatePart(int index) {
        Plan p = selected.get();
        if (p == null) return;
        apply(p, p.reinstate(index), "Reinstate a part");
    }

    public void removePart(int index) {
        Plan p = selected.get();
        if (p == null) return;
        PlanPart pp = p.parts().get(index);
        if (pp.article() != null && !ctx.dialogs().confirm("Remove part", "Remove \"" + pp.title() + "\" from the series? Its article stays, "
                + "as a stand-alone article.", "Remove")) return;
        try {
            apply(p, p.remove(index), "Remove a part");
        } catch (IllegalStateException e) {
            ctx.dialogs().error("Cannot remove the part", e.getMessage());
        }
    }

    /** Saves a part's own fields: working title, author, stage, due dates, time. */
    public void updatePart(int index, SeriesPart changed) {
        Plan p = selected.get();
        if (p == null) return;
        if (index >= p.parts().size() || p.parts().get(index).part().id() != changed.id()) {
            ctx.dialogs().error("Change a part", "The series changed while the part was being edited. Nothing was changed; edit it again.");
            reload();
            return;
        }
        PlanPart pp = p.parts().get(index);
        ArticleStatus st = pp.articleStatus();
        boolean timeChanged = !java.util.Objects.equals(pp.part().planned(), changed.planned());
        if (timeChanged && (st == ArticleStatus.READY || st == ArticleStatus.SCHEDULED)) {
            // The article's schedule moves with the part: the rest of the change first, then the
            // time through the calendar's path, which keeps part and article in step.
            Plan rest = p.replace(index, changed.withPlanned(pp.part().planned()));
            if (!rest.equals(p)) apply(p, rest, "Change a part");
            reschedule("p:" + pp.part().id(), changed.planned());
            return;
        }
        apply(p, p.replace(index, changed), "Change a part");
    }

    /** Gives the selected series' remaining parts times by its cadence, skipping filled slots. */
    public void autoSchedule() {
        if (refused("Auto-schedule")) return;
        Plan p = selected.get();
        if (p == null || busy.get()) return;
        List<SeriesPart> timed = AutoScheduler.schedule(p, schedule.get(), slots.get(), ctx.now());
        if (timed.isEmpty()) {
            ctx.dialogs().info("Auto-schedule", "Every remaining part of \"" + p.series().title() + "\" already has a time.");
            return;
        }
        // Parts whose article is ready go through the calendar's path, which schedules the article too.
        Plan after = p;
        List<SeriesPart> withArticles = new java.util.ArrayList<>();
        for (SeriesPart t : timed) {
            int i = after.indexOfPart(t.id());
            ArticleStatus st = after.parts().get(i).articleStatus();
            if (st == ArticleStatus.READY || st == ArticleStatus.SCHEDULED) withArticles.add(t);
            else after = after.replace(i, t);
        }
        if (after != p) apply(p, after, "Auto-schedule");
        for (SeriesPart t : withArticles) reschedule("p:" + t.id(), t.planned(), true);
    }

    /** "Create draft": the article from the series template, linked to the part, opened in the editor. */
    public void createDraft(int index) {
        if (refused("Create draft")) return;
        Plan p = selected.get();
        if (p == null) return;
        Article draft;
        try {
            draft = Drafts.fromPart(p, index, ctx.now());
        } catch (IllegalStateException e) {
            ctx.dialogs().error("Cannot create the draft", e.getMessage());
            return;
        }
        long partId = p.parts().get(index).part().id();
        ctx.tasks().run("create draft", () -> ctx.series().createDraft(partId, draft), a -> {
            reload();
            articleOpener.accept(a.id());
        }, e -> ctx.dialogs().error("Cannot create the draft", e.getMessage()));
    }

    public void openArticle(long articleId) {
        articleOpener.accept(articleId);
    }

    /**
     * Saves {@code after} in place of {@code before}; when it changes what a published page
     * says, asks first and logs the change on those pages.
     */
    void apply(Plan before, Plan after, String what) {
        if (busy.get() || refused(what)) return;
        List<Plan.PageChange> changes = before.pageChanges(after);
        if (!changes.isEmpty()) {
            StringBuilder msg = new StringBuilder("This changes what published pages say:\n");
            for (Plan.PageChange c : changes) msg.append("\n• \"").append(c.headline()).append("\": ").append(c.describe());
            msg.append("\n\nThe change is logged as an update due on those pages.");
            if (!ctx.dialogs().confirm(what, msg.toString(), "Change published pages")) return;
        }
        Instant now = ctx.now();
        SeriesWithParts stored = after.stored();
        // Show the new order at once; the save and the reload follow.
        selected.set(after);
        busy.set(true);
        ctx.tasks().run(what, () -> ctx.series().savePlan(stored, Plan.logEntries(after.series().id(), changes, now), now),
                saved -> reload(), e -> {
                    busy.set(false);
                    ctx.dialogs().error(what, e.getMessage());
                    reload();
                });
    }

    // ---- the calendar ----

    /** The piece with this key in the current schedule. */
    public Optional<Piece> piece(String key) {
        return Optional.ofNullable(schedule.get().byKey().get(key));
    }

    /**
     * Schedules a piece on a day (from the pool or another day): at its series' cadence time if
     * that slot is free, else at the day's first free slot, else at the first slot (and the
     * calendar shows the clash).
     */
    public void scheduleOnDay(String key, LocalDate day) {
        if (refused("Schedule")) return;
        Piece piece = piece(key).orElse(null);
        if (piece == null || busy.get()) return;
        if (piece.locked()) {
            ctx.dialogs().error("Cannot move a published piece", "\"" + piece.title() + "\" is published; its date is history.");
            return;
        }
        reschedule(key, timeOnDay(piece, day));
    }

    /** The time a piece dropped on {@code day} gets. */
    public PlannedTime timeOnDay(Piece piece, LocalDate day) {
        Slots sl = slots.get();
        java.util.Set<Instant> taken = new java.util.HashSet<>();
        for (Piece p : schedule.get().pieces()) if (p.time() != null && !p.key().equals(piece.key())) taken.add(p.instant());
        if (piece.isPart()) {
            Plan plan = planOf(piece.seriesId()).orElse(null);
            if (plan != null) {
                PlannedTime t = new PlannedTime(day.atTime(plan.series().cadence().time()), plan.series().cadence().zone());
                // The cadence's zone may differ from the publication's: keep it only if it lands on that day there.
                boolean sameDay = LocalDate.ofInstant(t.instant(), sl.zone()).equals(day);
                if (sameDay && !taken.contains(t.instant())) return t;
            }
        }
        for (LocalTime lt : sl.times()) {
            PlannedTime t = new PlannedTime(day.atTime(lt), sl.zone());
            if (!taken.contains(t.instant())) return t;
        }
        return new PlannedTime(day.atTime(sl.times().get(0)), sl.zone());
    }

    /** Moves a piece to a time, or back to the pool with {@code null}. */
    public void reschedule(String key, PlannedTime time) {
        if (refused("Schedule")) return;
        reschedule(key, time, false);
    }

    private void reschedule(String key, PlannedTime time, boolean queued) {
        Piece piece = piece(key).orElse(null);
        if (piece == null || piece.locked() || (busy.get() && !queued)) return;
        // Conflicts at once, from the logic alone; the store follows.
        Schedule next = schedule.get().with(key, time);
        schedule.set(next);
        report.set(Conflicts.check(next, slots.get(), ctx.now()));
        Instant now = ctx.now();
        ctx.tasks().run("reschedule", () -> save(piece, time, now), saved -> {
            if (saved != null) sync.reloadIfOpen(saved.id());
            reload();
        }, e -> {
            ctx.dialogs().error("Cannot schedule \"" + piece.title() + "\"", e.getMessage());
            reload();
        });
    }

    /** Stores the new time; returns the article if it was scheduled or unscheduled with it. */
    private Article save(Piece piece, PlannedTime time, Instant now) {
        Article scheduled = null;
        if (piece.articleId() != 0) {
            Article a = ctx.articles().load(piece.articleId());
            if (time == null) {
                if (a.status() == ArticleStatus.SCHEDULED) scheduled = a.moveTo(ArticleStatus.READY, now);
            } else if (a.status() == ArticleStatus.READY || a.status() == ArticleStatus.SCHEDULED) {
                scheduled = a.schedule(time.instant(), now);
            }
        }
        Article saved = null;
        if (piece.isPart()) {
            saved = ctx.series().reschedulePart(piece.partId(), time, scheduled);
        } else if (scheduled != null) {
            saved = ctx.articles().save(scheduled, org.masthead.store.ArticleStore.SaveKind.EXPLICIT);
        }
        // The editor may have this article open: its next save must start from what is stored now.
        if (saved != null) sync.storedElsewhere(saved);
        return saved;
    }

    /**
     * Writes the whole plan (publication times and due dates) as an iCalendar file, chosen in a
     * save dialog; the file is replaced whole, so a calendar app subscribed to it stays in step.
     */
    public void exportCalendar() {
        ctx.dialogs().saveFile("Export the plan as iCalendar", "masthead-plan.ics").ifPresent(path -> {
            Path target = path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + ".ics");
            ctx.tasks().run("export calendar", () -> new PlanCalendar(ctx.series(), ctx.publication()).writeTo(target, true, ctx.now()),
                    ev -> ctx.dialogs().info("Plan exported", "Wrote " + ev.publications() + " publication "
                            + (ev.publications() == 1 ? "date" : "dates") + " and " + ev.dues() + " due " + (ev.dues() == 1 ? "date" : "dates")
                            + " to " + target + "."),
                    e -> ctx.dialogs().error("Cannot export the plan", e.getMessage() + " Nothing was written."));
        });
    }

    /** Stores the publication's daily slots ("08:00, 15:40"). */
    public void setSlots(String text) {
        if (refused("Publication slots")) return;
        Slots s;
        try {
            s = Slots.parse(text, publication.get().defaultZone());
        } catch (IllegalArgumentException e) {
            ctx.dialogs().error("Publication slots", e.getMessage() + " Nothing was changed.");
            return;
        }
        ctx.tasks().run("save slots", () -> {
            ctx.publication().putSetting(Slots.SETTING, s.format());
            return null;
        }, x -> reload(), e -> ctx.dialogs().error("Publication slots", e.getMessage()));
    }
}
