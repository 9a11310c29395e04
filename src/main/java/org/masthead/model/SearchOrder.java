package org.masthead.model;

/** The order of inbox search results. */
public enum SearchOrder {
    /** Newest in the inbox first (the default, and the fast one). */
    NEWEST,
    /** Best match first (ranks every match before the first row: slower for common words). */
    RELEVANCE
}
