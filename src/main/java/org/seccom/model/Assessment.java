package org.seccom.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules concluded about a scenario on a day: scores, phase, Deutsch's verdict, blockers,
 * and the findings behind every point; {@code phases} are the phases the rules define, in order;
 * {@code bands} are the profile's thresholds of the weak, partial and met bands.
 * Collections are sorted so that output is deterministic.
 */
public record Assessment(
        Scenario scenario,
        LocalDate asOf,
        Set<String> members,
        List<Whole> wholes,
        List<Factor> factors,
        List<Part> parts,
        Map<String, Double> scores,
        Conclusion phase,
        Conclusion deutsch,
        List<Conclusion> notes,
        List<Blocker> blockers,
        List<Finding> findings,
        List<String> phases,
        Bands bands,
        int firings) {

    public Assessment {
        members = Set.copyOf(members);
        wholes = List.copyOf(wholes);
        factors = List.copyOf(factors);
        parts = List.copyOf(parts);
        scores = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(scores)); // sorted: stable output
        notes = List.copyOf(notes);
        blockers = List.copyOf(blockers);
        findings = List.copyOf(findings);
        phases = List.copyOf(phases);
        java.util.Objects.requireNonNull(bands, "bands");
    }

    /** The rank of the phase reached among the phases the rules define (none is 0), or -1. */
    public int phaseRank() {
        return phases.indexOf(phase.value());
    }

    public double score(String subject) {
        Double v = scores.get(subject);
        return v == null ? 0.0 : v;
    }

    /** Whether the subject has a score: a factor with no finding at all has none ("no evidence"). */
    public boolean hasEvidence(String subject) {
        return scores.containsKey(subject);
    }

    /** The band of a subject's score, or "no evidence" when it has none. */
    public String bandOf(String subject) {
        return hasEvidence(subject) ? band(score(subject)) : "no evidence";
    }

    /** Share (0-100) of a whole's parts, by weight, that rest on evidence; 100 when the rules give none. */
    public double coverage(String whole) {
        Double v = scores.get("coverage:" + whole);
        return v == null ? 100.0 : v;
    }

    /** Band of a 0-100 score under the profile's thresholds ({@code band.partial}, {@code band.met}). */
    public String band(double score) {
        return bands.of(score);
    }

    public List<Factor> factorsOf(String tier) {
        return factors.stream().filter(f -> f.tier().equals(tier)).toList();
    }

    public List<Finding> findingsFor(String factor) {
        return findings.stream().filter(f -> f.factor().equals(factor)).toList();
    }
}
