package org.masthead.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the inbox list shows: filters (all optional; an empty set means any), the order and a
 * page. Saved filters are stored queries.
 *
 * @param assigneeId      only items assigned to this reviewer
 * @param dueWithinHours  only open items whose answer due or exclusive offer falls within this many
 *                        hours from now, overdue ones included
 * @param text            only items matching this full-text search ("" for any)
 * @param limit           at most this many rows; 0 for all
 */
public record InboxQuery(Set<SubmissionStatus> statuses, Set<MessageKind> kinds, Long assigneeId, String tag, String language,
                         Integer dueWithinHours, boolean exclusiveOnly, String text, Sort sort, int limit, int offset) {

    /** Everything, by answer due. */
    public static final InboxQuery ALL = new InboxQuery(Set.of(), Set.of(), null, "", "", null, false, "", Sort.ANSWER_DUE, 0, 0);

    /** The submissions that enter triage (not auto-replies or other mail). */
    public static final InboxQuery SUBMISSIONS = ALL.withKinds(Set.of(MessageKind.SUBMISSION));

    public InboxQuery {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        tag = tag == null ? "" : tag.strip();
        language = language == null ? "" : language.strip();
        text = text == null ? "" : text.strip();
        if (sort == null) sort = Sort.ANSWER_DUE;
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset cannot be negative");
        if (dueWithinHours != null && dueWithinHours < 0) throw new IllegalArgumentException("due within a negative number of hours");
    }

    /** The order of the list. */
    public enum Sort {
        /** Answer due, soonest first, items without one last; then newest received. The default. */
        ANSWER_DUE,
        /** Received, newest first. */
        RECEIVED_NEWEST
    }

    public InboxQuery withStatuses(Set<SubmissionStatus> v) { return new InboxQuery(v, kinds, assigneeId, tag, language, dueWithinHours, exclusiveOnly, text, sort, limit, offset); }
    public InboxQuery withKinds(Set<MessageKind> v) { return new InboxQuery(statuses, v, assigneeId, tag, language, dueWithinHours, exclusiveOnly, text, sort, limit, offset); }
    public InboxQuery withAssigneeId(Long v) { return new InboxQuery(statuses, kinds, v, tag, language, dueWithinHours, exclusiveOnly, text, sort, limit, offset); }
    public InboxQuery withTag(String v) { return new InboxQuery(statuses, kinds, assigneeId, v, language, dueWithinHours, exclusiveOnly, text, sort, limit, offset); }
    public InboxQuery withLanguage(String v) { return new InboxQuery(statuses, kinds, assigneeId, tag, v, dueWithinHours, exclusiveOnly, text, sort, limit, offset); }
    public InboxQuery withDueWithinHours(Integer v) { return new InboxQuery(statuses, kinds, assigneeId, tag, language, v, exclusiveOnly, text, sort, limit, offset); }
    public InboxQuery withExclusiveOnly(boolean v) { return new InboxQuery(statuses, kinds, assigneeId, tag, language, dueWithinHours, v, text, sort, limit, offset); }
    public InboxQuery withText(String v) { return new InboxQuery(statuses, kinds, assigneeId, tag, language, dueWithinHours, exclusiveOnly, v, sort, limit, offset); }
    public InboxQuery withSort(Sort v) { return new InboxQuery(statuses, kinds, assigneeId, tag, language, dueWithinHours, exclusiveOnly, text, v, limit, offset); }
    public InboxQuery withPage(int limitV, int offsetV) { return new InboxQuery(statuses, kinds, assigneeId, tag, language, dueWithinHours, exclusiveOnly, text, sort, limitV, offsetV); }
}
