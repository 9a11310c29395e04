package org.masthead.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The icons Masthead uses, by meaning. */
public final class AppIcon {
    private AppIcon() {
    }

    public static final Ikon EXPORT_CALENDAR = MaterialDesignC.CALENDAR_EXPORT;
    public static final Ikon EXPORT_SITE = MaterialDesignE.EXPORT;
    public static final Ikon SERIES = MaterialDesignC.CALENDAR_MONTH_OUTLINE;
    public static final Ikon CONFLICT = MaterialDesignA.ALERT_OUTLINE;
    public static final Ikon BOLD = MaterialDesignF.FORMAT_BOLD;
    public static final Ikon ITALIC = MaterialDesignF.FORMAT_ITALIC;
    public static final Ikon TEAM_DATABASE = MaterialDesignA.ACCOUNT_GROUP;
    public static final Ikon LINK = MaterialDesignL.LINK_VARIANT;
    public static final Ikon HEADING_1 = MaterialDesignF.FORMAT_HEADER_1;
    public static final Ikon HEADING_2 = MaterialDesignF.FORMAT_HEADER_2;
    public static final Ikon PARAGRAPH = MaterialDesignF.FORMAT_PARAGRAPH;
    public static final Ikon QUOTE = MaterialDesignF.FORMAT_QUOTE_OPEN;
    public static final Ikon BULLETS = MaterialDesignF.FORMAT_LIST_BULLETED;
    public static final Ikon NUMBERS = MaterialDesignF.FORMAT_LIST_NUMBERED;
    public static final Ikon NOTE = MaterialDesignN.NOTE_TEXT_OUTLINE;
    public static final Ikon SEPARATOR = MaterialDesignM.MINUS;
    public static final Ikon IMAGE = MaterialDesignI.IMAGE_PLUS;
    public static final Ikon UNDO = MaterialDesignU.UNDO;
    public static final Ikon REDO = MaterialDesignR.REDO;
    public static final Ikon FIND = MaterialDesignM.MAGNIFY;
    public static final Ikon REPLACE = MaterialDesignF.FIND_REPLACE;
    public static final Ikon SAVE = MaterialDesignC.CONTENT_SAVE;
    public static final Ikon IMPORT = MaterialDesignF.FILE_IMPORT_OUTLINE;
    public static final Ikon NEW = MaterialDesignF.FILE_DOCUMENT_PLUS_OUTLINE;
    public static final Ikon DUPLICATE = MaterialDesignC.CONTENT_COPY;
    public static final Ikon TRASH = MaterialDesignD.DELETE_OUTLINE;
    public static final Ikon RESTORE = MaterialDesignD.DELETE_RESTORE;
    public static final Ikon ARTICLES = MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE;
    public static final Ikon HOME = MaterialDesignH.HOME_OUTLINE;
    public static final Ikon HISTORY = MaterialDesignH.HISTORY;
    public static final Ikon PUBLISH = MaterialDesignP.PUBLISH;
    public static final Ikon WITHDRAW = MaterialDesignA.ARCHIVE_ARROW_DOWN_OUTLINE;
    public static final Ikon THEME = MaterialDesignT.THEME_LIGHT_DARK;
    public static final Ikon SETTINGS = MaterialDesignC.COG_OUTLINE;
    public static final Ikon SCHEDULE = MaterialDesignC.CALENDAR_CLOCK;
    public static final Ikon METADATA = MaterialDesignT.TAG_TEXT_OUTLINE;
    public static final Ikon SEARCH = MaterialDesignM.MAGNIFY;
    public static final Ikon SPIKE = MaterialDesignS.SOURCE_BRANCH_REMOVE;
    public static final Ikon MORE = MaterialDesignD.DOTS_HORIZONTAL;
    public static final Ikon ADD = MaterialDesignP.PLUS;
    public static final Ikon AUTO_SCHEDULE = MaterialDesignC.CALENDAR_SYNC;
    public static final Ikon AGENDA = MaterialDesignC.CALENDAR_WEEK;
    public static final Ikon INBOX = MaterialDesignI.INBOX_ARROW_DOWN_OUTLINE;
}
