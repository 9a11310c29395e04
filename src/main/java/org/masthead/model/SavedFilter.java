package org.masthead.model;

/** A named inbox query an editor keeps ("My shortlist", "Arabic, due today"). Names are unique. */
public record SavedFilter(long id, String name, InboxQuery query) {
    public SavedFilter {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) throw new IllegalArgumentException("a saved filter needs a name");
        if (query == null) query = InboxQuery.ALL;
    }
}
