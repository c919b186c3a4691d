package org.seccom.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.model.Comparison.Separation;
import org.seccom.model.Finding;

/** Ranks assessed groupings and finds what separates each from the next. */
public final class Comparisons {
    private Comparisons() {}

    /** Most advanced first: by phase, then by the mean of the tier scores, then by title. */
    public static Comparison rank(List<Assessment> assessments, int top) {
        List<Assessment> ranked = new ArrayList<>(assessments);
        ranked.sort(Comparator.comparingInt(Assessment::phaseRank).reversed()
                .thenComparing(Comparator.comparingDouble(Comparison::meanTier).reversed())
                .thenComparing(a -> a.scenario().scenario()));
        List<List<Separation>> separations = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            separations.add(i + 1 < ranked.size() ? separate(ranked.get(i), ranked.get(i + 1), top) : List.of());
        }
        return new Comparison(ranked, separations);
    }

    private static List<Separation> separate(Assessment a, Assessment next, int top) {
        Map<String, Double> mine = byRule(a);
        Map<String, Double> theirs = byRule(next);
        Map<String, String> factor = new TreeMap<>();
        for (Finding f : a.findings()) factor.put(f.rule(), f.factor());
        for (Finding f : next.findings()) factor.putIfAbsent(f.rule(), f.factor());
        List<Separation> all = new ArrayList<>();
        for (String rule : new TreeSet<>(factor.keySet())) {
            double p = mine.getOrDefault(rule, 0.0);
            double q = theirs.getOrDefault(rule, 0.0);
            if (Math.abs(p - q) >= 0.005) all.add(new Separation(rule, factor.get(rule), round(p), round(q)));
        }
        all.sort(Comparator.comparingDouble((Separation s) -> -Math.abs(s.gap())).thenComparing(Separation::rule));
        return all.subList(0, Math.min(top, all.size()));
    }

    private static Map<String, Double> byRule(Assessment a) {
        Map<String, Double> sums = new TreeMap<>();
        for (Finding f : a.findings()) sums.merge(f.rule(), f.points(), Double::sum);
        return sums;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
