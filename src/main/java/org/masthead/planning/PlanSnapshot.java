package org.masthead.planning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.masthead.model.Publication;
import org.masthead.store.PublicationStore;
import org.masthead.store.SeriesStore;

/**
 * The whole plan as stored, read in one go: every series' plan, the one schedule of all pieces
 * (parts and stand-alone articles), the publication's slots and the schedule's conflicts as of
 * {@code now}. The planner, the start screen's agenda and the calendar export all start here.
 */
public record PlanSnapshot(List<Plan> plans, Publication publication, Slots slots, Schedule schedule, Conflicts.Report report) {

    public PlanSnapshot {
        plans = List.copyOf(plans);
    }

    public static PlanSnapshot read(SeriesStore series, PublicationStore publication, Instant now) {
        List<Plan> plans = series.allPlans().stream().map(Plan::of).toList();
        Publication pub = publication.get();
        Slots slots = slots(publication, pub.defaultZone());
        Schedule schedule = Schedule.build(plans, series.standaloneArticles(), pub.defaultZone());
        return new PlanSnapshot(plans, pub, slots, schedule, Conflicts.check(schedule, slots, now));
    }

    /** The stored daily slots; the default ones if the setting is missing or unreadable. */
    public static Slots slots(PublicationStore publication, ZoneId zone) {
        try {
            return Slots.parse(publication.setting(Slots.SETTING).orElse(""), zone);
        } catch (IllegalArgumentException e) {
            return new Slots(Slots.DEFAULT_TIMES, zone);
        }
    }
}
