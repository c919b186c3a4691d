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

    public static double meanTier(Assessment a) {
        return (a.score("tier-1") + a.score("tier-2") + a.score("tier-3")) / 3.0;
    }
}
