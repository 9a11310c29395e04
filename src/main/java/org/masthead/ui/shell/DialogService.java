package org.masthead.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs, behind an interface so view models can be tested with a fake. */
public interface DialogService {

    void error(String title, String message);

    void info(String title, String message);

    boolean confirm(String title, String message, String okLabel);

    /** Asks before something that cannot be undone; Return means Cancel. */
    default boolean confirmDanger(String title, String message, String okLabel) {
        return confirm(title, message, okLabel);
    }

    /** A one-line text prompt; empty when cancelled. */
    Optional<String> prompt(String title, String label, String initial);

    /** A multi-line text prompt (correction notes, withdrawal notices); empty when cancelled. */
    Optional<String> promptLong(String title, String label, String initial);

    Optional<Path> openFile(String title, List<String> extensions);

    Optional<Path> saveFile(String title, String initialName);

    /** A folder, starting at {@code initial} when it exists; empty when cancelled (and in fakes that do not choose). */
    default Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.empty();
    }
}
