package org.masthead.triage;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the deadlines of a submission from its subject and text: whether it is an exclusive
 * offer, until when, and when the author should have an answer. Authors write "I am offering
 * this exclusively", "within 48 hours", "by Friday"; reviewers must never miss such a window,
 * so when several are stated the earliest wins. Without one the answer is due after a house
 * default (48 hours for an exclusive, 7 days for anything else), given to the constructor.
 *
 * <p>An op-ed's own sentences are full of "within 24 hours" and "exclusive economic zones",
 * so in the body a phrase counts only in a sentence that speaks to the editor (reply, offer,
 * you, your...); in the subject every phrase counts. The windows are read in English, with
 * durations also in French, German, Spanish, Portuguese, Italian and Chinese. The suggestion
 * is editable, and {@link DeadlineSuggestion#reason()} says what it rests on.
 */
public final class Deadlines {

    /** A suggestion; {@code exclusiveUntil} is null unless an exclusive offer states its window. */
    public record DeadlineSuggestion(boolean exclusive, Instant exclusiveUntil, Instant answerDue, String reason) {
    }

    public static final Duration DEFAULT_EXCLUSIVE_ANSWER = Duration.ofHours(48);
    public static final Duration DEFAULT_ANSWER = Duration.ofDays(7);

    private static final String L = "(?<![\\p{L}\\d])";
    private static final String R = "(?![\\p{IsLatin}\\d])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern EXCLUSIVE = Pattern.compile(L + "(offering (?:this|it|the piece|the article) exclusively|exclusively"
            + "|exclusive|exclusivity|first rights|exclusivité|exklusiv\\p{L}*|exclusiva|exclusivamente|esclusiva|esclusivamente)" + R
            + "|独家", FLAGS);
    private static final Pattern NOT_EXCLUSIVE = Pattern.compile("(?:\\b(?:not|no|non|nicht|keine?|pas|sin|senza|nem)\\b[\\s\\p{L}'-]{0,12}|non-)$"
            + "|mutually $", FLAGS);
    private static final Pattern NOT_AN_OFFER = Pattern.compile("^(?:economic zone|club)", FLAGS);
    private static final Pattern PAST = Pattern.compile("\\b(ago|last|earlier)\\b", FLAGS);

    private static final String NUMBER = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a couple of|an?)";
    private static final Pattern DURATION = Pattern.compile(L + "(?:(within|in the next|in the coming|over the next|in|for|next"
            + "|innerhalb von|innerhalb|binnen|dans les|d'ici|sous|en las próximas|en los próximos|en|nas próximas|em|entro|nelle prossime)\\s+)?"
            + NUMBER + "[\\s-]*(hours?|hrs?|h|heures?|stunden?|horas?|ore|小时|days?|jours?|tagen?|días?|dias?|giorni|giorno|天"
            + "|weeks?|semaines?|wochen?|semanas?|settimane|settimana|周)" + R, FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile(L + "(by|until|till|before|no later than|on or before) (?:(this|next) )?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|the end of (?:the )?day)" + R + "(?!'s)", FLAGS);
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile(L + "(?:by|until|till|before|no later than|on or before) (?:the )?(?:"
            + "(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + "|" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?)(?:,? (\\d{4}))?" + R, FLAGS);
    private static final Pattern SPEAKS_TO_EDITOR = Pattern.compile(L + "(you|your|reply|respond|response|answer|hear|back|decision|decide"
            + "|let me know|offer|offering|exclusiv\\p{L}*|first rights|elsewhere|deadline|submit|submission|piece|op-?ed|consider"
            + "|vous|votre|réponse|répondre|propose|texte|tribune|ihnen|sie|ihre|antwort|antworten|beitrag|biete"
            + "|usted|respuesta|responder|ofrezco|artículo|texto|voi|vostro|risposta|rispondere|offro|articolo"
            + "|você|resposta)" + R + "|回复|答复|独家|贵", FLAGS);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Duration exclusiveDefault;
    private final Duration otherDefault;

    public Deadlines(Duration exclusiveDefault, Duration otherDefault) {
        this.exclusiveDefault = Objects.requireNonNull(exclusiveDefault, "exclusiveDefault");
        this.otherDefault = Objects.requireNonNull(otherDefault, "otherDefault");
        if (exclusiveDefault.isNegative() || otherDefault.isNegative()) {
            throw new IllegalArgumentException("default answer times must not be negative");
        }
    }

    /** 48 hours for an exclusive without a window, 7 days for anything else. */
    public static Deadlines withHouseDefaults() {
        return new Deadlines(DEFAULT_EXCLUSIVE_ANSWER, DEFAULT_ANSWER);
    }

    public DeadlineSuggestion suggest(String text, String subject, Instant receivedAt, ZoneId zone) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(zone, "zone");
        List<String> subjectPart = List.of(oneLine(subject));
        List<String> body = sentences(text);
        String exclusive = firstExclusive(subjectPart, false, "the subject");
        if (exclusive == null) exclusive = firstExclusive(body, true, "the body");
        Window window = earliest(earliest(windows(subjectPart, false, "the subject", receivedAt, zone)),
                earliest(windows(body, true, "the body", receivedAt, zone)));

        Instant due;
        String reason;
        if (window != null) {
            due = window.end();
            reason = window.found();
        } else if (exclusive != null) {
            due = receivedAt.plus(exclusiveDefault);
            reason = "no window stated, so the house default of " + describe(exclusiveDefault) + " for an exclusive";
        } else {
            due = receivedAt.plus(otherDefault);
            reason = "no exclusive offer or window found, so the house default of " + describe(otherDefault);
        }
        if (exclusive != null) reason = exclusive + "; " + reason;
        return new DeadlineSuggestion(exclusive != null, exclusive != null && window != null ? due : null, due, reason);
    }

    private record Window(Instant end, String found) {
    }

    private static Window earliest(List<Window> windows) {
        return windows.stream().reduce((a, b) -> b.end().isBefore(a.end()) ? b : a).orElse(null);
    }

    private static Window earliest(Window a, Window b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.end().isBefore(a.end()) ? b : a;
    }

    // Cheap tests on the lower-cased sentence before the patterns: most sentences of a piece name no
    // offer, duration, day or date, and the case-insensitive Unicode patterns cost far more than these.
    private static final List<String> EXCLUSIVE_HINTS = List.of("exclusiv", "exklusiv", "esclusiv", "first rights", "独家");
    private static final List<String> DURATION_HINTS = List.of("hour", "heure", "stunde", "hora", "ore", "小时", "day", "jour",
            "tag", "día", "dia", "giorn", "天", "week", "semaine", "woche", "semana", "settiman", "周");
    private static final List<String> DAY_HINTS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "tomorrow", "today", "end of");
    private static final List<String> MONTH_HINTS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Substrings every word of {@link #SPEAKS_TO_EDITOR} contains (a test that may say yes wrongly, never no). */
    private static final List<String> CUE_HINTS = List.of("you", "reply", "respon", "answer", "hear", "back", "decision", "decide",
            "let me know", "offer", "exclusiv", "first rights", "elsewhere", "deadline", "submi", "piece", "op-ed", "oped", "op ed", "consider", "vous", "votre",
            "réponse", "répondre", "propose", "texte", "tribune", "ihnen", "sie", "ihre", "antwort", "beitrag", "biete", "usted",
            "respuesta", "ofrezco", "artículo", "texto", "voi", "vostro", "risposta", "rispondere", "offro", "articolo", "você",
            "resposta", "回复", "答复", "独家", "贵");

    private static boolean mentions(String lower, List<String> hints) {
        for (String h : hints) if (lower.contains(h)) return true;
        return false;
    }

    private static String firstExclusive(List<String> sentences, boolean needsCue, String where) {
        for (String s : sentences) {
            if (!mentions(s.toLowerCase(Locale.ROOT), EXCLUSIVE_HINTS)) continue;
            Matcher m = EXCLUSIVE.matcher(s);
            while (m.find()) {
                String before = s.substring(Math.max(0, m.start() - 24), m.start());
                if (NOT_EXCLUSIVE.matcher(before).find() || NOT_AN_OFFER.matcher(s.substring(m.end()).strip()).find()) continue;
                if (needsCue && !SPEAKS_TO_EDITOR.matcher(s.substring(0, m.start()) + " " + s.substring(m.end())).find()) continue;
                return "'" + m.group() + "' in " + where;
            }
        }
        return null;
    }

    private static List<Window> windows(List<String> sentences, boolean needsCue, String where, Instant receivedAt, ZoneId zone) {
        List<Window> out = new ArrayList<>();
        for (String s : sentences) {
            if (s.isEmpty()) continue;
            String lower = s.toLowerCase(Locale.ROOT);
            // a unit by name, or figures ("48h", "72 hrs")
            boolean duration = mentions(lower, DURATION_HINTS) || lower.chars().anyMatch(Character::isDigit);
            boolean weekday = mentions(lower, DAY_HINTS);
            boolean date = mentions(lower, MONTH_HINTS);
            if (!duration && !weekday && !date) continue;
            if (needsCue && !(mentions(lower, CUE_HINTS) && SPEAKS_TO_EDITOR.matcher(s).find())) continue;
            if (PAST.matcher(s).find()) continue;
            Matcher d = DURATION.matcher(duration ? s : "");
            while (d.find()) {
                if (d.group(1) == null && needsCue && !EXCLUSIVE.matcher(s).find()) continue;
                Duration length = duration(d.group(2), d.group(3));
                if (length != null) out.add(new Window(receivedAt.plus(length), "'" + d.group().strip() + "' in " + where));
            }
            Matcher w = WEEKDAY.matcher(weekday ? s : "");
            while (w.find()) {
                LocalDate day = weekday(w.group(2), w.group(3), receivedAt.atZone(zone).toLocalDate());
                out.add(new Window(endOf(day, zone), "'" + w.group() + "' in " + where));
            }
            Matcher m = DATE.matcher(date ? s : "");
            while (m.find()) {
                LocalDate day = date(m, receivedAt.atZone(zone).toLocalDate());
                if (day != null) out.add(new Window(endOf(day, zone), "'" + m.group() + "' in " + where));
            }
        }
        return out;
    }

    private static Duration duration(String number, String unit) {
        int n = number(number.toLowerCase());
        String u = unit.toLowerCase();
        if (n <= 0) return null;
        if (u.startsWith("h") || u.startsWith("stunde") || u.startsWith("ora") || u.equals("ore") || u.equals("小时")) {
            return Duration.ofHours(n);
        }
        if (u.startsWith("w") || u.startsWith("sem") || u.startsWith("sett") || u.equals("周")) return Duration.ofDays(7L * n);
        return Duration.ofDays(n);
    }

    private static int number(String s) {
        return switch (s) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "fourteen" -> 14;
            default -> Integer.parseInt(s);
        };
    }

    /** The named day on or after the day received ("by Friday" on a Friday is that day); "next Friday" after it. */
    private static LocalDate weekday(String qualifier, String name, LocalDate received) {
        String n = name.toLowerCase();
        if (n.equals("tomorrow")) return received.plusDays(1);
        if (n.equals("today") || n.startsWith("the end of")) return received;
        DayOfWeek dow = DayOfWeek.valueOf(n.toUpperCase());
        LocalDate day = "next".equalsIgnoreCase(qualifier) ? received.plusDays(1) : received;
        while (day.getDayOfWeek() != dow) day = day.plusDays(1);
        return day;
    }

    /** A date without a year is the next such date on or after the day received. */
    private static LocalDate date(Matcher m, LocalDate received) {
        String dayText = m.group(1) != null ? m.group(1) : m.group(4);
        String monthText = m.group(1) != null ? m.group(2) : m.group(3);
        int month = month(monthText.toLowerCase());
        int day = Integer.parseInt(dayText);
        try {
            if (m.group(5) != null) return LocalDate.of(Integer.parseInt(m.group(5)), month, day);
            LocalDate d = LocalDate.of(received.getYear(), month, day);
            return d.isBefore(received) ? d.plusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null; // "by 31 February": not a date, so not a window
        }
    }

    private static int month(String text) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (text.startsWith(months[i])) return i + 1;
        }
        throw new IllegalStateException("month pattern and names disagree: " + text);
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
    }

    /**
     * The text's sentences, each on one line: split after . ! ? followed by space and a capital,
     * quote or bracket, after 。！？, and at blank lines. By hand: the same split as a pattern
     * with look-arounds cost more than everything else the deadline reading does.
     */
    private static List<String> sentences(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                int newlines = 0;
                while (j < n && Character.isWhitespace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') newlines++;
                    j++;
                }
                char last = cur.length() == 0 ? ' ' : cur.charAt(cur.length() - 1);
                char next = j < n ? text.charAt(j) : ' ';
                boolean end = newlines >= 2 || ((last == '.' || last == '!' || last == '?')
                        && (Character.isUpperCase(next) || next == '"' || next == '\u201c' || next == '('));
                if (end) flush(cur, out);
                else if (cur.length() > 0) cur.append(' ');
                i = j - 1;
            } else {
                cur.append(c);
                if (c == '\u3002' || c == '\uff01' || c == '\uff1f') flush(cur, out);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String one = cur.toString().strip();
        if (!one.isEmpty()) out.add(one);
        cur.setLength(0);
    }

    private static String oneLine(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String describe(Duration d) {
        long hours = d.toHours();
        if (hours % 24 == 0 && hours >= 72) return hours / 24 + " days";
        return hours + " hours";
    }
}
