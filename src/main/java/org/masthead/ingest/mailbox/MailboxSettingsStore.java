package org.masthead.ingest.mailbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.masthead.model.MailboxSettings;
import org.masthead.store.PublicationStore;
import org.masthead.store.StoreException;

/**
 * Keeps {@link MailboxSettings} as JSON under the setting {@value #KEY}, beside the site
 * settings, so backup and restore carry it with every other setting. There is no password
 * in it to leak: the record has no such field.
 */
public final class MailboxSettingsStore {

    public static final String KEY = "mailbox";

    private final PublicationStore settings;
    /** Fields a newer version adds are ignored, so an older Masthead still reads the rest. */
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public MailboxSettingsStore(PublicationStore settings) {
        this.settings = settings;
    }

    /** The stored settings, or {@link MailboxSettings#DEFAULT} until saved. */
    public MailboxSettings load() {
        return settings.setting(KEY).map(json -> {
            try {
                return mapper.readValue(json, MailboxSettings.class);
            } catch (JsonProcessingException e) {
                throw new StoreException("the mailbox settings are damaged (" + e.getOriginalMessage() + ")", e);
            }
        }).orElse(MailboxSettings.DEFAULT);
    }

    public void save(MailboxSettings s) {
        try {
            settings.putSetting(KEY, mapper.writeValueAsString(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
