package org.masthead.ingest.mailbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.masthead.model.MailboxSettings;
import org.masthead.store.PublicationStore;

/**
 * Remembers how far each mailbox has been fetched, as JSON under the setting
 * {@value #KEY}. The state is kept with the mailbox it belongs to (user, host, folder): after
 * the settings point somewhere else, the old UIDs mean nothing and fetching starts over. One
 * class on purpose, so a table of its own can replace the setting later without touching callers.
 */
public final class MailboxStateStore {

    public static final String KEY = "mailbox.state";

    private final PublicationStore settings;
    private final ObjectMapper mapper = new ObjectMapper();

    public MailboxStateStore(PublicationStore settings) {
        this.settings = settings;
    }

    /** How far this mailbox was fetched; {@link MailboxState#NONE} if never, or if damaged. */
    public MailboxState load(MailboxSettings mailbox) {
        return settings.setting(KEY).map(json -> {
            try {
                JsonNode n = mapper.readTree(json);
                if (!identity(mailbox).equals(n.path("mailbox").asText())) return MailboxState.NONE;
                if (!n.path("uidValidity").canConvertToLong() || !n.path("lastUid").canConvertToLong()) return MailboxState.NONE;
                return new MailboxState(n.path("uidValidity").asLong(), n.path("lastUid").asLong());
            } catch (JsonProcessingException e) {
                // A damaged state only costs a re-fetch; the importer recognises what it already has.
                return MailboxState.NONE;
            }
        }).orElse(MailboxState.NONE);
    }

    public void save(MailboxSettings mailbox, MailboxState state) {
        ObjectNode n = mapper.createObjectNode();
        n.put("mailbox", identity(mailbox));
        n.put("uidValidity", state.uidValidity());
        n.put("lastUid", state.lastUid());
        settings.putSetting(KEY, n.toString());
    }

    private static String identity(MailboxSettings m) {
        return m.account() + ":" + m.imap().port() + "/" + m.folder();
    }
}
