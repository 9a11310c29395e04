package org.masthead.ui.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.masthead.ui.shell.DialogService;

/** Answers dialogs from queued values and records what was shown. Shared by the Fx tests of other screens. */
public final class FakeDialogs implements DialogService {

    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final Deque<String> answers = new ArrayDeque<>();
    public volatile Path fileToOpen;
    public volatile boolean confirmAnswer = true;

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void info(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        return confirmAnswer;
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<String> promptLong(String title, String label, String initial) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> openFile(String title, List<String> extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName) {
        return Optional.empty();
    }
}
