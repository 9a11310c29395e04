package org.masthead.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.model.Cadence;
import org.masthead.model.PlannedTime;
import org.masthead.model.SeriesPart;

/**
 * Gives a series' remaining parts publication times by its cadence. Remaining means not
 * dropped, not published and without a time; parts that have a time keep it and the parts
 * after them follow it. An occurrence is skipped when another piece holds that slot, when the
 * day already has as many pieces as slots, or when the time does not exist or exists twice in
 * its zone.
 */
public final class AutoScheduler {

    private static final int MAX_TRIES = 5_000;

    private AutoScheduler() {
    }

    /** The parts that get a time, with it set; the plan's other parts are not returned. */
    public static List<SeriesPart> schedule(Plan plan, Schedule all, Slots slots, Instant now) {
        Set<Instant> taken = new HashSet<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (Piece p : all.pieces()) {
            if (p.time() == null) continue;
            taken.add(p.instant());
            perDay.merge(LocalDate.ofInstant(p.instant(), slots.zone()), 1, Integer::sum);
        }
        Map<Long, Instant> timeOfPart = new HashMap<>();
        for (Piece p : all.pieces()) if (p.isPart() && p.time() != null) timeOfPart.put(p.partId(), p.instant());

        Cadence cadence = plan.series().cadence();
        Instant cursor = now;
        List<SeriesPart> changed = new ArrayList<>();
        for (org.masthead.model.PlanPart pp : plan.parts()) {
            SeriesPart part = pp.part();
            if (part.isDropped()) continue;
            Instant has = timeOfPart.get(part.id());
            if (has == null && part.planned() != null) has = part.planned().instant();
            if (pp.isPublished() || has != null) {
                if (has != null && has.isAfter(cursor)) cursor = has;
                continue;
            }
            PlannedTime t = cadence.firstAfter(cursor);
            int tries = 0;
            while (taken.contains(t.instant()) || perDay.getOrDefault(LocalDate.ofInstant(t.instant(), slots.zone()), 0) >= slots.perDay()
                    || t.isSkipped() || t.isRepeated()) {
                if (++tries > MAX_TRIES) throw new IllegalStateException("no free slot found by the cadence in " + MAX_TRIES + " tries");
                t = cadence.next(t);
            }
            taken.add(t.instant());
            perDay.merge(LocalDate.ofInstant(t.instant(), slots.zone()), 1, Integer::sum);
            changed.add(part.withPlanned(t));
            cursor = t.instant();
        }
        return changed;
    }
}
