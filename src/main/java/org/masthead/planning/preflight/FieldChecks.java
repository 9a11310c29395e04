package org.masthead.planning.preflight;

import java.util.List;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.text.Block;

/** What every page needs: a headline, a byline with titles, a responsible editor, alt text for pictures. */
final class FieldChecks {

    private FieldChecks() {
    }

    static void check(ArticleContent c, Sink out) {
        if (c.headline().isBlank()) out.error(Location.of(Location.Field.HEADLINE), "The article has no headline.");
        List<Author> byline = c.byline();
        if (byline.isEmpty()) {
            out.error(Location.byline(-1), "The article has no byline; the page prints “By …” under the headline.");
        }
        for (int i = 0; i < byline.size(); i++) {
            Author a = byline.get(i);
            if (a.name().isBlank()) {
                out.error(Location.byline(i), "Author " + (i + 1) + " of the byline has no name.");
            } else if (a.title().isBlank()) {
                out.warning(Location.byline(i), a.name() + " has no title or affiliation in the byline (“By NAME, Vice President of …”).");
            }
        }
        if (c.responsibleEditor().isBlank()) {
            out.warning(Location.of(Location.Field.RESPONSIBLE_EDITOR), "No responsible editor; the page's meta line names one.");
        }
        List<Block> blocks = c.body().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Figure f && f.alt().isBlank()) {
                String which = f.caption().isBlank() ? "A picture" : "The picture captioned " + Sink.quote(f.caption(), 60);
                out.warning(Location.block(Location.Field.FIGURE_ALT, i, "figure"),
                        which + " has no alt text; screen readers say nothing for it.");
            }
        }
    }
}
