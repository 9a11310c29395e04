package org.masthead.ui.inbox;

import java.util.List;
import java.util.Map;
import org.masthead.model.ActivityEntry;
import org.masthead.model.ArticleSummary;
import org.masthead.model.AttachmentInfo;
import org.masthead.model.MailRecord;
import org.masthead.model.ReplyRecord;
import org.masthead.model.Review;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionNote;
import org.masthead.model.SubmissionRow;
import org.masthead.model.SubmissionVersion;
import org.masthead.triage.Scores;

/**
 * Everything the detail pane shows of one submission, read in one go off the FX thread.
 *
 * @param pastFromSender the other items from the same address (the contributor view), newest first
 * @param articlesByName published or drafted articles whose byline carries the author's name
 * @param twin           the submission this one is flagged a duplicate of, if any
 */
public record SubmissionDetail(Submission submission, List<SubmissionVersion> versions, List<MailRecord> history,
                               List<AttachmentInfo> attachments, List<ActivityEntry> activity, List<Review> reviews,
                               List<SubmissionNote> notes, List<ReplyRecord> replies, List<SubmissionRow> pastFromSender,
                               List<ArticleSummary> articlesByName, SubmissionRow twin) {

    /** The current text: the last version. */
    public SubmissionVersion current() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** The reviews' averages per criterion and overall. */
    public Scores.Summary scores() {
        return Scores.of(reviews.stream().map(SubmissionDetail::criteria).toList());
    }

    static Map<Scores.Criterion, Integer> criteria(Review r) {
        Map<Scores.Criterion, Integer> m = new java.util.EnumMap<>(Scores.Criterion.class);
        if (r.argument() != null) m.put(Scores.Criterion.ARGUMENT, r.argument());
        if (r.originality() != null) m.put(Scores.Criterion.ORIGINALITY, r.originality());
        if (r.timeliness() != null) m.put(Scores.Criterion.TIMELINESS, r.timeliness());
        if (r.writing() != null) m.put(Scores.Criterion.WRITING, r.writing());
        return m;
    }
}
