package org.masthead.ingest.markdown;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-matter dates as Hugo and Jekyll write them: {@code 2024-01-01}, {@code 2024-01-01T09:00},
 * {@code 2024-01-01T09:00:00+08:00}, {@code 2024-01-01T01:00:00Z}, {@code 2024-01-01 09:00:00 +0800}.
 * Without an offset the time is read in the publication's zone; a date alone is 00:00 there.
 */
final class ImportDates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    private ImportDates() {
    }

    /** The instant, to the millisecond the store keeps. */
    static Instant parse(String text, ZoneId zone) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("date '" + text + "' is not a date (yyyy-mm-dd, optionally with a time and an offset)");
        try {
            LocalDate d = LocalDate.parse(m.group(1));
            LocalTime t = m.group(2) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9)));
            Instant at;
            if (m.group(6) == null) {
                at = ZonedDateTime.of(d, t, zone).toInstant();
            } else {
                String o = m.group(6).equalsIgnoreCase("z") ? "Z" : m.group(6);
                if (o.length() == 5 && o.indexOf(':') < 0) o = o.substring(0, 3) + ":" + o.substring(3); // +0800
                at = OffsetDateTime.of(d, t, ZoneOffset.of(o)).toInstant();
            }
            return at.truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + text + "' is not a valid date (" + e.getMessage() + ")");
        }
    }
}
