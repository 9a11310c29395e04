package org.masthead.ui.editor;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import org.masthead.planning.preflight.Location;

/**
 * Takes the editor to where a preflight finding is: the headline field, a field of the Article
 * panel, or a block of the text (selected, with the figure's caption or alt text focused for a
 * figure). Block indexes are paragraph indexes of the area (one block, one paragraph); an index
 * past the end (the text changed since the check) goes nowhere.
 */
final class FindingJump implements Consumer<Location> {

    private final TextField headline;
    private final EditorArea area;
    private final FigurePanel figures;
    private final MetadataView meta;
    private final Runnable showArticlePanel;

    FindingJump(TextField headline, EditorArea area, FigurePanel figures, MetadataView meta, Runnable showArticlePanel) {
        this.headline = headline;
        this.area = area;
        this.figures = figures;
        this.meta = meta;
        this.showArticlePanel = showArticlePanel;
    }

    @Override
    public void accept(Location where) {
        switch (where.field()) {
            case HEADLINE -> headline.requestFocus();
            case BLOCK, FIGURE_CAPTION, FIGURE_ALT -> block(where);
            default -> {
                showArticlePanel.run();
                // The panel's fields are laid out once its tab shows.
                Platform.runLater(() -> meta.focus(where.field(), where.index()));
            }
        }
    }

    private void block(Location where) {
        int par = where.index();
        if (par < 0 || par >= area.getParagraphs().size()) return;
        area.selectRange(par, 0, par, area.getParagraphLength(par));
        area.requestFollowCaret();
        if (where.field() == Location.Field.BLOCK) area.requestFocus();
        else figures.focus(where.field() == Location.Field.FIGURE_ALT);
    }
}
