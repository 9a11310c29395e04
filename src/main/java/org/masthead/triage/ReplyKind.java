package org.masthead.triage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.masthead.model.SubmissionStatus;

/** The three letters an author can get, each tied to the status the submission moves to. */
public enum ReplyKind {
    ACCEPT("accept", SubmissionStatus.ACCEPTED),
    DECLINE("decline", SubmissionStatus.DECLINED),
    REVISE("revise", SubmissionStatus.REVISE);

    private final String key;
    private final SubmissionStatus status;

    ReplyKind(String key, SubmissionStatus status) {
        this.key = key;
        this.status = status;
    }

    /** The spelling in the templates' JSON. */
    @JsonValue
    public String key() {
        return key;
    }

    public SubmissionStatus status() {
        return status;
    }

    @JsonCreator
    public static ReplyKind ofKey(String key) {
        for (ReplyKind k : values()) {
            if (k.key.equals(key) || k.name().equalsIgnoreCase(key)) return k;
        }
        throw new IllegalArgumentException("unknown reply kind '" + key + "'; one of "
                + String.join(", ", Arrays.stream(values()).map(ReplyKind::key).toList()));
    }

    public static List<ReplyKind> all() {
        return List.of(values());
    }
}
