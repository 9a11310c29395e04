package org.masthead.ui.editor;

/** Style class names used by the editor and defined in editor.css. */
final class EditorCss {
    private EditorCss() {
    }

    static final String STYLESHEET = "/org/masthead/ui/editor/editor.css";

    static final String AREA = "masthead-editor";
    static final String PARAGRAPH = "par";
    static final String BOLD = "bold";
    static final String ITALIC = "italic";
    static final String LINK = "link";
    static final String NOTE = "note";
    static final String FIGURE = "figure";
    static final String FIGURE_CAPTION = "figure-caption";
    static final String FIGURE_CREDIT = "figure-credit";
    static final String LIST_MARKER = "list-marker";
    static final String FIND_BAR = "find-bar";
    static final String STATUS_BAR = "editor-status";
    static final String SIDE_PANEL = "editor-side";
    static final String DIFF_ADDED = "diff-added";
    static final String DIFF_REMOVED = "diff-removed";
    static final String DIFF_SAME = "diff-same";
    static final String DIFF_CHANGED = "diff-changed";
    static final String NOTICE_BAR = "editor-notice";
    static final String BADGE = "badge";
}
