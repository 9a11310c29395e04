package org.masthead.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlanPart;
import org.masthead.model.PlannedTime;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;

/** Cadence, auto-scheduling and every kind of conflict, including daylight-saving gaps and overlaps. */
class ScheduleLogicTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Slots SLOTS = new Slots(List.of(LocalTime.of(8, 0), LocalTime.of(15, 40)), SHANGHAI);

    static PlannedTime at(String local, ZoneId z) {
        return new PlannedTime(LocalDateTime.parse(local), z);
    }

    static Plan series(long id, Cadence cadence, SeriesPart... parts) {
        List<PlanPart> l = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) l.add(new PlanPart(parts[i].withPosition(i + 1).withSeriesId(id), null));
        return new Plan(Series.create("S" + id, "t", parts.length, cadence, Instant.EPOCH).withId(id), l);
    }

    static SeriesPart part(long id, String title, PlannedTime t) {
        return new SeriesPart(id, 0, 0, title, "", 0, PartStage.PLANNED, null, null, null, t);
    }

    // ---- cadence ----

    @Test
    void weeklyOnTuesdayAt1540InShanghai() {
        Cadence c = Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), SHANGHAI);
        // Friday 27 Nov 2026 → Tuesday 1 Dec 2026 15:40 BJT
        PlannedTime first = c.firstAfter(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(first).isEqualTo(at("2026-12-01T15:40", SHANGHAI));
        assertThat(c.next(first)).isEqualTo(at("2026-12-08T15:40", SHANGHAI));
        // On the Tuesday itself, before 15:40, the same day counts; after it, the next week.
        assertThat(c.firstAfter(Instant.parse("2026-12-01T07:00:00Z"))).isEqualTo(at("2026-12-01T15:40", SHANGHAI));
        assertThat(c.firstAfter(Instant.parse("2026-12-01T07:40:00Z"))).isEqualTo(at("2026-12-08T15:40", SHANGHAI));
        assertThat(c.describe()).isEqualTo("weekly on Tuesday at 15:40 (Asia/Shanghai)");
    }

    @Test
    void fortnightlyAndDaily() {
        Cadence two = new Cadence(Cadence.Unit.WEEK, 2, DayOfWeek.MONDAY, LocalTime.of(9, 0), SHANGHAI);
        PlannedTime f = two.firstAfter(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(f).isEqualTo(at("2026-11-30T09:00", SHANGHAI));
        assertThat(two.next(f)).isEqualTo(at("2026-12-14T09:00", SHANGHAI));
        assertThat(two.describe()).startsWith("fortnightly on Monday");
        Cadence daily = new Cadence(Cadence.Unit.DAY, 1, null, LocalTime.of(6, 0), SHANGHAI);
        assertThat(daily.next(at("2026-12-31T06:00", SHANGHAI))).isEqualTo(at("2027-01-01T06:00", SHANGHAI));
    }

    // ---- auto-schedule ----

    @Test
    void autoScheduleFollowsTheCadenceAndSkipsFilledSlots() {
        Cadence c = Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), SHANGHAI);
        Plan p = series(1, c, part(1, "A", null), part(2, "B", null), part(3, "C", null));
        // Another series already holds Tuesday 8 December 15:40.
        Plan other = series(2, c, part(9, "Other", at("2026-12-08T15:40", SHANGHAI)));
        Schedule all = Schedule.build(List.of(p, other), List.of(), SHANGHAI);
        List<SeriesPart> timed = AutoScheduler.schedule(p, all, SLOTS, Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(timed).extracting(SeriesPart::planned).containsExactly(
                at("2026-12-01T15:40", SHANGHAI), at("2026-12-15T15:40", SHANGHAI), at("2026-12-22T15:40", SHANGHAI));
    }

    @Test
    void autoScheduleSkipsFullDaysAndKeepsPartsAfterOnesAlreadyDated() {
        Cadence c = Cadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(15, 40), SHANGHAI);
        Plan p = series(1, c, part(1, "A", at("2026-12-15T15:40", SHANGHAI)), part(2, "B", null));
        // 22 December has both its slots taken (08:00 and 12:00), so B goes to the 29th.
        Plan other = series(2, c, part(8, "X", at("2026-12-22T08:00", SHANGHAI)), part(9, "Y", at("2026-12-22T12:00", SHANGHAI)));
        Schedule all = Schedule.build(List.of(p, other), List.of(), SHANGHAI);
        List<SeriesPart> timed = AutoScheduler.schedule(p, all, SLOTS, Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(timed).singleElement().extracting(SeriesPart::planned).isEqualTo(at("2026-12-29T15:40", SHANGHAI));
    }

    @Test
    void autoScheduleSkipsATimeThatDoesNotExist() {
        // Sundays at 02:30 in New York: 8 March 2026 has no 02:30 (clocks go from 02:00 to 03:00).
        Cadence c = Cadence.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK);
        Plan p = series(1, c, part(1, "A", null), part(2, "B", null));
        Slots ny = new Slots(List.of(LocalTime.of(2, 30), LocalTime.of(9, 0)), NEW_YORK);
        List<SeriesPart> timed = AutoScheduler.schedule(p, Schedule.build(List.of(p), List.of(), NEW_YORK), ny,
                Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(timed).extracting(SeriesPart::planned).containsExactly(at("2026-03-15T02:30", NEW_YORK), at("2026-03-22T02:30", NEW_YORK));
    }

    // ---- conflicts ----

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Conflicts.Report check(List<Plan> plans, List<ArticleRef> standalone) {
        return Conflicts.check(Schedule.build(plans, standalone, SHANGHAI), SLOTS, NOW);
    }

    @Test
    void twoPiecesInOneSlotAndMorePiecesThanSlots() {
        Cadence c = Cadence.WEEKLY_DEFAULT;
        Plan p = series(1, c, part(1, "A", at("2026-12-01T15:40", SHANGHAI)), part(2, "B", at("2026-12-08T08:00", SHANGHAI)));
        ArticleRef lone = new ArticleRef(50, ArticleStatus.SCHEDULED, "Lone", "", at("2026-12-01T15:40", SHANGHAI).instant(), null, null, false);
        ArticleRef two = new ArticleRef(51, ArticleStatus.SCHEDULED, "Two", "", at("2026-12-08T12:00", SHANGHAI).instant(), null, null, false);
        ArticleRef three = new ArticleRef(52, ArticleStatus.SCHEDULED, "Three", "", at("2026-12-08T18:00", SHANGHAI).instant(), null, null, false);
        Conflicts.Report r = check(List.of(p), List.of(lone, two, three));
        assertThat(r.has("p:1", Conflict.Kind.SLOT_TAKEN)).isTrue();
        assertThat(r.has("a:50", Conflict.Kind.SLOT_TAKEN)).isTrue();
        assertThat(r.has("p:2", Conflict.Kind.DAY_FULL)).isTrue();
        assertThat(r.has("a:52", Conflict.Kind.DAY_FULL)).isTrue();
        assertThat(r.count(Conflict.Kind.SLOT_TAKEN)).isEqualTo(1);
        // 1 December has two pieces and two slots: full, not over.
        assertThat(r.of("p:1")).noneMatch(x -> x.kind() == Conflict.Kind.DAY_FULL);
    }

    @Test
    void partBeforeThePartBeforeIt() {
        Plan p = series(1, Cadence.WEEKLY_DEFAULT, part(1, "A", at("2026-12-15T15:40", SHANGHAI)), part(2, "B", at("2026-12-08T15:40", SHANGHAI)),
                part(3, "C", at("2026-12-22T15:40", SHANGHAI)));
        Conflicts.Report r = check(List.of(p), List.of());
        assertThat(r.all()).filteredOn(x -> x.kind() == Conflict.Kind.OUT_OF_ORDER).singleElement()
                .satisfies(x -> assertThat(x.message()).isEqualTo("Part 2 of S1 is set before part 1"));
        assertThat(r.has("p:3", Conflict.Kind.OUT_OF_ORDER)).isFalse();
    }

    @Test
    void dueAfterPublicationAndOverdueAndAuthorBusy() {
        SeriesPart a = new SeriesPart(1, 0, 0, "A", "Ana Lima", 0, PartStage.COMMISSIONED, LocalDate.parse("2026-11-20"),
                LocalDate.parse("2026-12-10"), null, at("2026-12-08T15:40", SHANGHAI));
        SeriesPart b = new SeriesPart(2, 0, 0, "B", "ana lima", 0, PartStage.PLANNED, LocalDate.parse("2026-12-10"), null, null, null);
        Conflicts.Report r = check(List.of(series(1, Cadence.WEEKLY_DEFAULT, a, b)), List.of());
        assertThat(r.has("p:1", Conflict.Kind.DUE_AFTER_PUBLICATION)).isTrue();
        // The pitch of A was due 20 November, but A is commissioned, so that stage is done: not overdue.
        assertThat(r.has("p:1", Conflict.Kind.OVERDUE)).isFalse();
        assertThat(r.has("p:1", Conflict.Kind.AUTHOR_BUSY)).isTrue();
        assertThat(r.has("p:2", Conflict.Kind.AUTHOR_BUSY)).isTrue();
        SeriesPart late = new SeriesPart(3, 0, 0, "C", "", 0, PartStage.PLANNED, LocalDate.parse("2026-11-20"), null, null, null);
        assertThat(check(List.of(series(2, Cadence.WEEKLY_DEFAULT, late)), List.of()).has("p:3", Conflict.Kind.OVERDUE)).isTrue();
    }

    @Test
    void aTimeAlreadyPastButNotPublishedAndOneBeforeTheEmbargo() {
        ArticleRef late = new ArticleRef(50, ArticleStatus.SCHEDULED, "Late", "", Instant.parse("2026-11-26T07:40:00Z"), null, null, false);
        ArticleRef early = new ArticleRef(51, ArticleStatus.SCHEDULED, "Early", "", Instant.parse("2026-12-01T07:40:00Z"), null,
                Instant.parse("2026-12-02T00:00:00Z"), false);
        ArticleRef done = new ArticleRef(52, ArticleStatus.PUBLISHED, "Done", "", null, Instant.parse("2026-11-20T07:40:00Z"), null, false);
        Conflicts.Report r = check(List.of(), List.of(late, early, done));
        assertThat(r.has("a:50", Conflict.Kind.NOT_PUBLISHED)).isTrue();
        assertThat(r.has("a:51", Conflict.Kind.BEFORE_EMBARGO)).isTrue();
        assertThat(r.of("a:52")).isEmpty();
    }

    @Test
    void timesThatDoNotExistOrExistTwiceInTheirZone() {
        Plan p = series(1, Cadence.WEEKLY_DEFAULT,
                part(1, "Gap", at("2027-03-14T02:30", NEW_YORK)),      // spring forward: 02:00 → 03:00
                part(2, "Twice", at("2027-11-07T01:30", NEW_YORK)),    // fall back: 01:00–02:00 happens twice
                part(3, "Fine", at("2027-11-14T01:30", NEW_YORK)));
        Conflicts.Report r = check(List.of(p), List.of());
        assertThat(r.has("p:1", Conflict.Kind.TIME_SKIPPED)).isTrue();
        assertThat(r.of("p:1").get(0).message()).contains("does not exist in America/New_York");
        assertThat(r.has("p:2", Conflict.Kind.TIME_REPEATED)).isTrue();
        assertThat(r.of("p:3")).isEmpty();
        assertThat(at("2027-03-14T02:30", NEW_YORK).isSkipped()).isTrue();
        assertThat(at("2027-11-07T01:30", NEW_YORK).isRepeated()).isTrue();

        // Once the part's article is scheduled for that instant, the skipped local time is still flagged.
        PlanPart gap = p.parts().get(0);
        PlanPart scheduled = new PlanPart(gap.part().withArticleId(70), new ArticleRef(70, ArticleStatus.SCHEDULED, "Gap", "",
                gap.part().planned().instant(), null, null, false));
        Plan q = new Plan(p.series(), List.of(scheduled, p.parts().get(1), p.parts().get(2)));
        assertThat(check(List.of(q), List.of()).has("p:1", Conflict.Kind.TIME_SKIPPED)).isTrue();
    }

    @Test
    void aRescheduleIsCheckedAgainstEverythingElse() {
        Plan p = series(1, Cadence.WEEKLY_DEFAULT, part(1, "A", at("2026-12-01T15:40", SHANGHAI)), part(2, "B", at("2026-12-08T15:40", SHANGHAI)));
        Schedule s = Schedule.build(List.of(p), List.of(), SHANGHAI);
        assertThat(Conflicts.check(s, SLOTS, NOW).all()).isEmpty();
        Schedule moved = s.with("p:2", at("2026-12-01T15:40", SHANGHAI));
        Conflicts.Report r = Conflicts.check(moved, SLOTS, NOW);
        assertThat(r.has("p:2", Conflict.Kind.SLOT_TAKEN)).isTrue();
        assertThat(s.with("p:2", null).unscheduled()).extracting(Piece::key).containsExactly("p:2");
    }
}
