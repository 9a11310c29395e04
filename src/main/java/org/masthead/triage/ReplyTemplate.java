package org.masthead.triage;

import java.util.Objects;

/**
 * One editable letter: its kind, the language it is written in (ISO 639-1) and its subject and
 * body with merge fields such as {@code {author}}; see {@link ReplyTemplates#render}.
 */
public record ReplyTemplate(ReplyKind kind, String language, String subject, String body) {

    public ReplyTemplate {
        Objects.requireNonNull(kind, "a reply template needs a kind (accept, decline or revise)");
        language = TextLength.primary(language);
        if (language.isEmpty()) throw new IllegalArgumentException("a reply template needs a language, e.g. \"en\"");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    public ReplyTemplate withSubject(String newSubject) {
        return new ReplyTemplate(kind, language, newSubject, body);
    }

    public ReplyTemplate withBody(String newBody) {
        return new ReplyTemplate(kind, language, subject, newBody);
    }
}
