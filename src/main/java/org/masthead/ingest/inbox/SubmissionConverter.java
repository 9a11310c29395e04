package org.masthead.ingest.inbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.masthead.model.Article;
import org.masthead.model.ArticleContent;
import org.masthead.model.Author;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionStatus;
import org.masthead.model.SubmissionVersion;
import org.masthead.model.text.Document;
import org.masthead.store.ArticleStore;
import org.masthead.store.SeriesStore;
import org.masthead.store.SubmissionStore;

/**
 * Turns an accepted submission into an article draft: its title as headline, the author with
 * their claimed title as byline, its language, its current text (pictures and notes kept) as
 * body, a source note that names the submission; optionally as the draft of a planned series
 * part. The submission is then converted and keeps the article's id: the link back.
 */
public final class SubmissionConverter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final SubmissionStore submissions;
    private final ArticleStore articles;
    private final SeriesStore series;
    private final Clock clock;

    public SubmissionConverter(SubmissionStore submissions, ArticleStore articles, SeriesStore series, Clock clock) {
        this.submissions = submissions;
        this.articles = articles;
        this.series = series;
        this.clock = clock;
    }

    /** The new draft's id; refused (with the reason) unless the submission is accepted. */
    public long convert(long submissionId, String actor) {
        return convert(submissionId, actor, null);
    }

    /** As {@link #convert(long, String)}, as the draft of the planned part {@code partId} when it is not null. */
    public long convert(long submissionId, String actor, Long partId) {
        Submission s = submissions.get(submissionId).orElseThrow(() -> new IllegalArgumentException("no submission " + submissionId));
        if (s.status() == SubmissionStatus.CONVERTED) {
            throw new IllegalStateException("submission " + submissionId + " is already article " + s.articleId());
        }
        if (s.status() != SubmissionStatus.ACCEPTED) {
            throw new IllegalStateException("submission " + submissionId + " is " + s.status().label().toLowerCase()
                    + "; only an accepted submission becomes an article");
        }
        Document body = submissions.currentVersion(submissionId).map(SubmissionVersion::document).orElse(Document.EMPTY);
        ArticleContent content = ArticleContent.EMPTY.withHeadline(s.title())
                .withByline(List.of(new Author(s.fromName().isBlank() ? s.fromEmail() : s.fromName(), s.claimedTitle())))
                .withLanguage(s.language())
                .withBody(body)
                .withSourceNote("Submitted by email by " + (s.fromName().isBlank() ? s.fromEmail() : s.fromName() + " <" + s.fromEmail() + ">")
                        + " on " + DAY.format(s.receivedAt()) + " (inbox submission " + submissionId + ")");
        Article draft = Article.create(content, clock.instant());
        Article made = partId == null ? articles.create(draft) : series.createDraft(partId, draft);
        submissions.linkArticle(submissionId, made.id(), actor);
        return made.id();
    }
}
