package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One piece of evidence a rule drew from facts: the points it adds to (or takes from) a factor,
 * with the rule, facts and sources behind it and a sentence a person reads. The points are the
 * rule's full points times the confidence of the facts it rests on.
 */
public record Finding(
        String rule,
        String tier,
        String factor,
        String mechanism,
        double fullPoints,
        double confidence,
        double points,
        List<String> facts,
        List<String> sources,
        String text) {

    public Finding {
        requireNonNull(rule, "rule");
        requireNonNull(factor, "factor");
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
    }

    /** Evidence priced: the profile's {@code value} times its scale makes the full points. */
    public static Finding of(Evidence e, double value) {
        return of(e.rule(), e.tier(), e.factor(), e.mechanism(), value * e.scale(), e.confidence(), e.facts(),
                e.sources(), e.text());
    }

    /** A part of one event that counts once, at {@code with}: listed with no points, saying with which part. */
    public static Finding countedWith(Evidence e, Evidence with) {
        return of(e.rule(), e.tier(), e.factor(), e.mechanism(), 0.0, e.confidence(), e.facts(), e.sources(),
                e.text() + " (one event with " + String.join(", ", with.facts()) + ", counted once there)");
    }

    /** The points a finding earns: its full points times the confidence of its facts, to two decimals. */
    public static double points(double fullPoints, double confidence) {
        return Math.round(fullPoints * confidence * 100.0) / 100.0;
    }

    /** A finding whose points are the full points times the confidence, to two decimals. */
    public static Finding of(String rule, String tier, String factor, String mechanism, double fullPoints,
                             double confidence, List<String> facts, List<String> sources, String text) {
        double points = points(fullPoints, confidence);
        return new Finding(rule, tier, factor, mechanism, fullPoints, confidence, points, facts, sources, text);
    }
}
