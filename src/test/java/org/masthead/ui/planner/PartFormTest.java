package org.masthead.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.model.Cadence;
import org.masthead.model.PartStage;
import org.masthead.model.PlannedTime;
import org.masthead.model.SeriesPart;

class PartFormTest {

    static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    final SeriesPart base = SeriesPart.planned("Rivers").withId(5).withPosition(2);

    PartForm.Fields fields(LocalDate pitch, LocalDate draft, LocalDate edit, LocalDate date, String time, String zone) {
        return new PartForm.Fields(" Harbours ", "Ana Lima", PartStage.COMMISSIONED, pitch, draft, edit, date, time, zone);
    }

    @Test
    void theFormMakesThePartWithDatesAndTime() {
        SeriesPart p = PartForm.parse(fields(MAY_4, MAY_4.plusDays(7), MAY_4.plusDays(9), MAY_4.plusDays(12), "15:40", "Asia/Shanghai"), base);
        assertThat(p.id()).isEqualTo(5);
        assertThat(p.position()).isEqualTo(2);
        assertThat(p.workingTitle()).isEqualTo("Harbours");
        assertThat(p.stage()).isEqualTo(PartStage.COMMISSIONED);
        assertThat(p.draftDue()).isEqualTo(MAY_4.plusDays(7));
        assertThat(p.planned()).isEqualTo(new PlannedTime(LocalDateTime.of(2026, 5, 16, 15, 40), ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void noDateMeansNotScheduledWhateverTheTime() {
        assertThat(PartForm.parse(fields(null, null, null, null, "nonsense", "nowhere"), base.withPlanned(
                new PlannedTime(LocalDateTime.of(2026, 5, 16, 15, 40), ZoneId.of("UTC")))).planned()).isNull();
    }

    @Test
    void badTimeZoneTitleOrDueOrderAreRefused() {
        assertThatThrownBy(() -> PartForm.parse(fields(null, null, null, MAY_4, "24:10", "UTC"), base)).hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> PartForm.parse(fields(null, null, null, MAY_4, "10:10", "Moon/Base"), base)).hasMessageContaining("not a time zone");
        assertThatThrownBy(() -> PartForm.parse(fields(MAY_4, MAY_4.minusDays(1), null, null, "", ""), base))
                .hasMessageContaining("The draft is due 2026-05-03, before the pitch");
        assertThatThrownBy(() -> PartForm.parse(new PartForm.Fields("", "", PartStage.PLANNED, null, null, null, null, "", ""), base))
                .hasMessage("The part needs a working title.");
    }

    @Test
    void aDroppedPartStaysDroppedAndAnOpenOneCannotBeDroppedHere() {
        SeriesPart dropped = base.withStage(PartStage.DROPPED);
        assertThat(PartForm.parse(fields(null, null, null, null, "", ""), dropped).stage()).isEqualTo(PartStage.DROPPED);
        assertThatThrownBy(() -> PartForm.parse(new PartForm.Fields("x", "", PartStage.DROPPED, null, null, null, null, "", ""), base))
                .hasMessageContaining("Drop a part from the board");
    }

    @Test
    void anUnscheduledPartOffersTheSeriesCadenceTime() {
        PartForm.Fields f = PartForm.Fields.of(base, Cadence.WEEKLY_DEFAULT);
        assertThat(f.date()).isNull();
        assertThat(f.time()).isEqualTo("15:40");
        assertThat(f.zone()).isEqualTo("Asia/Shanghai");
    }
}
