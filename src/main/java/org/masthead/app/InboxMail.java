package org.masthead.app;

import org.masthead.store.Database;
import org.masthead.ui.inbox.MailWork;
import org.masthead.ui.shell.AppContext;

/** The inbox's mail work over the importer, converter and replies of {@code ingest.inbox}. */
final class InboxMail {

    private InboxMail() {
    }

    static MailWork create(Database db, AppContext ctx) {
        return MailWork.MISSING; // until ingest.inbox is merged
    }
}
