package org.masthead.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.masthead.model.ArticleRef;
import org.masthead.model.ArticleStatus;
import org.masthead.model.PartStage;
import org.masthead.model.PlanPart;
import org.masthead.model.SeriesWithParts;
import org.masthead.model.Series;
import org.masthead.model.SeriesPart;

/**
 * A series with its parts in order, each with the article written for it if there is one.
 * Numbers, counts and teasers come from here: a part's number is its place among the parts
 * not dropped, the count is how many those are, and the teaser names the next of them. All
 * operations return a new plan with positions renumbered 1..n; {@link #pageChanges} tells
 * what they would change on pages already published.
 */
public record Plan(Series series, List<PlanPart> parts) {

    /** What a published page of the series says about the plan. */
    public record PageFacts(int number, int count, String nextTitle) {
        public String partLabel() {
            return "Part " + number + " of " + count;
        }
    }

    /** A change to one published page, to be confirmed and logged. */
    public record PageChange(long articleId, long partId, String headline, PageFacts before, PageFacts after) {
        public String describe() {
            List<String> what = new ArrayList<>();
            if (before.number() != after.number() || before.count() != after.count()) {
                what.add("\"" + before.partLabel() + "\" becomes \"" + after.partLabel() + "\"");
            }
            if (!Objects.equals(before.nextTitle(), after.nextTitle())) {
                what.add(after.nextTitle() == null ? "the teaser for \"" + before.nextTitle() + "\" goes (no next part)"
                        : before.nextTitle() == null ? "a teaser for \"" + after.nextTitle() + "\" appears"
                        : "the teaser changes from \"" + before.nextTitle() + "\" to \"" + after.nextTitle() + "\"");
            }
            return String.join("; ", what);
        }
    }

    public static Plan of(SeriesWithParts s) {
        return new Plan(s.series(), s.parts());
    }

    /** The stored form: what {@code SeriesStore.savePlan} takes. */
    public SeriesWithParts stored() {
        return new SeriesWithParts(series, parts);
    }

