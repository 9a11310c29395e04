package org.masthead.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** Draws a figure inline: the picture with its caption and credit under it. */
final class FigureNodeFactory {

    private final ImageCache images;

    private javafx.beans.value.ObservableDoubleValue available = new javafx.beans.property.SimpleDoubleProperty(ImageCache.DISPLAY_WIDTH);

    FigureNodeFactory(ImageCache images) {
        this.images = images;
    }

    /** The text area's width: pictures shrink with it, keeping their proportions. */
    void setAvailableWidth(javafx.beans.value.ObservableDoubleValue width) {
        this.available = width;
    }

    Node create(FigureSegment fig) {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        view.setSmooth(true);
        // Never wider than the text column (less its margins), never wider than the display size.
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double natural = view.getImage() == null ? ImageCache.DISPLAY_WIDTH : view.getImage().getWidth();
            double w = available.get() - 64;
            return Math.min(natural, w <= 0 ? ImageCache.DISPLAY_WIDTH : Math.min(ImageCache.DISPLAY_WIDTH, w));
        }, available, view.imageProperty()));
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
