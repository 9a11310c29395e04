package org.masthead.ui.editor;

import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an undo's result does not compare equal to the change UndoFX expected (RichTextFX
 * compares documents segment by segment), UndoFX throws and keeps waiting for that change, so
 * every later edit throws too and the editor is dead. The undo itself has been applied; what
 * is broken is only the bookkeeping. This resets it: the text stays as it is, the undo history
 * starts again from here, and the editor keeps working.
 */
final class UndoRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(UndoRecovery.class);

    private UndoRecovery() {
    }

    static void recover(EditorArea area, IllegalArgumentException e) {
        if (e.getMessage() == null || !e.getMessage().startsWith("Unexpected change received")) throw e;
        LOG.warn("undo history reset after an unexpected change; the text is kept as shown");
        Object um = area.getUndoManager();
        try {
            Field expected = um.getClass().getDeclaredField("expectedChange");
            expected.setAccessible(true);
            expected.set(um, null);
        } catch (ReflectiveOperationException | RuntimeException reflection) {
            LOG.warn("could not reset the undo manager", reflection);
        }
        area.getUndoManager().forgetHistory();
    }
}
