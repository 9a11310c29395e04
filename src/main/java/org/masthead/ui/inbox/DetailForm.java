package org.masthead.ui.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.masthead.model.Submission;

/**
 * The editable details of a submission as typed in the detail pane, turned into a
 * {@link Submission} or a message saying which field is wrong (validation stays out of the view).
 * Times are typed as {@code 2026-05-06 14:00} in the publication's zone; empty clears them.
 */
public record DetailForm(String title, String claimedTitle, boolean verified, String bio, String conflictNote, String language,
                         boolean pitch, boolean exclusive, String exclusiveUntil, String answerDue, String newsPegExpiry) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The form filled from a stored submission. */
    public static DetailForm of(Submission s, ZoneId zone) {
        return new DetailForm(s.title(), s.claimedTitle(), s.titleVerified(), s.bio(), s.conflictNote(), s.language(), s.pitch(), s.exclusive(),
                format(s.exclusiveUntil(), zone), format(s.answerDue(), zone), s.newsPegExpiry() == null ? "" : s.newsPegExpiry().toString());
    }

    public static String format(Instant t, ZoneId zone) {
        return t == null ? "" : TIME.format(LocalDateTime.ofInstant(t, zone));
    }

    /**
     * {@code base} with the form's values; verifying records {@code actor} as who verified.
     *
     * @throws IllegalArgumentException naming the field that cannot be read
     */
    public Submission apply(Submission base, ZoneId zone, String actor) {
        String lang = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lang.isEmpty() && !lang.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?")) {
            throw new IllegalArgumentException("Language \u201C" + language + "\u201D is not a language code such as en, fr or zh.");
        }
        Submission s = base.withTitle(title).withClaimedTitle(claimedTitle).withBio(bio).withConflictNote(conflictNote).withLanguage(lang)
                .withPitch(pitch).withExclusive(exclusive, exclusive ? instant("Exclusive until", exclusiveUntil, zone) : null)
                .withAnswerDue(instant("Answer due", answerDue, zone)).withNewsPegExpiry(date("News peg expiry", newsPegExpiry));
        if (verified != base.titleVerified()) s = s.withVerified(verified, actor);
        return s;
    }

    private static Instant instant(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDateTime.parse(text.strip(), TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip()).atTime(23, 59).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(field + ": \u201C" + text.strip() + "\u201D is not a time like 2026-05-06 14:00.");
            }
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": \u201C" + text.strip() + "\u201D is not a date like 2026-05-06.");
        }
    }
}
