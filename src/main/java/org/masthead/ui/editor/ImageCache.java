package org.masthead.ui.editor;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.masthead.store.ImageStore;
import org.masthead.ui.shell.TaskRunner;

/**
 * Pictures for figure nodes, by asset id. Bytes are read and decoded on the worker; the
 * property is filled on the FX thread. One entry per asset, so scrolling a figure back into
 * view (RichTextFX recreates paragraph nodes) costs nothing.
 */
final class ImageCache {

    /** Pictures are decoded at display width; the stored original is untouched. */
    static final double DISPLAY_WIDTH = 560;

    private final ImageStore images;
    private final TaskRunner tasks;
    private final Map<String, ObjectProperty<Image>> cache = new HashMap<>();

    ImageCache(ImageStore images, TaskRunner tasks) {
        this.images = images;
        this.tasks = tasks;
    }

    /** The picture, null until loaded. FX thread only. */
    ReadOnlyObjectProperty<Image> image(String assetId) {
        ObjectProperty<Image> p = cache.get(assetId);
        if (p != null) return p;
        ObjectProperty<Image> fresh = new SimpleObjectProperty<>();
        cache.put(assetId, fresh);
        tasks.run("load picture " + assetId,
                () -> images.bytes(assetId).map(ImageCache::decode).orElse(null),
                fresh::set,
                e -> { });
        return fresh;
    }

    /** Large pictures are decoded at display width to save memory; small ones are never blown up. */
    private static Image decode(byte[] bytes) {
        boolean large;
        try {
            large = ImageStore.probe(bytes).width() > DISPLAY_WIDTH;
        } catch (IllegalArgumentException e) {
            return null;
        }
        return large ? new Image(new ByteArrayInputStream(bytes), DISPLAY_WIDTH, 0, true, true) : new Image(new ByteArrayInputStream(bytes));
    }
}
