package org.masthead.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** Draws a figure inline: the picture with its caption and credit under it. */
final class FigureNodeFactory {

    private final ImageCache images;

    FigureNodeFactory(ImageCache images) {
        this.images = images;
    }

    Node create(FigureSegment fig) {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        if (!fig.isEmpty()) view.imageProperty().bind(images.image(fig.assetId()));
        view.setAccessibleText(fig.alt());
        VBox box = new VBox(4, view);
        if (!fig.caption().isEmpty()) {
            Label caption = new Label(fig.caption());
            caption.setWrapText(true);
            caption.getStyleClass().add(EditorCss.FIGURE_CAPTION);
            box.getChildren().add(caption);
        }
        if (!fig.credit().isEmpty()) {
            Label credit = new Label(fig.credit());
            credit.getStyleClass().add(EditorCss.FIGURE_CREDIT);
            box.getChildren().add(credit);
        }
        box.getStyleClass().add(EditorCss.FIGURE);
        box.setMaxWidth(ImageCache.DISPLAY_WIDTH + 16);
        return box;
    }
}
