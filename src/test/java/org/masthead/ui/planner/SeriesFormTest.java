package org.masthead.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.model.Cadence;
import org.masthead.model.Series;
import org.masthead.model.SeriesStatus;

class SeriesFormTest {

    static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");

    static SeriesForm.Fields fields(String title, String parts, String interval, String time, String zone) {
        return new SeriesForm.Fields(title, "urban water", "Four pieces on water.", parts, Cadence.Unit.WEEK, interval, DayOfWeek.TUESDAY,
                time, zone, "Mei Zhang", SeriesStatus.RUNNING, "This is the {ordinal} article in a {count}-part series on {topic}.");
    }

    @Test
    void aWellFilledFormMakesTheSeriesWithItsCadence() {
        Series s = SeriesForm.parseNew(fields(" Cities and water ", "4", "2", "9:05", "Europe/Paris"), NOW);
        assertThat(s.title()).isEqualTo("Cities and water");
        assertThat(s.cadence()).isEqualTo(new Cadence(Cadence.Unit.WEEK, 2, DayOfWeek.TUESDAY, LocalTime.of(9, 5), ZoneId.of("Europe/Paris")));
        assertThat(s.owner()).isEqualTo("Mei Zhang");
        assertThat(s.status()).isEqualTo(SeriesStatus.RUNNING);
        assertThat(s.plannedParts()).isEqualTo(4);
        assertThat(s.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aBadTimeZoneOrTimeIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("Heat", "4", "1", "15:40", "Mars/Olympus"), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\u201cMars/Olympus\u201d is not a time zone");
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("Heat", "4", "1", "25:99", "Asia/Shanghai"), NOW))
                .hasMessageContaining("not a time of day").hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("Heat", "4", "1", "3pm", "Asia/Shanghai"), NOW))
                .hasMessageContaining("\u201c3pm\u201d");
    }

    @Test
    void titleCountAndIntervalAreChecked() {
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("  ", "4", "1", "15:40", "UTC"), NOW)).hasMessage("The series needs a title.");
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("Heat", "0", "1", "15:40", "UTC"), NOW)).hasMessageContaining("1 to 99 parts");
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("Heat", "four", "1", "15:40", "UTC"), NOW)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SeriesForm.parseNew(fields("Heat", "4", "60", "15:40", "UTC"), NOW)).hasMessageContaining("1 to 52 weeks");
    }

    @Test
    void editingKeepsTheIdAndCountAndIgnoresThePartsField() {
        Series before = Series.create("Heat", "heat", 3, Cadence.WEEKLY_DEFAULT, NOW).withId(7);
        Series after = SeriesForm.parse(fields("Heat, again", "nonsense", "1", "08:00", "UTC"), before);
        assertThat(after.id()).isEqualTo(7);
        assertThat(after.plannedParts()).isEqualTo(3);
        assertThat(after.title()).isEqualTo("Heat, again");
        assertThat(after.cadence().zone()).isEqualTo(ZoneId.of("UTC"));
        SeriesForm.check(fields("Heat", "nonsense", "1", "08:00", "UTC"), false);
    }

    @Test
    void thePreviewRendersPartTwoOfTheCount() {
        assertThat(SeriesForm.preview(fields("Heat", "4", "1", "15:40", "UTC"), 4))
                .isEqualTo("This is the 2nd article in a 4-part series on urban water.");
        assertThat(SeriesForm.preview(fields("Heat", "8", "1", "15:40", "UTC"), 4)).contains("in an 8-part series");
        assertThat(SeriesForm.preview(fields("Heat", "", "1", "15:40", "UTC"), 3)).contains("3-part");
    }

    @Test
    void theFormShowsWhatTheSeriesHas() {
        Series s = Series.create("Heat", "heat", 3, Cadence.WEEKLY_DEFAULT, NOW);
        SeriesForm.Fields f = SeriesForm.Fields.of(s, 3);
        assertThat(f.time()).isEqualTo("15:40");
        assertThat(f.zone()).isEqualTo("Asia/Shanghai");
        assertThat(SeriesForm.parse(f, s)).isEqualTo(s);
    }
}
