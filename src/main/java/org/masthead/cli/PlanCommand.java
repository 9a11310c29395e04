package org.masthead.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.masthead.store.DatabaseLocation;
import org.masthead.model.Cadence;
import org.masthead.model.PlanPart;
import org.masthead.model.PlannedTime;
import org.masthead.model.Publication;
import org.masthead.model.SeriesPart;
import org.masthead.model.Stamp;
import org.masthead.planning.Piece;
import org.masthead.planning.Plan;
import org.masthead.planning.PlanCalendar;
import org.masthead.planning.Schedule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code masthead plan list [--json]} and {@code masthead plan ics --out FILE [--force]}. */
@Command(name = "plan", description = "The series plan.", subcommands = {PlanCommand.ListCommand.class, PlanCommand.IcsCommand.class},
        mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'masthead plan list' or 'masthead plan ics'");
    }

    @Command(name = "list", description = "List the series with their parts, by title.", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON array and nothing else.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            List<Plan> plans;
            Publication pub;
            Map<Long, List<org.masthead.model.PlanLogEntry>> logs;
            try (Stores s = Stores.open(spec, file)) {
                plans = s.series().allPlans().stream().map(Plan::of).toList();
                pub = s.publication().get();
                logs = s.series().logs();
            }
            // The schedule gives each part its time: the planned one, or the article's own once scheduled or published.
            Map<String, Piece> pieces = Schedule.build(plans, List.of(), pub.defaultZone()).byKey();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper m = new ObjectMapper();
                ArrayNode a = m.createArrayNode();
                for (Plan p : plans) {
                    ObjectNode o = a.addObject();
                    series(o, p, pieces);
                    ArrayNode log = o.putArray("pageUpdates");
                    for (org.masthead.model.PlanLogEntry e : logs.getOrDefault(p.series().id(), List.of())) {
                        ObjectNode lo = log.addObject();
                        lo.put("at", e.at().toString());
                        if (e.articleId() == 0) lo.putNull("articleId"); else lo.put("articleId", e.articleId());
                        lo.put("message", e.message());
                    }
                }
                out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
            } else {
                text(out, plans, pieces, pub);
            }
            out.flush();
            return MastheadCommand.OK;
        }

        private static void text(PrintWriter out, List<Plan> plans, Map<String, Piece> pieces, Publication pub) {
            if (plans.isEmpty()) out.println("No series planned.");
            for (int k = 0; k < plans.size(); k++) {
                Plan p = plans.get(k);
                if (k > 0) out.println();
                int n = p.count();
                out.printf("%s  [%s]  %s  %d %s%n", p.series().title().isBlank() ? "(untitled series)" : p.series().title(),
                        p.series().status().label(), p.series().cadence().describe(), n, n == 1 ? "part" : "parts");
                for (int i = 0; i < p.parts().size(); i++) {
                    PlanPart pp = p.parts().get(i);
                    PlannedTime t = time(pp.part(), pieces);
                    out.printf("  %-12s  %s  %s  %s  %s  %s%n", p.partLabel(i), pp.title().isBlank() ? "(untitled)" : pp.title(),
                            pp.statusLabel(), pp.part().author().isBlank() ? "(no author)" : pp.part().author(),
                            t == null ? "unscheduled" : pub.formatMeta(new Stamp(t.instant(), t.zone())), dues(pp.part()));
                }
            }
        }

        private static String dues(SeriesPart p) {
            List<String> l = new ArrayList<>(3);
            if (p.pitchDue() != null) l.add("pitch " + p.pitchDue());
            if (p.draftDue() != null) l.add("draft " + p.draftDue());
            if (p.editDue() != null) l.add("edit " + p.editDue());
            return l.isEmpty() ? "no dues" : String.join(", ", l);
        }

        private static void series(ObjectNode o, Plan p, Map<String, Piece> pieces) {
            o.put("id", p.series().id());
            o.put("title", p.series().title());
            o.put("topic", p.series().topic());
            o.put("description", p.series().description());
            o.put("status", p.series().status().key());
            o.put("plannedParts", p.series().plannedParts());
            Cadence c = p.series().cadence();
            ObjectNode co = o.putObject("cadence");
            co.put("unit", c.unit().name().toLowerCase());
            co.put("interval", c.interval());
            co.put("day", c.day().name().toLowerCase());
            co.put("time", c.time().toString());
            co.put("zone", c.zone().getId());
            co.put("text", c.describe());
            o.put("owner", p.series().owner());
            o.put("noteTemplate", p.series().noteTemplate());
            ArrayNode parts = o.putArray("parts");
            for (int i = 0; i < p.parts().size(); i++) part(parts.addObject(), p, i, pieces);
        }

        private static void part(ObjectNode o, Plan p, int i, Map<String, Piece> pieces) {
            PlanPart pp = p.parts().get(i);
            SeriesPart part = pp.part();
            o.put("id", part.id());
            o.put("position", part.position());
            o.put("number", p.number(i));
            o.put("label", p.partLabel(i));
            o.put("workingTitle", part.workingTitle());
            o.put("title", pp.title());
            o.put("author", part.author());
            o.put("status", pp.statusKey());
            if (part.hasArticle()) o.put("articleId", part.articleId()); else o.putNull("articleId");
            PlannedTime t = time(part, pieces);
            if (t == null) {
                o.putNull("publishLocal");
                o.putNull("publishZone");
                o.putNull("publishAt");
            } else {
                o.put("publishLocal", t.local().toString());
                o.put("publishZone", t.zone().getId());
                o.put("publishAt", t.instant().toString());
            }
            putDate(o, "pitchDue", part.pitchDue());
            putDate(o, "draftDue", part.draftDue());
            putDate(o, "editDue", part.editDue());
            String teaser = part.isDropped() ? null : p.teaser(i).orElse(null);
            if (teaser == null) o.putNull("teaser"); else o.put("teaser", teaser);
        }

        private static PlannedTime time(SeriesPart part, Map<String, Piece> pieces) {
            Piece piece = pieces.get("p:" + part.id());
            return piece != null ? piece.time() : part.planned();
        }

        private static void putDate(ObjectNode o, String k, LocalDate d) {
            if (d == null) o.putNull(k); else o.put(k, d.toString());
        }
    }

    @Command(name = "ics", description = "Write the plan as an iCalendar file (publication and due dates) a calendar app can subscribe to.",
            mixinStandardHelpOptions = true)
    static final class IcsCommand implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.ics", description = "Where to write the calendar.")
        Path out;

        @Option(names = "--force", description = "Replace FILE.ics if it exists (as a subscribed calendar file is, on each export).")
        boolean force;

        @Override
        public Integer call() throws Exception {
            DatabaseLocation file = MastheadCommand.existingDatabase(spec).orElse(null);
            if (file == null) return MastheadCommand.FAILED;
            Path target = MastheadCommand.writableTarget(spec, out, force).orElse(null);
            if (target == null) return MastheadCommand.FAILED;
            try (Stores s = Stores.open(spec, file)) {
                PlanCalendar.Events e = new PlanCalendar(s.series(), s.publication()).writeTo(target, force, MastheadCommand.now(spec));
                spec.commandLine().getErr().printf("Wrote %d publication dates and %d due dates to %s%n", e.publications(), e.dues(), target);
                return MastheadCommand.OK;
            }
        }
    }
}
