package org.masthead.triage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Averages of reviewers' optional 1–5 scores, per criterion and overall. A reviewer may score
 * some criteria and not others; an absent score is left out of the average rather than
 * counted as zero. The overall figure is the mean of every score given, so each score weighs
 * the same. Figures print with one decimal ("4.3"), "–" where nobody scored.
 */
public final class Scores {

    public enum Criterion {
        ARGUMENT("Argument"), ORIGINALITY("Originality"), TIMELINESS("Timeliness"), WRITING("Writing");

        private final String label;

        Criterion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final String NONE = "–";

    /** The averages of a submission's reviews. */
    public record Summary(Map<Criterion, Double> averages, OptionalDouble overall, int reviews) {
        public Summary {
            averages = Map.copyOf(averages);
        }

        public OptionalDouble average(Criterion c) {
            Double v = averages.get(c);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }

        public String format(Criterion c) {
            return Scores.format(average(c));
        }

        public String formatOverall() {
            return Scores.format(overall);
        }
    }

    private Scores() {
    }

    /**
     * @param reviews one map a reviewer, criterion to score; a missing key or a null value is "not scored"
     * @throws IllegalArgumentException for a score outside 1..5
     */
    public static Summary of(List<Map<Criterion, Integer>> reviews) {
        Map<Criterion, int[]> sums = new EnumMap<>(Criterion.class);
        int total = 0;
        int count = 0;
        for (Map<Criterion, Integer> review : reviews) {
            for (Map.Entry<Criterion, Integer> e : review.entrySet()) {
                Integer v = e.getValue();
                if (v == null) continue;
                if (v < MIN || v > MAX) {
                    throw new IllegalArgumentException(e.getKey().label() + " score " + v + " is outside " + MIN + ".." + MAX);
                }
                int[] s = sums.computeIfAbsent(e.getKey(), k -> new int[2]);
                s[0] += v;
                s[1]++;
                total += v;
                count++;
            }
        }
        Map<Criterion, Double> averages = new EnumMap<>(Criterion.class);
        sums.forEach((c, s) -> averages.put(c, (double) s[0] / s[1]));
        return new Summary(averages, count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) total / count), reviews.size());
    }

    /** One decimal, rounded half up, in the same form in every locale: "4.3". */
    public static String format(OptionalDouble value) {
        if (value.isEmpty()) return NONE;
        return BigDecimal.valueOf(value.getAsDouble()).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
