package org.masthead.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A command defined once: its text, shortcut, icon, handler and when it is disabled. Menus,
 * toolbars and shortcuts are all built from it, so they never disagree.
 */
public record Action(String text, KeyCombination accelerator, Ikon icon, Runnable handler, ObservableBooleanValue disabled) {

    public Action {
        if (disabled == null) disabled = Bindings.createBooleanBinding(() -> false);
    }

    public static Action of(String text, String accelerator, Ikon icon, Runnable handler) {
        return new Action(text, accelerator == null ? null : KeyCombination.keyCombination(accelerator), icon, handler, null);
    }

    public Action disabledWhen(ObservableBooleanValue d) {
        return new Action(text, accelerator, icon, handler, d);
    }

    /** The menu item; its accelerator makes the shortcut work window-wide. */
    public MenuItem menuItem() {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) m.setAccelerator(accelerator);
        if (icon != null) m.setGraphic(new FontIcon(icon));
        m.setOnAction(e -> handler.run());
        m.disableProperty().bind(disabled);
        return m;
    }

    /** An icon-only toolbar button with the text and shortcut as its tooltip. */
    public Button button() {
        Button b = new Button();
        if (icon != null) b.setGraphic(new FontIcon(icon)); else b.setText(text);
        b.setTooltip(new Tooltip(accelerator == null ? text : text + " (" + accelerator.getDisplayText() + ")"));
        b.setAccessibleText(text);
        b.setFocusTraversable(false);
        b.setOnAction(e -> handler.run());
        b.disableProperty().bind(disabled);
        b.getStyleClass().add("flat");
        return b;
    }

    /** A button with text and icon. */
    public Button textButton() {
        Button b = button();
        b.setText(text);
        b.getStyleClass().remove("flat");
        return b;
    }
}
