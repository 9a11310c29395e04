package org.masthead.model;

import java.util.List;

/** A series and its parts as stored, in position order; the planner's logic works over it. */
public record SeriesWithParts(Series series, List<PlanPart> parts) {
    public SeriesWithParts {
        parts = List.copyOf(parts);
    }
}
