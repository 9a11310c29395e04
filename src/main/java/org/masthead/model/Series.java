package org.masthead.model;

import java.time.Instant;

/**
 * A numbered series of opinion pieces. The parts live apart ({@link SeriesPart}); the planned
 * number of parts is kept equal to the parts not dropped by the planner's operations.
 *
 * @param noteTemplate the editor's note for each part, with placeholders {@code {part}},
 *                     {@code {ordinal}}, {@code {count}}, {@code {series}}, {@code {topic}}
 */
public record Series(
        long id,
        String title,
        String topic,
        String description,
        int plannedParts,
        Cadence cadence,
        String owner,
        SeriesStatus status,
        String noteTemplate,
        Instant createdAt,
        Instant modifiedAt) {

    public static final String DEFAULT_NOTE = "Editor's note: This is the {ordinal} article in a {count}-part series on {topic}.";

    public Series {
        title = title == null ? "" : title.strip();
        topic = topic == null ? "" : topic.strip();
        description = description == null ? "" : description;
        if (plannedParts < 0) throw new IllegalArgumentException("a series cannot plan fewer than 0 parts");
        if (cadence == null) cadence = Cadence.WEEKLY_DEFAULT;
        owner = owner == null ? "" : owner.strip();
        if (status == null) status = SeriesStatus.PLANNING;
        noteTemplate = noteTemplate == null ? DEFAULT_NOTE : noteTemplate;
    }

    public static Series create(String title, String topic, int parts, Cadence cadence, Instant now) {
        return new Series(0, title, topic, "", parts, cadence, "", SeriesStatus.PLANNING, DEFAULT_NOTE, now, now);
    }

    public Series withId(long v) { return new Series(v, title, topic, description, plannedParts, cadence, owner, status, noteTemplate, createdAt, modifiedAt); }
    public Series withTitle(String v) { return new Series(id, v, topic, description, plannedParts, cadence, owner, status, noteTemplate, createdAt, modifiedAt); }
    public Series withTopic(String v) { return new Series(id, title, v, description, plannedParts, cadence, owner, status, noteTemplate, createdAt, modifiedAt); }
    public Series withDescription(String v) { return new Series(id, title, topic, v, plannedParts, cadence, owner, status, noteTemplate, createdAt, modifiedAt); }
    public Series withPlannedParts(int v) { return new Series(id, title, topic, description, v, cadence, owner, status, noteTemplate, createdAt, modifiedAt); }
    public Series withCadence(Cadence v) { return new Series(id, title, topic, description, plannedParts, v, owner, status, noteTemplate, createdAt, modifiedAt); }
    public Series withOwner(String v) { return new Series(id, title, topic, description, plannedParts, cadence, v, status, noteTemplate, createdAt, modifiedAt); }
    public Series withStatus(SeriesStatus v) { return new Series(id, title, topic, description, plannedParts, cadence, owner, v, noteTemplate, createdAt, modifiedAt); }
    public Series withNoteTemplate(String v) { return new Series(id, title, topic, description, plannedParts, cadence, owner, status, v, createdAt, modifiedAt); }
    public Series withModifiedAt(Instant v) { return new Series(id, title, topic, description, plannedParts, cadence, owner, status, noteTemplate, createdAt, v); }
}
