package org.masthead.model;

import java.util.Arrays;
import java.util.List;

/**
 * What an incoming message is. Only {@link #SUBMISSION} enters triage; follow-ups and revised
 * versions join an existing submission's history; auto-replies, bounces and other mail are
 * listed apart. A reviewer can reclassify any of them.
 */
public enum MessageKind {
    SUBMISSION("Submission", "submission"),
    FOLLOW_UP("Follow-up", "follow-up"),
    REVISION("Revised version", "revision"),
    AUTO_REPLY("Auto-reply or bounce", "auto-reply"),
    OTHER("Other mail", "other");

    private final String label;
    private final String key;

    MessageKind(String label, String key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The spelling used in the database, JSON and the CLI. */
    public String key() {
        return key;
    }

    public static MessageKind ofKey(String key) {
        for (MessageKind k : values()) {
            if (k.key.equals(key) || k.name().equalsIgnoreCase(key)) return k;
        }
        throw new IllegalArgumentException("unknown kind '" + key + "'; one of " + String.join(", ", keys()));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(MessageKind::key).toList();
    }
}
