package org.masthead.publish;

import org.masthead.model.ArticleRef;
import org.masthead.model.Cadence;
import org.masthead.model.PlannedTime;
import org.masthead.model.PlanPart;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;
import org.masthead.planning.Plan;

/**
 * A series plan as text for its page's stamp: every field of the series, of each part and of
 * the article each part shows, in order. Written out field by field rather than through the
 * records' {@code toString}, which on a cold JVM cost the export some 80 ms for 2,500 plans.
 * {@code PlanStampTest} changes each field of each record in turn and fails if the text does
 * not change, so a field added later cannot be left out.
 */
final class PlanStamp {

    private static final char FIELD = '\u0001';
    private static final char RECORD = '\u0002';

    private PlanStamp() {
    }

    static String of(Plan plan) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, plan.series());
        for (PlanPart p : plan.parts()) {
            sb.append(RECORD);
            append(sb, p.part());
            sb.append(RECORD);
            if (p.article() != null) append(sb, p.article());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Series s) {
        fields(sb, s.id(), s.title(), s.topic(), s.description(), s.plannedParts(), s.cadence(), s.owner(), s.status(), s.noteTemplate(),
                s.createdAt(), s.modifiedAt());
    }

    private static void append(StringBuilder sb, SeriesPart p) {
        fields(sb, p.id(), p.seriesId(), p.position(), p.workingTitle(), p.author(), p.articleId(), p.stage(), p.pitchDue(), p.draftDue(),
                p.editDue(), p.planned());
    }

    private static void append(StringBuilder sb, ArticleRef r) {
        fields(sb, r.id(), r.status(), r.headline(), r.byline(), r.scheduledAt(), r.publishedAt(), r.embargo(), r.trashed());
    }

    private static void fields(StringBuilder sb, Object... values) {
        for (Object v : values) {
            // null and "null" differ; a text holding the separators cannot pass for two fields
            if (v == null) sb.append('\u0000');
            else if (v instanceof Cadence c) fields(sb, c.unit(), c.interval(), c.day(), c.time(), c.zone());
            else if (v instanceof PlannedTime t) fields(sb, t.local(), t.zone());
            else if (v instanceof String t) sb.append('"').append(t.replace("\\", "\\\\").replace("\u0001", "\\1").replace("\u0002", "\\2"));
            else sb.append(v);
            sb.append(FIELD);
        }
    }
}
