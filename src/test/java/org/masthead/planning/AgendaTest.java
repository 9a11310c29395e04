package org.masthead.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.ArticleStatus;
import org.masthead.model.PlannedTime;

class AgendaTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z"); // Monday 10:00 in Shanghai
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    static Piece part(long id, String title, PlannedTime t, boolean locked, List<Piece.Due> dues) {
        return new Piece("p:" + id, 0, id, 1, "Cities and water", (int) id, 4, title, "Ana Lima", t, locked, null, null, "Planned", dues);
    }

    static PlannedTime at(LocalDate d, int h) {
        return new PlannedTime(d.atTime(h, 0), SHANGHAI);
    }

    @Test
    void theWeekHasTimesAndDueDatesInOrderWithLateOnesFirst() {
        Schedule s = new Schedule(List.of(
                part(1, "Rivers", at(TODAY.plusDays(2), 15), false, List.of(new Piece.Due(Piece.Due.Kind.DRAFT, TODAY.minusDays(1), false))),
                part(2, "Harbours", at(TODAY.plusDays(9), 15), false, List.of(new Piece.Due(Piece.Due.Kind.PITCH, TODAY, false),
                        new Piece.Due(Piece.Due.Kind.EDIT, TODAY.plusDays(6), true))),
                part(3, "Rain", at(TODAY, 8), false, List.of()),
                part(4, "Wells", at(TODAY.minusDays(3), 8), true, List.of())));
        Conflicts.Report r = Conflicts.check(s, new Slots(Slots.DEFAULT_TIMES, SHANGHAI), NOW);
        List<Agenda.Item> items = Agenda.upcoming(s, r, SHANGHAI, NOW, 7);
        assertThat(items).extracting(i -> i.kind() + " " + i.piece().title() + (i.overdue() ? " late" : ""))
                .containsExactly("DRAFT Rivers late", "PUBLICATION Rain late", "PITCH Harbours", "PUBLICATION Rivers");
        assertThat(items.get(0).conflicts()).extracting(Conflict::kind).contains(Conflict.Kind.OVERDUE);
        assertThat(items.get(1).conflicts()).extracting(Conflict::kind).contains(Conflict.Kind.NOT_PUBLISHED);
        assertThat(items.get(3).at()).isEqualTo(LocalDateTime.of(2026, 5, 6, 15, 0).atZone(SHANGHAI).toInstant());
    }

    @Test
    void anEmptyPlanHasAnEmptyWeek() {
        Schedule s = new Schedule(List.of(new Piece("a:1", 1, 0, 0, "", 0, 0, "Op-ed", "", null, false, null, ArticleStatus.READY, "Ready",
                List.of())));
        assertThat(Agenda.upcoming(s, Conflicts.check(s, new Slots(Slots.DEFAULT_TIMES, SHANGHAI), NOW), SHANGHAI, NOW, 7)).isEmpty();
    }
}
