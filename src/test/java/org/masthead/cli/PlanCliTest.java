package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCliTest {

    @TempDir
    Path dir;

    private Path db;
    private PlanFixture f;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        db = dir.resolve("plan.db");
        f = new PlanFixture(db);
        cli = new CliRunner(dir, Clock.fixed(PlanFixture.NOW, ZoneOffset.UTC));
    }

    private CliRunner.Result run(String... args) {
        String[] all = Stream.concat(Stream.of("--db", db.toString()), Stream.of(args)).toArray(String[]::new);
        return cli.run(all);
    }

    @Test
    void planListJsonGivesEverySeriesWithNumberedPartsTeasersAndTimes() throws Exception {
        CliRunner.Result r = run("plan", "list", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertThat(a.isArray()).isTrue();
        assertThat(a).hasSize(1);
        JsonNode s = a.get(0);
        assertThat(s.get("id").asLong()).isEqualTo(f.seriesId);
        assertThat(s.get("title").asText()).isEqualTo("Water and the City");
        assertThat(s.get("topic").asText()).isEqualTo("urban water");
        assertThat(s.get("status").asText()).isEqualTo("planning");
        assertThat(s.get("plannedParts").asInt()).isEqualTo(3);
        assertThat(s.get("owner").asText()).isEqualTo("Mei Lin");
        assertThat(s.get("noteTemplate").asText()).contains("{ordinal}");
        JsonNode cad = s.get("cadence");
        assertThat(cad.get("unit").asText()).isEqualTo("week");
        assertThat(cad.get("interval").asInt()).isEqualTo(1);
        assertThat(cad.get("day").asText()).isEqualTo("tuesday");
        assertThat(cad.get("time").asText()).isEqualTo("15:40");
        assertThat(cad.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(cad.get("text").asText()).isEqualTo("weekly on Tuesday at 15:40 (Asia/Shanghai)");

        assertThat(s.get("pageUpdates").isArray()).isTrue();
        JsonNode parts = s.get("parts");
        assertThat(parts).hasSize(4);
        JsonNode rivers = parts.get(0);
        assertThat(rivers.get("id").asLong()).isEqualTo(f.rivers);
        assertThat(rivers.get("number").asInt()).isEqualTo(1);
        assertThat(rivers.get("label").asText()).isEqualTo("Part 1 of 3");
        assertThat(rivers.get("workingTitle").asText()).isEqualTo("Rivers");
        assertThat(rivers.get("title").asText()).isEqualTo("Rivers run through it");
        assertThat(rivers.get("status").asText()).isEqualTo("published");
        assertThat(rivers.get("articleId").asLong()).isEqualTo(f.riversArticle);
        assertThat(rivers.get("publishAt").asText()).isEqualTo("2026-03-03T07:40:00Z");
        assertThat(rivers.get("teaser").asText()).isEqualTo("Stay tuned for the next issue: Reservoirs");

        JsonNode reservoirs = parts.get(1);
        assertThat(reservoirs.get("label").asText()).isEqualTo("Part 2 of 3");
        assertThat(reservoirs.get("status").asText()).isEqualTo("commissioned");
        assertThat(reservoirs.get("author").asText()).isEqualTo("Wei Chen");
        assertThat(reservoirs.get("articleId").isNull()).isTrue();
        assertThat(reservoirs.get("publishLocal").asText()).isEqualTo("2026-03-10T15:40");
        assertThat(reservoirs.get("publishZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(reservoirs.get("publishAt").asText()).isEqualTo("2026-03-10T07:40:00Z");
        assertThat(reservoirs.get("pitchDue").asText()).isEqualTo("2026-03-02");
        assertThat(reservoirs.get("draftDue").asText()).isEqualTo("2026-03-05");
        assertThat(reservoirs.get("editDue").asText()).isEqualTo("2026-03-08");
        // The dropped part in between is skipped: the teaser names the next part that will run.
        assertThat(reservoirs.get("teaser").asText()).isEqualTo("Stay tuned for the next issue: Drought");

        JsonNode rain = parts.get(2);
        assertThat(rain.get("number").asInt()).isZero();
        assertThat(rain.get("label").asText()).isEqualTo("Dropped");
        assertThat(rain.get("status").asText()).isEqualTo("dropped");
        assertThat(rain.get("teaser").isNull()).isTrue();

        JsonNode drought = parts.get(3);
        assertThat(drought.get("label").asText()).isEqualTo("Part 3 of 3");
        assertThat(drought.get("status").asText()).isEqualTo("planned");
        assertThat(drought.get("publishAt").isNull()).isTrue();
        assertThat(drought.get("pitchDue").isNull()).isTrue();
        assertThat(drought.get("teaser").isNull()).isTrue();
    }

    @Test
    void planListTextShowsABlockPerSeriesAndALinePerPart() {
        CliRunner.Result r = run("plan", "list");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("Water and the City", "Planning", "weekly on Tuesday at 15:40 (Asia/Shanghai)", "3 parts");
        assertThat(lines.get(1)).contains("Part 1 of 3", "Rivers run through it", "Published", "Ana Lima", "03-03-2026 15:40 BJT");
        assertThat(lines.get(2)).contains("Part 2 of 3", "Reservoirs", "Commissioned", "Wei Chen", "03-10-2026 15:40 BJT",
                "pitch 2026-03-02, draft 2026-03-05, edit 2026-03-08");
        assertThat(lines.get(3)).contains("Dropped", "Rain");
        assertThat(lines.get(4)).contains("Part 3 of 3", "Drought", "Planned", "(no author)", "unscheduled", "draft 2026-03-20");
        assertThat(lines).hasSize(5);
    }

    @Test
    void planIcsWritesEveryScheduledPieceAndEveryDueDateWithStableUids() throws Exception {
        Path out = dir.resolve("plan.ics");
        CliRunner.Result r = run("plan", "ics", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("4 publication dates", "4 due dates");

        Calendar cal;
        try (InputStream in = Files.newInputStream(out)) {
            cal = new CalendarBuilder().build(in);
        }
        assertThat(prop(cal.getProperty(Property.PRODID))).isEqualTo("-//Masthead//Series planner//EN");
        assertThat(prop(cal.getProperty("X-WR-CALNAME"))).isEqualTo("The Daily Meridian — Opinion");
        Map<String, VEvent> events = new HashMap<>();
        for (Component c : cal.getComponents(Component.VEVENT)) {
            VEvent e = (VEvent) c;
            events.put(prop(e.getProperty(Property.UID)), e);
        }
        assertThat(events.keySet()).containsExactlyInAnyOrder(
                "article-" + f.oldNews + "-publish@masthead",
                "part-" + f.rivers + "-publish@masthead",
                "part-" + f.reservoirs + "-publish@masthead",
                "article-" + f.tradeWinds + "-publish@masthead",
                "part-" + f.reservoirs + "-pitch@masthead",
                "part-" + f.reservoirs + "-draft@masthead",
                "part-" + f.reservoirs + "-edit@masthead",
                "part-" + f.drought + "-draft@masthead");

        VEvent reservoirs = events.get("part-" + f.reservoirs + "-publish@masthead");
        assertThat(start(reservoirs)).isEqualTo(OffsetDateTime.parse("2026-03-10T07:40:00Z"));
        assertThat(end(reservoirs)).isEqualTo(OffsetDateTime.parse("2026-03-10T08:10:00Z"));
        assertThat(prop(reservoirs.getProperty(Property.SUMMARY))).isEqualTo("Water and the City — Part 2 of 3: Reservoirs");
        assertThat(prop(reservoirs.getProperty(Property.DESCRIPTION))).contains("Status: Commissioned", "Author: Wei Chen");
        assertThat(start(events.get("part-" + f.rivers + "-publish@masthead"))).isEqualTo(OffsetDateTime.parse("2026-03-03T07:40:00Z"));
        VEvent trade = events.get("article-" + f.tradeWinds + "-publish@masthead");
        assertThat(start(trade)).isEqualTo(OffsetDateTime.parse("2026-03-12T01:00:00Z"));
        assertThat(prop(trade.getProperty(Property.SUMMARY))).isEqualTo("Trade winds");
        assertThat(prop(trade.getProperty(Property.DESCRIPTION))).contains("Status: Scheduled");

        VEvent draft = events.get("part-" + f.reservoirs + "-draft@masthead");
        assertThat(start(draft)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(end(draft)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(prop(draft.getProperty(Property.SUMMARY))).isEqualTo("Draft due: Water and the City — Part 2 of 3: Reservoirs");
        assertThat(start(events.get("part-" + f.reservoirs + "-pitch@masthead"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(start(events.get("part-" + f.drought + "-draft@masthead"))).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(Files.readString(out)).contains("DTSTAMP:20260309T000000Z", "\r\n");
        assertThat(cal.validate().hasErrors()).isFalse();
    }

    @Test
    void planIcsRefusesToReplaceAFileWithoutForceAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("keep.ics");
        Files.writeString(out, "precious");
        CliRunner.Result r = run("plan", "ics", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("exists", "--force");
        assertThat(Files.readString(out)).isEqualTo("precious");

        assertThat(run("plan", "ics", "--out", out.toString(), "--force").code()).isZero();
        assertThat(Files.readString(out)).startsWith("BEGIN:VCALENDAR");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        CliRunner.Result noFolder = run("plan", "ics", "--out", dir.resolve("missing/plan.ics").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist");
    }

    @Test
    void planWithoutASubcommandIsAUsageError() {
        assertThat(run("plan").code()).isEqualTo(2);
        assertThat(run("plan", "ics").code()).isEqualTo(2); // --out is required
    }

    private static String prop(java.util.Optional<? extends Property> p) {
        return p.orElseThrow().getValue();
    }

    @SuppressWarnings("unchecked")
    private static Temporal start(VEvent e) {
        return ((DtStart<Temporal>) e.getProperty(Property.DTSTART).orElseThrow()).getDate();
    }

    @SuppressWarnings("unchecked")
    private static Temporal end(VEvent e) {
        return ((DtEnd<Temporal>) e.getEndDate(true).orElseThrow()).getDate();
    }
}
