package org.seccom.model;

import java.util.List;

/**
 * Groupings ranked by how far along they are (phase, then the mean of the tier scores), and for
 * each the rules whose points most separate it from the grouping ranked next.
 */
public record Comparison(List<Assessment> ranked, List<List<Separation>> separations) {

    /** A rule whose findings add up to different points in two groupings. */
    public record Separation(String rule, String factor, double points, double nextPoints) {
        public double gap() {
            return points - nextPoints;
        }
    }

    public Comparison {
        ranked = List.copyOf(ranked);
        separations = List.copyOf(separations);
    }

    /**
     * The mean of the tier scores, over the tiers the rules declare. A tier without evidence counts
     * 0: the mean only orders groupings of the same phase.
     */
    public static double meanTier(Assessment a) {
        List<String> tiers = a.tierNames();
        if (tiers.isEmpty()) return 0;
        double sum = 0;
        for (String t : tiers) sum += a.score(t);
        return sum / tiers.size();
    }
}
