package org.masthead.model;

import java.time.LocalDate;

/**
 * One part of a series, planned or written.
 *
 * @param position   its place among all the series' parts, dropped ones included (1, 2, ...)
 * @param articleId  the article written for it, or 0 while there is none
 * @param planned    the planned publication time, or {@code null} while unscheduled
 */
public record SeriesPart(
        long id,
        long seriesId,
        int position,
        String workingTitle,
        String author,
        long articleId,
        PartStage stage,
        LocalDate pitchDue,
        LocalDate draftDue,
        LocalDate editDue,
        PlannedTime planned) {

    public SeriesPart {
        workingTitle = workingTitle == null ? "" : workingTitle.strip();
        author = author == null ? "" : author.strip();
        if (stage == null) stage = PartStage.PLANNED;
    }

    public static SeriesPart planned(String workingTitle) {
        return new SeriesPart(0, 0, 0, workingTitle, "", 0, PartStage.PLANNED, null, null, null, null);
    }

    public boolean hasArticle() {
        return articleId != 0;
    }

    public boolean isDropped() {
        return stage == PartStage.DROPPED;
    }

    public SeriesPart withId(long v) { return new SeriesPart(v, seriesId, position, workingTitle, author, articleId, stage, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withSeriesId(long v) { return new SeriesPart(id, v, position, workingTitle, author, articleId, stage, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withPosition(int v) { return new SeriesPart(id, seriesId, v, workingTitle, author, articleId, stage, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withWorkingTitle(String v) { return new SeriesPart(id, seriesId, position, v, author, articleId, stage, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withAuthor(String v) { return new SeriesPart(id, seriesId, position, workingTitle, v, articleId, stage, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withArticleId(long v) { return new SeriesPart(id, seriesId, position, workingTitle, author, v, stage, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withStage(PartStage v) { return new SeriesPart(id, seriesId, position, workingTitle, author, articleId, v, pitchDue, draftDue, editDue, planned); }
    public SeriesPart withDues(LocalDate pitch, LocalDate draft, LocalDate edit) { return new SeriesPart(id, seriesId, position, workingTitle, author, articleId, stage, pitch, draft, edit, planned); }
    public SeriesPart withPlanned(PlannedTime v) { return new SeriesPart(id, seriesId, position, workingTitle, author, articleId, stage, pitchDue, draftDue, editDue, v); }
}
