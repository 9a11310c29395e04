package org.masthead.model;

import java.time.Instant;

/**
 * One reviewer's scores for a submission, each 1–5 or {@code null} when not given. A reviewer
 * has at most one review per submission; scoring again replaces it.
 */
public record Review(long reviewerId, String reviewerName, Integer argument, Integer originality, Integer timeliness, Integer writing,
                     Instant at) {

    public Review {
        check("argument", argument);
        check("originality", originality);
        check("timeliness", timeliness);
        check("writing", writing);
        reviewerName = reviewerName == null ? "" : reviewerName;
    }

    public static Review of(Integer argument, Integer originality, Integer timeliness, Integer writing) {
        return new Review(0, "", argument, originality, timeliness, writing, null);
    }

    private static void check(String what, Integer v) {
        if (v != null && (v < 1 || v > 5)) throw new IllegalArgumentException("a score for " + what + " is 1 to 5, not " + v);
    }

    /** The mean of the scores given; {@code null} when none is. */
    public Double average() {
        int n = 0;
        int sum = 0;
        for (Integer v : new Integer[] {argument, originality, timeliness, writing}) {
            if (v != null) {
                n++;
                sum += v;
            }
        }
        return n == 0 ? null : (double) sum / n;
    }
}