    public Plan {
        Objects.requireNonNull(series);
        List<PlanPart> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(p -> p.part().position()));
        parts = List.copyOf(sorted);
    }

    /** How many parts the series has: those not dropped. */
    public int count() {
        int n = 0;
        for (PlanPart p : parts) if (!p.part().isDropped()) n++;
        return n;
    }

    /** The part's number (1-based among parts not dropped), or 0 for a dropped part. */
    public int number(int index) {
        PlanPart p = parts.get(index);
        if (p.part().isDropped()) return 0;
        int n = 0;
        for (int i = 0; i <= index; i++) if (!parts.get(i).part().isDropped()) n++;
        return n;
    }

    public int indexOfPart(long partId) {
        for (int i = 0; i < parts.size(); i++) if (parts.get(i).part().id() == partId) return i;
        return -1;
    }

    /** "Part 2 of 4", or "Dropped". */
    public String partLabel(int index) {
        int n = number(index);
        return n == 0 ? "Dropped" : "Part " + n + " of " + count();
    }

    /** The next part that is not dropped, if any. */
    public Optional<PlanPart> next(int index) {
        for (int i = index + 1; i < parts.size(); i++) {
            if (!parts.get(i).part().isDropped()) return Optional.of(parts.get(i));
        }
        return Optional.empty();
    }

    /** "Stay tuned for the next issue: TITLE", or empty after the last part. */
    public Optional<String> teaser(int index) {
        return next(index).map(p -> "Stay tuned for the next issue: " + p.teaserTitle());
    }

    /** The editor's note for a part, rendered from the series' template. */
    public String editorsNote(int index) {
        return NoteTemplate.render(series.noteTemplate(), number(index), count(), series.title(), series.topic());
    }

    /** "Part 2 of 4 in “Title” · next: TITLE" for the part holding an article, or empty. */
    public Optional<String> contextOf(long articleId) {
        int i = indexOfArticle(articleId);
        if (i < 0) return Optional.empty();
        String next = next(i).map(p -> " · next: " + p.title()).orElse(" · the last part");
        return Optional.of(partLabel(i) + " in the series “" + series.title() + "”" + (parts.get(i).part().isDropped() ? "" : next));
    }

    /**
     * When an article's editor's note no longer agrees with what the series template renders for
     * its place (the plan changed after the draft was made), the plan's wording; else empty.
     */
    public Optional<String> noteMismatch(long articleId, String note) {
        int i = indexOfArticle(articleId);
        if (i < 0 || parts.get(i).part().isDropped()) return Optional.empty();
        String expected = editorsNote(i);
        return expected.strip().equals(note == null ? "" : note.strip()) || note == null || note.isBlank() && expected.isBlank()
                ? Optional.empty() : Optional.of(expected);
    }

    public int indexOfArticle(long articleId) {
        for (int i = 0; i < parts.size(); i++) if (articleId != 0 && parts.get(i).part().articleId() == articleId) return i;
        return -1;
    }

    public PageFacts facts(int index) {
        return new PageFacts(number(index), count(), next(index).map(PlanPart::teaserTitle).orElse(null));
    }

    /** What each published page of this plan says, by article id. */
    public Map<Long, PageFacts> publishedFacts() {
        Map<Long, PageFacts> m = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isPublished()) m.put(parts.get(i).article().id(), facts(i));
        }
        return m;
    }

    /** The log entries for page changes, as {@code SeriesStore.savePlan} keeps them. */
    public static List<org.masthead.model.PlanLogEntry> logEntries(long seriesId, List<PageChange> changes, java.time.Instant now) {
        List<org.masthead.model.PlanLogEntry> l = new ArrayList<>();
        for (PageChange ch : changes) {
            l.add(new org.masthead.model.PlanLogEntry(0, seriesId, ch.articleId(), now,
                    "\"" + ch.headline() + "\": " + ch.describe() + " — the published page needs an update"));
        }
        return l;
    }

    /** The published pages whose series box or teaser would read differently in {@code after}. */
    public List<PageChange> pageChanges(Plan after) {
        Map<Long, PageFacts> a = after.publishedFacts();
        List<PageChange> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PlanPart p = parts.get(i);
            if (!p.isPublished()) continue;
            PageFacts was = facts(i);
            PageFacts now = a.get(p.article().id());
            if (now != null && !now.equals(was)) out.add(new PageChange(p.article().id(), p.part().id(), p.title(), was, now));
        }
        return out;
    }

    // ---- operations: each returns a renumbered plan ----

    /** Inserts a new part at {@code index} (0 = first; {@code parts().size()} = last). */
    public Plan insert(int index, SeriesPart part) {
        if (index < 0 || index > parts.size()) throw new IndexOutOfBoundsException("no place " + index + " in the series");
        List<PlanPart> l = new ArrayList<>(parts);
        l.add(index, new PlanPart(part.withSeriesId(series.id()), null));
        return renumbered(l);
    }

    /** Moves the part at {@code from} to {@code to}, as a list drag does. */
    public Plan move(int from, int to) {
        List<PlanPart> l = new ArrayList<>(parts);
        PlanPart p = l.remove(from);
        l.add(Math.max(0, Math.min(to, l.size())), p);
        return renumbered(l);
    }

    /** Drops a part: it stays on the board, without a number. A published part cannot be dropped. */
    public Plan drop(int index) {
        PlanPart p = parts.get(index);
        if (p.isPublished()) throw new IllegalStateException("a published part cannot be dropped; withdraw its article instead");
        if (p.articleStatus() == org.masthead.model.ArticleStatus.SCHEDULED) {
            throw new IllegalStateException("\"" + p.title() + "\" is scheduled to go out; take it off the calendar (drag it to the pool) "
                    + "before dropping it");
        }
        return replace(index, p.part().withStage(PartStage.DROPPED));
    }

    /** Brings a dropped part back into the numbering. */
    public Plan reinstate(int index) {
        PlanPart p = parts.get(index);
        if (!p.part().isDropped()) return this;
        PartStage back = p.part().author().isBlank() ? PartStage.PLANNED : PartStage.COMMISSIONED;
        return replace(index, p.part().withStage(back));
    }

    /** Removes a part from the plan altogether; its article, if any, stays as a stand-alone article. */
    public Plan remove(int index) {
        if (parts.get(index).isPublished()) {
            throw new IllegalStateException("a published part cannot be removed from its series; withdraw its article instead");
        }
        List<PlanPart> l = new ArrayList<>(parts);
        l.remove(index);
        return renumbered(l);
    }

    /** Replaces a part's own fields (title, author, dues, time); its place stays. */
    public Plan replace(int index, SeriesPart changed) {
        List<PlanPart> l = new ArrayList<>(parts);
        l.set(index, l.get(index).withPart(changed.withPosition(parts.get(index).part().position())));
        return renumbered(l);
    }

    /** The same plan with another series record (title, template, cadence...). */
    public Plan withSeries(Series s) {
        return new Plan(s.withPlannedParts(count()), parts);
    }

    private Plan renumbered(List<PlanPart> l) {
        List<PlanPart> out = new ArrayList<>(l.size());
        int active = 0;
        for (int i = 0; i < l.size(); i++) {
            PlanPart p = l.get(i);
            out.add(p.withPart(p.part().withPosition(i + 1).withSeriesId(series.id())));
            if (!p.part().isDropped()) active++;
        }
        return new Plan(series.withPlannedParts(active), out);
    }

    /** {@code n} planned parts for a new series, titled "Part 1"... until the editor names them. */
    public static List<SeriesPart> placeholders(int n) {
        List<SeriesPart> l = new ArrayList<>();
        for (int i = 1; i <= n; i++) l.add(SeriesPart.planned("Part " + i).withPosition(i));
        return l;
    }
}
