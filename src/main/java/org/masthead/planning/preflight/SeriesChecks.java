package org.masthead.planning.preflight;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.ArticleContent;
import org.masthead.model.PlanPart;
import org.masthead.model.text.Block;
import org.masthead.planning.Conflict;
import org.masthead.planning.Conflicts;
import org.masthead.planning.Plan;
import org.masthead.planning.Schedule;
import org.masthead.planning.Slots;

/**
 * What a series part says about its series against what the plan says: the part number and
 * count in the editor's note, the title a next-part teaser names, and whether the part is set
 * to go out before the part it follows.
 */
final class SeriesChecks {

    /** "Stay tuned for the next issue: TITLE", "Next in this series: TITLE". */
    private static final Pattern TEASER = Pattern.compile(
            "(?i)(?:stay\\s+tuned\\s+for\\s+the\\s+next\\s+(?:issue|part|article|instal{1,2}ment|episode)|next\\s+in\\s+(?:this|the)\\s+series)"
                    + "\\s*[:：\\-\u2013\u2014]\\s*(.+)$");

    private SeriesChecks() {
    }

    /**
     * The out-of-order warnings of each plan, worked out once per plan object: they depend on the
     * plan alone, and every part of a series shares its plan when a whole site is checked.
     * Plans are told apart by identity (a record's equality would compare every part).
     */
    static final class OrderCache {
        private final Map<Plan, Conflicts.Report> reports = Collections.synchronizedMap(new IdentityHashMap<>());

        Conflicts.Report of(Plan plan) {
            Conflicts.Report r = reports.get(plan);
            if (r == null) {
                r = report(plan);
                reports.put(plan, r);
            }
            return r;
        }

        /** Only the order of the parts is asked for, which does not depend on the slots or on now. */
        static Conflicts.Report report(Plan plan) {
            Schedule schedule = Schedule.build(List.of(plan), List.of(), ZoneOffset.UTC);
            return Conflicts.check(schedule, new Slots(Slots.DEFAULT_TIMES, ZoneOffset.UTC), Instant.EPOCH);
        }
    }

    static void check(long articleId, ArticleContent c, Plan plan, Sink out) {
        check(articleId, c, plan, null, Text.marks(c.body().blocks()), out);
    }

    /**
     * @param cache where the order of the plan's parts was already worked out, or {@code null}
     * @param marks {@link Text#marks(List)} of the body's blocks
     */
    static void check(long articleId, ArticleContent c, Plan plan, OrderCache cache, int[] marks, Sink out) {
        int index = plan == null ? -1 : plan.indexOfArticle(articleId);
        boolean part = index >= 0 && !plan.parts().get(index).part().isDropped();
        if (part) {
            note(c.editorsNote(), plan, index, out);
            order(plan, index, cache == null ? OrderCache.report(plan) : cache.of(plan), out);
        }
        teasers(c, part ? plan : null, index, marks, out);
    }

    private static void note(String note, Plan plan, int index, Sink out) {
        int number = plan.number(index);
        int count = plan.count();
        Location where = Location.of(Location.Field.EDITORS_NOTE);
        String place = "part " + number + " of " + count;
        NoteNumbers says = NoteNumbers.parse(note);
        if (!says.saysAnything()) {
            String expected = plan.editorsNote(index);
            if (NoteNumbers.parse(expected).saysAnything()) {
                out.warning(where, "The editor's note does not say which part of the series this is (" + place + "); the series' note reads: "
                        + Sink.quote(expected, 120));
            }
            return;
        }
        if (says.number() > 0 && says.number() != number) {
            out.error(where, "The editor's note says this is part " + says.number() + " (" + Sink.quote(says.numberAt(), 40)
                    + "); the plan makes it " + place + ".");
        } else if (says.isFinal() && number != count) {
            out.error(where, "The editor's note calls this the final part (" + Sink.quote(says.numberAt(), 40) + "); the plan makes it "
                    + place + ".");
        }
        if (says.count() > 0 && says.count() != count) {
            out.error(where, "The editor's note says the series has " + says.count() + " parts (" + Sink.quote(says.countAt(), 40)
                    + "); the plan has " + count + ".");
        }
    }

    private static void order(Plan plan, int index, Conflicts.Report r, Sink out) {
        PlanPart p = plan.parts().get(index);
        String key = "p:" + p.part().id();
        for (Conflict c : r.of(key)) {
            if (c.kind() == Conflict.Kind.OUT_OF_ORDER && c.pieces().get(0).equals(key)) {
                out.warning(Location.of(Location.Field.SCHEDULE), c.message() + ".");
            }
        }
    }

    private static void teasers(ArticleContent c, Plan plan, int index, int[] marks, Sink out) {
        List<Block> blocks = c.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.TextBlock t)) continue;
            // Every teaser says "next"; most paragraphs do not, and need no scan.
            if ((marks[i] & Text.NEXT) == 0) continue;
            Matcher m = TEASER.matcher(t.text().strip());
            if (!m.find()) continue;
            String named = title(m.group(1));
            Location where = Location.block(Location.Field.BLOCK, i, Sink.kind(t));
            if (plan == null) {
                out.warning(where, "A next-part teaser naming " + Sink.quote(named, 60) + " in an article that is no part of a series plan.");
                continue;
            }
            Optional<PlanPart> next = plan.next(index);
            if (next.isEmpty()) {
                out.error(where, "The teaser names " + Sink.quote(named, 60) + ", but this is the last part in the plan.");
                continue;
            }
            String key = Similarity.normalize(named);
            PlanPart n = next.get();
            if (key.equals(Similarity.normalize(n.teaserTitle())) || key.equals(Similarity.normalize(n.title()))
                    || key.equals(Similarity.normalize(n.part().workingTitle()))) {
                out.warning(where, "The page prints the plan's teaser for the next part itself; this one would be printed twice.");
                continue;
            }
            String other = null;
            for (int k = 0; k < plan.parts().size(); k++) {
                PlanPart q = plan.parts().get(k);
                if (key.equals(Similarity.normalize(q.title())) || key.equals(Similarity.normalize(q.part().workingTitle()))) {
                    other = q.part().isDropped() ? "a dropped part" : "part " + plan.number(k);
                    break;
                }
            }
            out.error(where, "The teaser names " + Sink.quote(named, 60)
                    + (other == null ? ", a title the plan no longer has" : ", which is " + other)
                    + "; the next part is " + Sink.quote(n.teaserTitle(), 60) + ".");
        }
    }

    /** The title as named: without quotes around it or a full stop after it. */
    private static String title(String s) {
        String t = s.strip();
        t = t.replaceAll("[.。]+$", "").strip();
        t = t.replaceAll("^[\"“‘'«]+|[\"”’'»]+$", "").strip();
        return t;
    }
}
