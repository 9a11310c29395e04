package org.masthead.planning.preflight;

import java.util.Objects;

/**
 * One thing a preflight check found in an article: how bad it is, where it is and what is
 * wrong, in words an editor can act on.
 *
 * @param articleId the article's id (0 for an article not yet saved)
 * @param headline  the headline of the version checked, for lists grouped by article
 */
public record Finding(long articleId, String headline, Severity severity, Location location, String message) {

    /** An error stops an export (unless forced); a warning is shown and nothing more. */
    public enum Severity {
        ERROR, WARNING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
        headline = headline == null ? "" : headline;
        message = message == null ? "" : message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
