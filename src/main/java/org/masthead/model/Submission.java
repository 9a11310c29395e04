package org.masthead.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One item of the inbox: a piece offered for publication (kind {@link MessageKind#SUBMISSION}),
 * or an auto-reply or other mail kept apart from triage. Follow-ups and revised versions are
 * not items: they join a submission's history. Its texts (versions), messages, attachments,
 * reviews and notes live apart and are read on demand; this record is what the detail pane and
 * the triage writes work with.
 *
 * @param claimedTitle  the title or affiliation the author claims ("Professor of Hydrology, ...")
 * @param titleVerified whether an editor checked {@code claimedTitle}; {@code verifiedBy} says who
 * @param language      ISO 639-1 code as detected or set by an editor ("en", "zh", "ar"); "" if unknown
 * @param length        the length in {@code lengthUnit}: words, or characters for Chinese and Japanese
 * @param pitch         a pitch (an idea to be written) rather than a full draft
 * @param exclusiveUntil when an exclusive offer lapses; {@code null} when not exclusive or unstated
 * @param answerDue     when the author expects an answer; the inbox sorts by it
 * @param newsPegExpiry the last day the piece's news peg holds
 * @param duplicateOf   the submission this one is a near-duplicate of, if flagged
 * @param assigneeId    the reviewer ({@link Person}) it is assigned to
 * @param articleId     the article draft it was converted into
 * @param modifiedAt    the version: moved on by every write to the submission, checked by updates
 */
public record Submission(
        long id,
        MessageKind kind,
        SubmissionStatus status,
        String title,
        String fromName,
        String fromEmail,
        String claimedTitle,
        boolean titleVerified,
        String verifiedBy,
        String bio,
        String conflictNote,
        String language,
        int length,
        LengthUnit lengthUnit,
        Instant receivedAt,
        boolean pitch,
        boolean exclusive,
        Instant exclusiveUntil,
        Instant answerDue,
        LocalDate newsPegExpiry,
        Long duplicateOf,
        Long assigneeId,
        List<String> tags,
        Long articleId,
        Instant modifiedAt) {

    public Submission {
        if (kind == null) kind = MessageKind.SUBMISSION;
        if (kind == MessageKind.FOLLOW_UP || kind == MessageKind.REVISION) {
            throw new IllegalArgumentException("a " + kind.label().toLowerCase() + " joins a submission's history; it is not an item of its own");
        }
        if (status == null) status = SubmissionStatus.NEW;
        title = title == null ? "" : title.strip();
        fromName = fromName == null ? "" : fromName.strip();
        fromEmail = fromEmail == null ? "" : fromEmail.strip();
        claimedTitle = claimedTitle == null ? "" : claimedTitle.strip();
        verifiedBy = verifiedBy == null ? "" : verifiedBy.strip();
        bio = bio == null ? "" : bio;
        conflictNote = conflictNote == null ? "" : conflictNote;
        language = language == null ? "" : language.strip();
        if (length < 0) throw new IllegalArgumentException("a length cannot be negative");
        if (lengthUnit == null) lengthUnit = LengthUnit.WORDS;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A new submission as the importer drafts it; the store fills in the id and the version. */
    public static Submission draft(String title, String fromName, String fromEmail, Instant receivedAt) {
        return new Submission(0, MessageKind.SUBMISSION, SubmissionStatus.NEW, title, fromName, fromEmail, "", false, "", "", "", "", 0,
                LengthUnit.WORDS, receivedAt, false, false, null, null, null, null, null, List.of(), null, null);
    }

    public boolean isConverted() {
        return status == SubmissionStatus.CONVERTED;
    }

    public Submission withId(long v) { return new Submission(v, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withKind(MessageKind v) { return new Submission(id, v, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withStatus(SubmissionStatus v) { return new Submission(id, kind, v, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withTitle(String v) { return new Submission(id, kind, status, v, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withFrom(String name, String email) { return new Submission(id, kind, status, title, name, email, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withClaimedTitle(String v) { return new Submission(id, kind, status, title, fromName, fromEmail, v, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    /** Marks the claimed title checked ({@code by} who) or unchecked ({@code verified} false clears who). */
    public Submission withVerified(boolean verified, String by) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, verified, verified ? by : "", bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withBio(String v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, v, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withConflictNote(String v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, v, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withLanguage(String v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, v, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withLength(int v, LengthUnit unit) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, v, unit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withReceivedAt(Instant v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, v, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withPitch(boolean v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, v, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    /** An exclusive offer (lapsing at {@code until}, which may be unknown) or none ({@code until} is then dropped). */
    public Submission withExclusive(boolean v, Instant until) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, v, v ? until : null, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withAnswerDue(Instant v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, v, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withNewsPegExpiry(LocalDate v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, v, duplicateOf, assigneeId, tags, articleId, modifiedAt); }
    public Submission withDuplicateOf(Long v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, v, assigneeId, tags, articleId, modifiedAt); }
    public Submission withAssigneeId(Long v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, v, tags, articleId, modifiedAt); }
    public Submission withTags(List<String> v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, v, articleId, modifiedAt); }
    public Submission withArticleId(Long v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, v, modifiedAt); }
    public Submission withModifiedAt(Instant v) { return new Submission(id, kind, status, title, fromName, fromEmail, claimedTitle, titleVerified, verifiedBy, bio, conflictNote, language, length, lengthUnit, receivedAt, pitch, exclusive, exclusiveUntil, answerDue, newsPegExpiry, duplicateOf, assigneeId, tags, articleId, v); }
}
