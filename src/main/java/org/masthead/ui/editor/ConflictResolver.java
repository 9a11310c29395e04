package org.masthead.ui.editor;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.masthead.model.Article;
import org.masthead.store.ConflictException;

/**
 * What the editor does with a save that lost a race (decision 0018): shows the conflict dialog
 * and carries out the choice. Keep mine saves the editor's text again on top of the stored
 * version; take theirs loads the stored version into the editor and shows mine beside it
 * (read-only, to copy from; Ctrl+Z also brings it back); merge by hand keeps mine in the editor,
 * shows theirs beside it, holds autosave, and the next explicit save goes on top of theirs.
 */
final class ConflictResolver {

    static final String MERGE_NOTICE = "merge";

    private final SaveController saves;
    private final Consumer<Article> showInEditor;
    private final EditorNotices notices;
    private final TabPane side;
    private final Tab other = new Tab();
    private final Label otherTitle = new Label();
    private final TextArea otherText = new TextArea();
    private Consumer<ConflictViewModel> prompt;

    ConflictResolver(SaveController saves, Consumer<Article> showInEditor, EditorNotices notices, TabPane side,
                     Consumer<ConflictViewModel> prompt) {
        this.saves = saves;
        this.showInEditor = showInEditor;
        this.notices = notices;
        this.side = side;
        this.prompt = prompt;
        createView();
        initListeners();
    }

    private void createView() {
        other.setId("other-version-tab");
        otherText.setId("other-version");
        otherText.setEditable(false);
        otherText.setWrapText(true);
        VBox.setVgrow(otherText, Priority.ALWAYS);
        otherTitle.setWrapText(true);
        Button close = new Button("Close");
        close.setOnAction(e -> hideOther());
        VBox box = new VBox(6, otherTitle, otherText, close);
        box.setStyle("-fx-padding: 6;");
        other.setContent(box);
    }

    private void initListeners() {
        saves.setOnConflict(this::conflict);
        saves.mergingProperty().addListener((o, was, is) -> {
            if (!is) notices.clear(MERGE_NOTICE);
        });
        saves.articleProperty().addListener((o, was, is) -> {
            if (is == null || was == null || is.id() != was.id()) hideOther();
        });
    }

    /** Replaces how the dialog is shown (tests answer it without a window). */
    void setPrompt(Consumer<ConflictViewModel> p) {
        prompt = p;
    }

    private void conflict(ConflictException e, Runnable retry) {
        ConflictViewModel vm = new ConflictViewModel(e);
        vm.choiceProperty().addListener((o, was, choice) -> {
            if (was == null && choice != null) resolve(vm, choice, retry);
        });
        prompt.accept(vm);
    }

    private void resolve(ConflictViewModel vm, ConflictViewModel.Choice choice, Runnable retry) {
        Article theirs = vm.theirs();
        Article open = saves.articleProperty().get();
        if (open == null || open.id() != theirs.id()) return; // another article is open now: the choice was about one no longer shown
        switch (choice) {
            case KEEP_MINE -> {
                hideOther();
                saves.keepMine(theirs, retry);
            }
            case TAKE_THEIRS -> {
                showInEditor.accept(theirs);
                saves.tookTheirs(theirs);
                showOther("Your text, not saved (read-only: copy what you need)",
                        vm.mineAsText());
            }
            case MERGE -> {
                saves.mergeOnto(theirs);
                showOther("Theirs, as saved (version " + theirs.version() + "), read-only", ConflictViewModel.asText(theirs.content()));
                notices.show(MERGE_NOTICE, "Merging by hand: your text is in the editor, theirs (version " + theirs.version()
                        + ") beside it. Autosave waits; save (Ctrl+S) when done, and your text goes on top of theirs.", true);
            }
        }
    }

    private void showOther(String title, String text) {
        other.setText(title.startsWith("Theirs") ? "Theirs" : "Mine");
        otherTitle.setText(title);
        otherText.setText(text);
        if (!side.getTabs().contains(other)) side.getTabs().add(other);
        side.getSelectionModel().select(other);
    }

    private void hideOther() {
        side.getTabs().remove(other);
    }

    /** The text shown beside the editor, or null when nothing is (tests). */
    String otherVersionText() {
        return side.getTabs().contains(other) ? otherText.getText() : null;
    }
}
