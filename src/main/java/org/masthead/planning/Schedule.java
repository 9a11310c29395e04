package org.masthead.planning;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.PlannedTime;

/**
 * Every piece on the publication's one calendar: series parts from their plans and stand-alone
 * articles that are ready, scheduled or published. Parts that are dropped, or whose article was
 * spiked, withdrawn or trashed, are not on it.
 */
public record Schedule(List<Piece> pieces) {

    public Schedule {
        pieces = List.copyOf(pieces);
    }

    public static Schedule build(List<Plan> plans, List<ArticleRef> standalone, ZoneId zone) {
        List<Piece> out = new ArrayList<>();
        for (Plan plan : plans) {
            int count = plan.count();
            for (int i = 0; i < plan.parts().size(); i++) {
                org.masthead.model.PlanPart pp = plan.parts().get(i);
                if (pp.part().isDropped()) continue;
                ArticleRef a = pp.article();
                if (a != null && (a.trashed() || a.status() == ArticleStatus.SPIKED || a.status() == ArticleStatus.WITHDRAWN)) continue;
                ZoneId z = pp.part().planned() != null ? pp.part().planned().zone() : plan.series().cadence().zone();
                PlannedTime t = pp.part().planned();
                if (a != null && a.isPublished() && a.publishedAt() != null) t = PlannedTime.of(a.publishedAt(), z);
                else if (a != null && a.status() == ArticleStatus.SCHEDULED && a.scheduledAt() != null
                        && (t == null || !t.instant().equals(a.scheduledAt()))) {
                    // The article's instant wins; the part's own wall-clock time is kept when it agrees, so a
                    // skipped or repeated local time stays visible.
                    t = PlannedTime.of(a.scheduledAt(), z);
                }
                out.add(new Piece("p:" + pp.part().id(), a == null ? 0 : a.id(), pp.part().id(), plan.series().id(), plan.series().title(),
                        plan.number(i), count, pp.title(), pp.part().author(), t, pp.isPublished(), a == null ? null : a.embargo(),
                        pp.articleStatus(), pp.statusLabel(), Piece.dues(pp.part(), pp.articleStatus())));
            }
        }
        for (ArticleRef a : standalone) {
            if (a.trashed()) continue;
            PlannedTime t = switch (a.status()) {
                case PUBLISHED -> a.publishedAt() == null ? null : PlannedTime.of(a.publishedAt(), zone);
                case SCHEDULED -> a.scheduledAt() == null ? null : PlannedTime.of(a.scheduledAt(), zone);
                case READY -> null;
                default -> null;
            };
            if (t == null && a.status() != ArticleStatus.READY && a.status() != ArticleStatus.SCHEDULED) continue;
            out.add(new Piece("a:" + a.id(), a.id(), 0, 0, "", 0, 0, a.headline(), a.byline(), t, a.isPublished(), a.embargo(),
                    a.status(), a.status().label(), List.of()));
        }
        return new Schedule(out);
    }

    /** The pieces waiting for a date: the pool beside the calendar. */
    public List<Piece> unscheduled() {
        return pieces.stream().filter(p -> p.time() == null).toList();
    }

    public List<Piece> scheduled() {
        return pieces.stream().filter(p -> p.time() != null).toList();
    }

    public Map<String, Piece> byKey() {
        Map<String, Piece> m = new HashMap<>(pieces.size() * 2);
        for (Piece p : pieces) m.put(p.key(), p);
        return m;
    }

    /** The same schedule with one piece moved to another time (or to the pool with {@code null}). */
    public Schedule with(String key, PlannedTime time) {
        List<Piece> l = new ArrayList<>(pieces.size());
        for (Piece p : pieces) l.add(p.key().equals(key) ? p.withTime(time) : p);
        return new Schedule(l);
    }
}
