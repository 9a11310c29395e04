package org.masthead.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
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
import org.masthead.model.SeriesStatus;
import org.masthead.planning.Plan;

/** A series page's stamp changes with every field of the plan it shows, nested records included. */
class PlanStampTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void everyFieldOfEveryRecordChangesTheStamp() throws Exception {
        Series series = new Series(7, "Water", "Climate", "About water", 3, new Cadence(Cadence.Unit.WEEK, 1, DayOfWeek.MONDAY,
                LocalTime.of(9, 0), SHANGHAI), "Ana", SeriesStatus.values()[0], "Part {n} of {count}", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-02T00:00:00Z"));
        SeriesPart part = new SeriesPart(11, 7, 1, "The rivers", "Li Wei", 21, PartStage.values()[0], LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3), new PlannedTime(LocalDateTime.of(2026, 3, 1, 15, 40), SHANGHAI));
        ArticleRef ref = new ArticleRef(21, ArticleStatus.PUBLISHED, "The rivers run dry", "Li Wei", Instant.parse("2026-03-01T07:40:00Z"),
                Instant.parse("2026-03-01T07:40:00Z"), Instant.parse("2026-02-28T00:00:00Z"), false);
        String base = PlanStamp.of(new Plan(series, List.of(new PlanPart(part, ref))));
        assertEquals(base, PlanStamp.of(new Plan(series, List.of(new PlanPart(part, ref)))), "the same plan, the same text");

        int checked = 0;
        for (Series s : variants(series)) {
            assertNotEquals(base, PlanStamp.of(new Plan(s, List.of(new PlanPart(part, ref)))), s.toString());
            checked++;
        }
        for (SeriesPart p : variants(part)) {
            if (p.position() != part.position()) continue; // the plan renumbers positions; its order is tested below
            assertNotEquals(base, PlanStamp.of(new Plan(series, List.of(new PlanPart(p, ref)))), p.toString());
            checked++;
        }
        for (ArticleRef r : variants(ref)) {
            assertNotEquals(base, PlanStamp.of(new Plan(series, List.of(new PlanPart(part, r)))), r.toString());
            checked++;
        }
        assertNotEquals(base, PlanStamp.of(new Plan(series, List.of(new PlanPart(part, null)))), "a part without its article");
        SeriesPart second = new SeriesPart(12, 7, 2, "The lakes", "", 0, PartStage.values()[0], null, null, null, null);
        assertNotEquals(PlanStamp.of(new Plan(series, List.of(new PlanPart(part, ref), new PlanPart(second, null)))),
                PlanStamp.of(new Plan(series, List.of(new PlanPart(part.withPosition(2), ref), new PlanPart(second.withPosition(1), null)))),
                "the parts' order");
        // 11 + 11 - 1 + 8 fields, with Cadence's 5 and PlannedTime's 2 counted in place of their records
        assertEquals(11 + 4 + 11 - 1 + 1 + 8, checked);
    }

    @Test
    void textsCannotPassForOtherFields() {
        SeriesPart a = new SeriesPart(1, 7, 1, "a\u0001b", "", 0, PartStage.values()[0], null, null, null, null);
        SeriesPart b = new SeriesPart(1, 7, 1, "a", "b", 0, PartStage.values()[0], null, null, null, null);
        Series s = new Series(7, "W", "", "", 1, null, "", SeriesStatus.values()[0], "", Instant.EPOCH, Instant.EPOCH);
        assertNotEquals(PlanStamp.of(new Plan(s, List.of(new PlanPart(a, null)))), PlanStamp.of(new Plan(s, List.of(new PlanPart(b, null)))));
    }

    /** One copy of {@code r} per component (and per component of a component that is a record), with just that one changed. */
    @SuppressWarnings("unchecked")
    static <R extends Record> List<R> variants(R r) throws Exception {
        List<R> out = new ArrayList<>();
        RecordComponent[] cs = r.getClass().getRecordComponents();
        for (int i = 0; i < cs.length; i++) {
            Object v = cs[i].getAccessor().invoke(r);
            List<Object> others = new ArrayList<>();
            if (v instanceof Record inner) others.addAll(variants(inner));
            else others.add(other(cs[i].getType(), v));
            for (Object o : others) {
                Object[] args = new Object[cs.length];
                for (int j = 0; j < cs.length; j++) args[j] = j == i ? o : cs[j].getAccessor().invoke(r);
                Class<?>[] types = new Class<?>[cs.length];
                for (int j = 0; j < cs.length; j++) types[j] = cs[j].getType();
                out.add((R) r.getClass().getDeclaredConstructor(types).newInstance(args));
            }
        }
        return out;
    }

    private static Object other(Class<?> type, Object v) {
        if (type == long.class) return (Long) v + 1;
        if (type == int.class) return (Integer) v + 1;
        if (type == boolean.class) return !(Boolean) v;
        if (type == String.class) return v + "x";
        if (type == Instant.class) return ((Instant) v).plusSeconds(1);
        if (type == LocalDate.class) return ((LocalDate) v).plusDays(1);
        if (type == LocalDateTime.class) return ((LocalDateTime) v).plusMinutes(1);
        if (type == LocalTime.class) return ((LocalTime) v).plusMinutes(1);
        if (type == ZoneId.class) return ZoneId.of("Europe/Lisbon");
        if (type == DayOfWeek.class) return ((DayOfWeek) v).plus(1);
        if (type.isEnum()) {
            Object[] all = type.getEnumConstants();
            return all[(((Enum<?>) v).ordinal() + 1) % all.length];
        }
        throw new AssertionError("no other value for a " + type + ": add one here and to PlanStamp");
    }
}
