package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.masthead.model.ArticleContent;
import org.masthead.model.SiteSettings;
import org.masthead.planning.Plan;

/**
 * The preflight checks over one article: pure functions of its content, the plan of its series
 * (if it is a part) and what the site prints around every article. Checks:
 * <ul>
 *   <li>a missing headline or byline, an author without a name (errors); an author without a
 *       title, no responsible editor, a picture without alt text (warnings);</li>
 *   <li>a paragraph or caption printed twice, exactly or with small differences, a caption
 *       repeated as body text, body text repeating the editor's note, source note or the
 *       boilerplate every page carries (errors; a close likeness is a warning), see
 *       {@link RepeatChecks};</li>
 *   <li>an editor's note whose part number or count disagrees with the plan, a teaser naming a
 *       title the plan no longer has (errors), a part set to go out before the one it follows
 *       (warning);</li>
 *   <li>links inside the site that lead to no page, links elsewhere that are malformed or
 *       forbidden (errors), never fetched;</li>
 *   <li>house-style slips ("4-parts series", "2th", "a 8-part", double spaces, a note to the desk
 *       left in) (warnings).</li>
 * </ul>
 * The checks live in {@code planning} because they need the series plan, and planning may use
 * model and store while {@code publish} may not use planning: the export's callers (the CLI and
 * the window) run them and pass the verdict to the exporter. See docs/decisions.
 */
public final class Preflight {

    private final SiteSettings site;
    private final Predicate<String> pageExists;
    /** What the site prints on every page, split into words once. */
    private final List<RepeatChecks.PageText> siteTexts;

    /**
     * @param site       the site's address and the boilerplate printed on every page; {@code null} for none
     * @param pageExists whether a path below the site's root ("2026/03/slug/") is a page of the
     *                   site; {@code null} while the site's pages are not known (links inside the
     *                   site are then checked for form only)
     */
    public Preflight(SiteSettings site, Predicate<String> pageExists) {
        this.site = site;
        this.pageExists = pageExists;
        List<RepeatChecks.PageText> l = new ArrayList<>();
        if (site != null) {
            l.add(new RepeatChecks.PageText(site.disclaimer(), "the disclaimer"));
            l.add(new RepeatChecks.PageText(site.about(), "the about box"));
            String invitation = (site.submissionInvitation() + " " + site.submissionEmail()).strip();
            l.add(new RepeatChecks.PageText(invitation, "the about box's invitation to send in pieces"));
        }
        this.siteTexts = List.copyOf(l);
    }

    /**
     * Checks one version of an article ({@code plan} is its series plan, or {@code null}). Safe
     * to call from several threads at once (when {@code pageExists} is).
     */
    public List<Finding> check(long articleId, ArticleContent content, Plan plan) {
        return check(articleId, content, plan, null);
    }

    /**
     * {@link #check(long, ArticleContent, Plan)} for one article of many: {@code order} keeps the
     * order of each plan's parts, worked out once for all the parts that share the plan object.
     */
    List<Finding> check(long articleId, ArticleContent content, Plan plan, SeriesChecks.OrderCache order) {
        Sink out = new Sink(articleId, content.headline());
        int[] marks = Text.marks(content.body().blocks());
        FieldChecks.check(content, out);
        RepeatChecks.check(content, around(content), out);
        SeriesChecks.check(articleId, content, plan, order, marks, out);
        LinkChecks.check(content.body().blocks(), site == null ? "" : site.baseUrl(), pageExists, out);
        StyleChecks.check(content, marks, out);
        List<Finding> l = new ArrayList<>(out.findings());
        l.sort(READING_ORDER);
        return List.copyOf(l);
    }

    /** Errors first, then from the top of the page down. */
    public static final Comparator<Finding> READING_ORDER = Comparator.comparing(Finding::severity)
            .thenComparingInt((Finding f) -> f.location().field().inBody() ? 1000 : f.location().field().ordinal())
            .thenComparingInt(f -> f.location().index());

    private List<RepeatChecks.PageText> around(ArticleContent c) {
        List<RepeatChecks.PageText> l = new ArrayList<>();
        l.add(new RepeatChecks.PageText(c.editorsNote(), "the editor's note"));
        l.add(new RepeatChecks.PageText(c.sourceNote(), "the source note"));
        l.addAll(siteTexts);
        return l;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
