package org.masthead.model;

import java.time.Instant;
import java.util.List;

/**
 * A submission as the inbox list shows it and {@code masthead inbox list --json} prints it:
 * no body, no history, so that 100,000 of them read fast.
 *
 * @param length        words, or characters for Chinese and Japanese ({@code lengthUnit})
 * @param assignee      the assigned reviewer's name; "" when unassigned
 * @param averageScore  the mean of every score every reviewer gave (1–5); {@code null} when unscored
 */
public record SubmissionRow(
        long id,
        SubmissionStatus status,
        MessageKind kind,
        String title,
        String fromName,
        String fromEmail,
        Instant receivedAt,
        String language,
        int length,
        LengthUnit lengthUnit,
        boolean pitch,
        Instant answerDue,
        boolean exclusive,
        Instant exclusiveUntil,
        Long duplicateOf,
        String assignee,
        List<String> tags,
        Double averageScore) {

    public SubmissionRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
        assignee = assignee == null ? "" : assignee;
    }

    /** The length under the CLI's field name {@code wordCount} (characters for Chinese and Japanese). */
    public int wordCount() {
        return length;
    }

    /**
     * The earliest deadline of an open item: its answer due or the lapse of its exclusive offer;
     * {@code null} when it has none or is no longer waiting for a decision.
     */
    public Instant nextDeadline() {
        if (!status.isOpen()) return null;
        Instant ex = exclusive ? exclusiveUntil : null;
        if (answerDue == null) return ex;
        return ex == null || answerDue.isBefore(ex) ? answerDue : ex;
    }

    /** The row of a submission as lists show it, with the assignee's name and the average score given. */
    public static SubmissionRow of(Submission s, String assignee, Double averageScore) {
        return new SubmissionRow(s.id(), s.status(), s.kind(), s.title(), s.fromName(), s.fromEmail(), s.receivedAt(), s.language(), s.length(),
                s.lengthUnit(), s.pitch(), s.answerDue(), s.exclusive(), s.exclusiveUntil(), s.duplicateOf(), assignee, s.tags(), averageScore);
    }

    public SubmissionRow withStatus(SubmissionStatus v) {
        return new SubmissionRow(id, v, kind, title, fromName, fromEmail, receivedAt, language, length, lengthUnit, pitch, answerDue,
                exclusive, exclusiveUntil, duplicateOf, assignee, tags, averageScore);
    }

    public SubmissionRow withAssignee(String v) {
        return new SubmissionRow(id, status, kind, title, fromName, fromEmail, receivedAt, language, length, lengthUnit, pitch, answerDue,
                exclusive, exclusiveUntil, duplicateOf, v, tags, averageScore);
    }

    public SubmissionRow withTags(List<String> v) {
        return new SubmissionRow(id, status, kind, title, fromName, fromEmail, receivedAt, language, length, lengthUnit, pitch, answerDue,
                exclusive, exclusiveUntil, duplicateOf, assignee, v, averageScore);
    }

    public SubmissionRow withAverageScore(Double v) {
        return new SubmissionRow(id, status, kind, title, fromName, fromEmail, receivedAt, language, length, lengthUnit, pitch, answerDue,
                exclusive, exclusiveUntil, duplicateOf, assignee, tags, v);
    }
}
