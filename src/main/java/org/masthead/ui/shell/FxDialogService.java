package org.masthead.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(420);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ok, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public boolean confirmDanger(String title, String message, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.WARNING, message, ok, cancel);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        // Return must not destroy anything: Cancel is the default.
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ok)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(label);
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> d.getEditor().requestFocus()));
        return d.showAndWait();
    }

    @Override
    public Optional<String> promptLong(String title, String label, String initial) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(title);
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        d.getDialogPane().setContent(new VBox(8, new Label(label), area));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        // Typing must go into the text, never press a button (Space would).
        d.setOnShown(e -> javafx.application.Platform.runLater(area::requestFocus));
        return d.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) dc.setInitialDirectory(initial.toFile());
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> openFile(String title, List<String> extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (!extensions.isEmpty()) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions),
                    extensions.stream().map(e -> "*." + e).toList()));
        }
        File f = fc.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        File f = fc.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }
}
