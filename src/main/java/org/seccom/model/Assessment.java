package org.seccom.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules concluded about a scenario on a day: scores, phase, Deutsch's verdict, blockers,
 * and the findings behind every point; {@code phases} are the phases the rules define, in order;
 * {@code bands} are the profile's thresholds of the weak, partial and met bands.
 * {@code idle} are the scenario's facts that produced no finding, each with why (in file order).
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
        int firings,
        List<Relevance.Idle> idle) {

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
        idle = idle == null ? List.of() : List.copyOf(idle);
    }

    /** An assessment that lists no idle facts. */
    public Assessment(Scenario scenario, LocalDate asOf, Set<String> members, List<Whole> wholes, List<Factor> factors,
                      List<Part> parts, Map<String, Double> scores, Conclusion phase, Conclusion deutsch,
                      List<Conclusion> notes, List<Blocker> blockers, List<Finding> findings, List<String> phases,
                      Bands bands, int firings) {
        this(scenario, asOf, members, wholes, factors, parts, scores, phase, deutsch, notes, blockers, findings, phases,
                bands, firings, List.of());
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

    /**
     * The tiers the rules declare: the wholes that some factor names as its tier, in the wholes'
     * order (Adler and Barnett's three; a rule set with two or four declares as many). The
     * mature-phase indicators name no whole and are not a tier.
     */
    public List<Whole> tiers() {
        Set<String> named = new java.util.HashSet<>();
        for (Factor f : factors) named.add(f.tier());
        return wholes.stream().filter(w -> named.contains(w.name())).toList();
    }

    /** The names of the tiers, in order. */
    public List<String> tierNames() {
        return tiers().stream().map(Whole::name).toList();
    }

    /** Whether a whole is one of the tiers the rules declare. */
    public boolean isTier(String whole) {
        return wholes.stream().anyMatch(w -> w.name().equals(whole)) && factors.stream().anyMatch(f -> f.tier().equals(whole));
    }

    /**
     * The last tier declared (in Adler and Barnett, tier 3: trust and identity, the necessary
     * conditions), which breaks ties between otherwise equal results; null when the rules declare none.
     */
    public String lastTier() {
        List<Whole> tiers = tiers();
        return tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).name();
    }

    /** The tier's name for a narrow column or legend: its label up to the colon ("Tier 1"), else its name. */
    public static String shortLabel(Whole tier) {
        int colon = tier.label().indexOf(':');
        return colon > 0 ? tier.label().substring(0, colon) : tier.name();
    }

    public List<Factor> factorsOf(String tier) {
        return factors.stream().filter(f -> f.tier().equals(tier)).toList();
    }

    public List<Finding> findingsFor(String factor) {
        return findings.stream().filter(f -> f.factor().equals(factor)).toList();
    }
}
