package org.masthead.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size, position and theme, kept in {@code window.properties} in the
 * config folder. Read before the first frame (one small file), written on close.
 */
public final class WindowState {

    private final Path file;
    private final Properties props = new Properties();

    public WindowState(Path configFolder) {
        this.file = configFolder.resolve("window.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                props.clear(); // a damaged settings file only costs the old window size
            }
        }
    }

    public boolean dark() {
        return Boolean.parseBoolean(props.getProperty("theme.dark", "false"));
    }

    public void setDark(boolean d) {
        props.setProperty("theme.dark", Boolean.toString(d));
    }

    /** Sizes and places the stage as last time, if that still fits on a screen. */
    public void applyTo(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = num("width", Math.min(1600, screen.getWidth() * 0.92)), h = num("height", Math.min(1000, screen.getHeight() * 0.92));
        double x = num("x", Double.NaN), y = num("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(props.getProperty("maximized", "false")));
    }

    public void captureFrom(Stage stage) {
        props.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            props.setProperty("x", Double.toString(stage.getX()));
            props.setProperty("y", Double.toString(stage.getY()));
            props.setProperty("width", Double.toString(stage.getWidth()));
            props.setProperty("height", Double.toString(stage.getHeight()));
        }
    }

    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("window.properties.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            props.store(out, "Masthead window");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private double num(String key, double dflt) {
        try {
            return Double.parseDouble(props.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
