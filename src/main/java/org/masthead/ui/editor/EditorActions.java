package org.masthead.ui.editor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.masthead.ui.shell.Action;
import org.masthead.ui.shell.AppIcon;

/**
 * Every editor command, defined once as an {@link Action}; the menus, the toolbar and the
 * keyboard shortcuts are built from these. Shortcuts also work without the shell's menu bar
 * (a key filter on the editor), so the editor behaves the same wherever it is shown.
 */
@SuppressWarnings("unchecked")
final class EditorActions {

    /** What the actions call; implemented by the editor. */
    interface Commands {
        void save();
        void insertPicture();
        void insertSeparator();
        void showFind();
        void showReplace();
        void showArticlePanel();
        void showRevisions();
        void exportArticle();
        void showChecks();
        void showPreview();
    }

    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    final Action undo, redo, find, replace, save;
    final Action bold, italic, link, note, paragraph, heading1, heading2, quote, bullets, numbers;
    final Action picture, separator;
    final Action articlePanel, revisions, exportArticle, checks, preview;
    private final List<Action> areaScoped;
    private final List<Action> editorScoped;
    private final EditorArea area;
    private final FormatCommands format;
    private final BlockInserter blocks;

    /**
     * {@code noArticle}: nothing is open; {@code cannotEdit}: nothing is open or the text is read
     * only (a reviewer's login), which turns off what would change it: formatting, inserting,
     * replacing, undo and redo.
     */
    EditorActions(EditorArea area, FormatCommands f, BlockInserter blocks, Commands c, ObservableBooleanValue noArticle,
                  ObservableBooleanValue cannotEdit) {
        this.area = area;
        this.format = f;
        this.blocks = blocks;
        // Read through the Val itself: a ReactFX Val only signals again once its value was read.
        org.reactfx.value.Val<Boolean> undoVal = area.getUndoManager().undoAvailableProperty();
        org.reactfx.value.Val<Boolean> redoVal = area.getUndoManager().redoAvailableProperty();
        BooleanBinding noUndo = Bindings.createBooleanBinding(() -> !undoVal.getValue(), undoVal);
        BooleanBinding noRedo = Bindings.createBooleanBinding(() -> !redoVal.getValue(), redoVal);
        undo = act("Undo", "Shortcut+Z", AppIcon.UNDO, () -> inFocusedField(area, true), Bindings.or(cannotEdit, noUndo));
        redo = act("Redo", "Shortcut+Shift+Z", AppIcon.REDO, () -> inFocusedField(area, false), Bindings.or(cannotEdit, noRedo));
        find = act("Find...", "Shortcut+F", AppIcon.FIND, c::showFind, noArticle);
        replace = act("Replace...", "Shortcut+H", AppIcon.REPLACE, c::showReplace, cannotEdit);
        save = act("Save", "Shortcut+S", AppIcon.SAVE, c::save, noArticle);
        bold = act("Bold", "Shortcut+B", AppIcon.BOLD, f::toggleBold, cannotEdit);
        italic = act("Italic", "Shortcut+I", AppIcon.ITALIC, f::toggleItalic, cannotEdit);
        link = act("Link...", "Shortcut+K", AppIcon.LINK, f::editLink, cannotEdit);
        note = act("Note...", "Shortcut+Alt+N", AppIcon.NOTE, f::editNote, cannotEdit);
        paragraph = act("Paragraph", "Shortcut+Alt+0", AppIcon.PARAGRAPH, () -> f.setKind(ParStyle.Kind.PARAGRAPH), cannotEdit);
        heading1 = act("Heading 1", "Shortcut+Alt+1", AppIcon.HEADING_1, () -> f.setKind(ParStyle.Kind.HEADING_1), cannotEdit);
        heading2 = act("Heading 2", "Shortcut+Alt+2", AppIcon.HEADING_2, () -> f.setKind(ParStyle.Kind.HEADING_2), cannotEdit);
        quote = act("Quote", "Shortcut+Alt+Q", AppIcon.QUOTE, () -> f.setKind(ParStyle.Kind.QUOTE), cannotEdit);
        bullets = act("Bulleted list", "Shortcut+Shift+8", AppIcon.BULLETS, () -> f.toggleList(ParStyle.Kind.BULLET), cannotEdit);
        numbers = act("Numbered list", "Shortcut+Shift+7", AppIcon.NUMBERS, () -> f.toggleList(ParStyle.Kind.NUMBERED), cannotEdit);
        picture = act("Picture...", "Shortcut+Shift+I", AppIcon.IMAGE, c::insertPicture, cannotEdit);
        separator = act("Separator", null, AppIcon.SEPARATOR, c::insertSeparator, cannotEdit);
        articlePanel = act("Article details", null, AppIcon.METADATA, c::showArticlePanel, noArticle);
        revisions = act("Revisions", null, AppIcon.HISTORY, c::showRevisions, noArticle);
        exportArticle = act("Export as HTML...", null, AppIcon.SAVE, c::exportArticle, noArticle);
        checks = act("Checks", "Shortcut+Shift+K", AppIcon.CONFLICT, c::showChecks, noArticle);
        preview = act("Preview page", "Shortcut+Shift+P", AppIcon.EXPORT_SITE, c::showPreview, noArticle);
        areaScoped = List.of(undo, redo, bold, italic, link, note, paragraph, heading1, heading2, quote, bullets, numbers, separator);
        editorScoped = List.of(find, replace, save, picture);
    }

    private static Action act(String text, String accel, Ikon icon, Runnable r, ObservableBooleanValue disabled) {
        Action a = Action.of(text, accel, icon, r);
        return disabled == null ? a : a.disabledWhen(disabled);
    }

