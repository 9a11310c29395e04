package org.masthead.ui.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import org.masthead.model.PartStage;
import org.masthead.model.PlannedTime;
import org.masthead.model.SeriesPart;

/**
 * The part dialog's form, without a display: a part's working title, author, stage, due dates
 * and planned publication time, and the part they make, or why they can't.
 */
public final class PartForm {

    /**
     * The form's values. A blank {@code time} with no {@code date} means "not scheduled";
     * {@code stage} is planned or commissioned (dropping is a board action).
     */
    public record Fields(String title, String author, PartStage stage, LocalDate pitchDue, LocalDate draftDue, LocalDate editDue,
                         LocalDate date, String time, String zone) {

        /** The part's values; an unscheduled part offers the series' cadence time and zone. */
        public static Fields of(SeriesPart p, org.masthead.model.Cadence cadence) {
            PlannedTime t = p.planned();
            return new Fields(p.workingTitle(), p.author(), p.stage(), p.pitchDue(), p.draftDue(), p.editDue(),
                    t == null ? null : t.local().toLocalDate(),
                    (t == null ? cadence.time() : t.local().toLocalTime()).toString(),
                    (t == null ? cadence.zone() : t.zone()).getId());
        }
    }

    private PartForm() {
    }

    /** {@code base} with the form's values; its id, article and place are kept. */
    public static SeriesPart parse(Fields f, SeriesPart base) {
        String title = f.title() == null ? "" : f.title().strip();
        if (title.isEmpty()) throw new IllegalArgumentException("The part needs a working title.");
        order(f.pitchDue(), "pitch", f.draftDue(), "draft");
        order(f.draftDue(), "draft", f.editDue(), "edit");
        order(f.pitchDue(), "pitch", f.editDue(), "edit");
        PartStage stage = base.isDropped() ? PartStage.DROPPED : f.stage() == null ? base.stage() : f.stage();
        if (stage == PartStage.DROPPED && !base.isDropped()) {
            throw new IllegalArgumentException("Drop a part from the board (Drop), not from its details.");
        }
        return base.withWorkingTitle(title).withAuthor(f.author()).withStage(stage).withDues(f.pitchDue(), f.draftDue(), f.editDue())
                .withPlanned(planned(f));
    }

    /** Throws what {@link #parse} would throw for these values. */
    public static void check(Fields f) {
        parse(f, SeriesPart.planned("-"));
    }

    /** The planned publication time, or {@code null} when no date is given. */
    static PlannedTime planned(Fields f) {
        if (f.date() == null) return null;
        ZoneId zone = SeriesForm.zone(f.zone());
        return new PlannedTime(f.date().atTime(SeriesForm.time(f.time())), zone);
    }

    private static void order(LocalDate first, String a, LocalDate then, String b) {
        if (first != null && then != null && then.isBefore(first)) {
            throw new IllegalArgumentException("The " + b + " is due " + then + ", before the " + a + " (" + first + ").");
        }
    }
}