    List<Menu> menus() {
        Menu edit = menu("Edit", undo, redo, null, find, replace);
        Menu fmt = menu("Format", bold, italic, link, note, null, paragraph, heading1, heading2, quote, bullets, numbers);
        Menu insert = menu("Insert", picture, separator, note);
        Menu article = menu("Article", save, null, articlePanel, checks, revisions, preview, null, exportArticle);
        return List.of(edit, fmt, insert, article);
    }

    private static Menu menu(String name, Action... actions) {
        Menu m = new Menu(name);
        for (Action a : actions) {
            m.getItems().add(a == null ? new javafx.scene.control.SeparatorMenuItem() : a.menuItem());
        }
        return m;
    }

    ToolBar toolbar() {
        return new ToolBar(save.button(), new Separator(javafx.geometry.Orientation.VERTICAL), undo.button(), redo.button(), new Separator(javafx.geometry.Orientation.VERTICAL),
                bold.button(), italic.button(), link.button(), note.button(), new Separator(javafx.geometry.Orientation.VERTICAL),
                paragraph.button(), heading1.button(), heading2.button(), quote.button(), bullets.button(), numbers.button(),
                new Separator(javafx.geometry.Orientation.VERTICAL), picture.button(), separator.button(), new Separator(javafx.geometry.Orientation.VERTICAL), find.button(), replace.button());
    }

    /** Shortcuts: body commands while the text has focus, the rest anywhere in the editor. */
    void installKeys(Node editorRoot) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
                if (format.changeListLevel(e.isShiftDown() ? -1 : 1)) e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown()) {
                var par = area.getParagraph(area.getCurrentParagraph());
                ParStyle.Kind kind = par.getParagraphStyle().kind();
                boolean listOrQuote = par.getParagraphStyle().isList() || kind == ParStyle.Kind.QUOTE;
                if (listOrQuote && par.getText().isEmpty()) {
                    format.setKind(ParStyle.Kind.PARAGRAPH); // Enter on an empty item ends the list
                    e.consume();
                } else if (blocks.newParagraphAfterSpecial()) {
                    e.consume();
                }
            } else if (REDO_ALT.match(e)) {
                if (!redo.disabled().get()) redo.handler().run();
                e.consume();
            } else if ((e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE) && !e.isShortcutDown()
                    && area.getSelection().getLength() == 0
                    && (deletePictureLine() || wouldMergeWithPicture(e.getCode() == KeyCode.BACK_SPACE))) {
                e.consume();
            } else {
                fire(areaScoped, e);
            }
        });
        editorRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> fire(editorScoped, e));
    }

    /**
     * A picture or a rule is a paragraph of its own: Backspace at the start of the text after
     * it, or Delete at the end of the text before it, would pull words onto its line. Instead
     * the caret moves onto it, and the next Backspace or Delete removes it whole.
     */
    private boolean wouldMergeWithPicture(boolean backspace) {
        int par = area.getCurrentParagraph();
        var here = area.getParagraph(par);
        if (backspace) {
            if (area.getCaretColumn() != 0 || par == 0) return false;
            ParStyle prev = area.getParagraph(par - 1).getParagraphStyle();
            if (!isOwnLine(prev)) return false;
            if (here.length() == 0 && !isOwnLine(here.getParagraphStyle())) return false; // an empty line just goes
            area.moveTo(par - 1, area.getParagraph(par - 1).length());
            return true;
        }
        if (area.getCaretColumn() != here.length() || par == area.getParagraphs().size() - 1) return false;
        ParStyle next = area.getParagraph(par + 1).getParagraphStyle();
        if (!isOwnLine(next) || isOwnLine(here.getParagraphStyle())) return false;
        if (here.length() == 0) return false;
        area.moveTo(par + 1, 0);
        return true;
    }

    /** Backspace or Delete on a picture's (or rule's) own line removes the whole line, in one undoable step. */
    private boolean deletePictureLine() {
        int par = area.getCurrentParagraph();
        if (!isOwnLine(area.getParagraph(par).getParagraphStyle())) return false;
        int start = area.getAbsolutePosition(par, 0);
        int end = start + area.getParagraph(par).length();
        if (par > 0) {
            area.deleteText(start - 1, end); // the line break before it and the picture: the text above keeps its kind
        } else if (area.getParagraphs().size() > 1) {
            ParStyle next = area.getParagraph(1).getParagraphStyle();
            area.deleteText(start, end + 1);
            if (!area.getParagraph(0).getParagraphStyle().equals(next)) area.setParagraphStyle(0, next);
        } else {
            area.replace(0, area.getLength(), DocumentMapper.toStyled(org.masthead.model.text.Document.EMPTY));
        }
        return true;
    }

    private static boolean isOwnLine(ParStyle ps) {
        return ps.kind() == ParStyle.Kind.FIGURE || ps.kind() == ParStyle.Kind.SEPARATOR;
    }

    private static void fire(List<Action> actions, KeyEvent e) {
        for (Action a : actions) {
            if (a.accelerator() != null && a.accelerator().match(e)) {
                if (!a.disabled().get()) a.handler().run();
                e.consume();
                return;
            }
        }
    }

    /**
     * Menu accelerators fire before the focused control sees the key, so Ctrl+Z in the
     * headline field would otherwise undo the body: undo where the editor is typing.
     */
    private static void inFocusedField(EditorArea area, boolean undo) {
        javafx.scene.Node focus = area.getScene() == null ? null : area.getScene().getFocusOwner();
        if (focus instanceof javafx.scene.control.TextInputControl field) {
            if (undo) field.undo(); else field.redo();
            return;
        }
        try {
            if (undo) area.undo(); else area.redo();
        } catch (IllegalArgumentException e) {
            UndoRecovery.recover(area, e);
        }
    }
}
