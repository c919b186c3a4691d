package org.seccom.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.seccom.model.Assessment;
import org.seccom.model.Basis;
import org.seccom.model.Blocker;
import org.seccom.model.CrisisResponse;
import org.seccom.model.Dispute;
import org.seccom.model.DisputeStatus;
import org.seccom.model.Fact;
import org.seccom.model.Finding;
import org.seccom.model.Indicator;
import org.seccom.model.IndicatorStatus;
import org.seccom.model.Institution;
import org.seccom.model.InstitutionStatus;
import org.seccom.model.MatureIndicator;
import org.seccom.model.Outcome;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.Settlement;
import org.seccom.model.SourceRef;

/**
 * What would it take? A bounded search for the smallest sets of changes that bring a grouping to a
 * phase. Candidate changes come from the scenario itself (retract a fact behind a negative finding,
 * settle a dispute between members by agreement, have the grouping act in a crisis where it did not, make an
 * impeded or lacking body work, add a mature-phase indicator) and from caller-supplied candidates.
 * Going up, a thin file has little to retract, so the search also proposes evidence the file lacks:
 * for each factor without evidence, or holding the grouping below the target, the hypothetical
 * facts ({@link HypotheticalEvidence}) that the rules, asked, score for that factor. Those are marked
 * hypothetical: they say what to look for in the sources, not what happened.
 * Every candidate is first tried alone; combinations are then searched among the most promising,
 * smallest first, within a budget of evaluations, in one live session.
 */
public final class Reach {
    private Reach() {}

    /**
     * A change: how it reads, and what it does to the scenario; {@code hypothetical} when it adds
     * evidence the file lacks (a fact with no source yet) rather than changing what happened.
     */
    public record Candidate(String label, UnaryOperator<Scenario> apply, boolean hypothetical) {
        public Candidate(String label, UnaryOperator<Scenario> apply) {
            this(label, apply, false);
        }
    }

    /**
     * A set of changes that reaches the phase, with the assessment it gives and the rules it moves;
     * {@code hypothetical} lists the changes in it that add evidence with no source yet.
     */
    public record Plan(List<String> changes, Assessment result, List<String> rulesMoved, List<String> hypothetical) {}

    /**
     * Evidence the file lacks, proposed for a factor and tried alone: the factor's score before
     * (null: no evidence) and with it, and the phase it gives.
     */
    public record Addition(String label, String factor, Double before, double after, String phase) {}

    public record Result(Assessment baseline, String target, List<Plan> plans, int candidates, int tried,
                         int evaluations, int budget, boolean complete, String note, List<Addition> additions) {}

    public static Result search(Engine engine, Profile profile, Scenario scenario, String target, int maxChanges,
                                int budget, int beam, List<Candidate> extra) {
        Assessment baseline = engine.assess(scenario, profile);
        int targetRank = baseline.phases().indexOf(target);
        if (targetRank < 0) throw new IllegalArgumentException("the rules define no phase '" + target + "'; they define " + baseline.phases());
        boolean lift = targetRank > baseline.phaseRank();
        List<Candidate> candidates = new ArrayList<>(candidates(scenario, baseline, lift));
        candidates.addAll(extra);
        if (targetRank == baseline.phaseRank()) {
            return new Result(baseline, target, List.of(), candidates.size(), 0, 0, budget, true,
                    "the grouping is already " + target, List.of());
        }
        int evaluations = 0;
        List<Plan> plans = new ArrayList<>();
        try (Evaluation live = engine.open(profile)) {
            live.assess(scenario);
            Map<Candidate, String> proposed = new LinkedHashMap<>(); // evidence the file lacks -> its factor
            if (lift && budget > 1) {
                proposed.putAll(additions(live, scenario, baseline, targetRank));
                evaluations++; // asking the rules which factor each hypothetical fact feeds
                candidates.addAll(proposed.keySet());
            }
            // Each candidate alone, ranked by how close it brings the grouping to the target.
            Map<Candidate, Double> gap = new LinkedHashMap<>();
            List<Addition> additions = new ArrayList<>();
            for (Candidate c : candidates) {
                if (evaluations >= budget) break;
                Assessment a = live.assess(c.apply().apply(scenario));
                evaluations++;
                gap.put(c, gap(a, targetRank, lift));
                if (reached(a, targetRank, lift)) plans.add(plan(List.of(c), a, baseline));
                String factor = proposed.get(c);
                if (factor != null) {
                    additions.add(new Addition(c.label(), factor, baseline.hasEvidence(factor) ? baseline.score(factor) : null,
                            a.score(factor), a.phase().value()));
                }
            }
            int tried = gap.size();
            if (!plans.isEmpty() || maxChanges < 2) {
                return result(baseline, target, plans, candidates.size(), tried, evaluations, budget,
                        tried == candidates.size(), maxChanges < 2 && plans.isEmpty() ? "no single change reaches it" : "",
                        additions);
            }
            List<Candidate> promising = gap.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .limit(beam).map(Map.Entry::getKey).toList();
            boolean complete = tried == candidates.size() && promising.size() == candidates.size();
            for (int size = 2; size <= maxChanges && plans.isEmpty(); size++) {
                for (List<Candidate> combo : combinations(promising, size)) {
                    if (evaluations >= budget) {
                        complete = false;
                        break;
                    }
                    Scenario changed = scenario;
                    for (Candidate c : combo) changed = c.apply().apply(changed);
                    Assessment a = live.assess(changed);
                    evaluations++;
                    if (reached(a, targetRank, lift)) plans.add(plan(combo, a, baseline));
                }
            }
            String note = plans.isEmpty() ? "no set of up to " + maxChanges + " changes among the " + promising.size()
                    + " most promising reaches it" : "";
            return result(baseline, target, plans, candidates.size(), tried, evaluations, budget, complete, note, additions);
        }
    }

    private static Result result(Assessment baseline, String target, List<Plan> plans, int candidates, int tried,
                                 int evaluations, int budget, boolean complete, String note, List<Addition> additions) {
        List<Plan> sorted = new ArrayList<>(plans);
        // Smallest first; among equals, the one resting on fewer hypothetical facts, then the one that
        // leaves the last tier (the necessary conditions) highest. A last tier without evidence counts
        // 0 here: it only orders plans that all reach.
        String last = baseline.lastTier();
        sorted.sort(Comparator.comparingInt((Plan p) -> p.changes().size())
                .thenComparingInt(p -> p.hypothetical().size())
                .thenComparing(Comparator.comparingDouble((Plan p) -> last == null ? 0 : p.result().score(last)).reversed())
                .thenComparing(p -> String.join(" + ", p.changes())));
        return new Result(baseline, target, sorted, candidates, tried, evaluations, budget, complete, note, additions);
    }

    /**
     * Evidence the file lacks, for the factors that have none and those a phase up to the target is
     * blocked on (a blocked tier stands for its factors): each hypothetical fact the rules score for
     * such a factor, asked by assessing the facts on their own (one evaluation). The order is the
     * factors', then the templates'; a fact that feeds two such factors is proposed once, for the first.
     */
    static Map<Candidate, String> additions(Evaluation live, Scenario s, Assessment baseline, int targetRank) {
        Set<String> wanted = new LinkedHashSet<>();
        Set<String> blocked = new TreeSet<>();
        for (Blocker b : baseline.blockers()) if (baseline.phases().indexOf(b.phase()) <= targetRank) blocked.add(b.subject());
        for (org.seccom.model.Factor f : baseline.factors()) {
            if (!baseline.isTier(f.tier())) continue; // the indicators have candidates of their own
            if (!baseline.hasEvidence(f.name()) || blocked.contains(f.name()) || blocked.contains(f.tier())) wanted.add(f.name());
        }
        Map<Candidate, String> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) return out;
        List<HypotheticalEvidence.Template> templates = HypotheticalEvidence.templates(new ArrayList<>(new TreeSet<>(baseline.members()))); // sorted: stable
        Assessment probe = live.assess(s.withFacts(templates.stream().map(HypotheticalEvidence.Template::fact).toList()));
        Set<String> placed = new TreeSet<>();
        for (String factor : wanted) {
            for (HypotheticalEvidence.Template t : templates) {
                boolean feeds = probe.findingsFor(factor).stream()
                        .anyMatch(f -> f.points() > 0 && f.facts().contains(t.fact().id()));
                if (!feeds || !placed.add(t.fact().id())) continue;
                Fact added = t.fact();
                out.put(new Candidate(t.label(), sc -> {
                    List<Fact> more = new ArrayList<>(sc.facts());
                    more.add(added);
                    return sc.withFacts(more);
                }, true), factor);
            }
        }
        return out;
    }

    private static boolean reached(Assessment a, int targetRank, boolean lift) {
        return lift ? a.phaseRank() >= targetRank : a.phaseRank() <= targetRank;
    }

    /**
     * How far from the target: phases to go, then, going up, the sum of the next phase's shortfalls,
     * and going down, the tier scores still to lose (over the tiers the rules declare; a tier with no
     * evidence counts 0, which is right only because the gap does nothing but order candidates).
     */
    private static double gap(Assessment a, int targetRank, boolean lift) {
        double phases = Math.abs(targetRank - a.phaseRank()) * 1000.0;
        if (!lift) {
            double left = 0;
            for (String tier : a.tierNames()) left += a.score(tier);
            return phases + left;
        }
        double shortfalls = 0;
        for (Blocker b : a.blockers()) shortfalls += Math.max(0, b.min() - b.actual());
        return phases + shortfalls;
    }

    private static Plan plan(List<Candidate> changes, Assessment a, Assessment baseline) {
        Set<String> before = new TreeSet<>();
        for (Finding f : baseline.findings()) before.add(f.rule() + "|" + f.facts() + "|" + f.points());
        Set<String> after = new TreeSet<>();
        for (Finding f : a.findings()) after.add(f.rule() + "|" + f.facts() + "|" + f.points());
        Set<String> moved = new TreeSet<>();
        for (String k : before) if (!after.contains(k)) moved.add(k.substring(0, k.indexOf('|')));
        for (String k : after) if (!before.contains(k)) moved.add(k.substring(0, k.indexOf('|')));
        return new Plan(changes.stream().map(Candidate::label).toList(), a, new ArrayList<>(moved),
                changes.stream().filter(Candidate::hypothetical).map(Candidate::label).toList());
    }

    static <T> List<List<T>> combinations(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        combine(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void combine(List<T> items, int size, int from, List<T> current, List<List<T>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            combine(items, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    /** The changes the scenario itself suggests, in a stable order. */
    static List<Candidate> candidates(Scenario s, Assessment baseline, boolean lift) {
        List<Candidate> out = new ArrayList<>();
        List<Fact> facts = s.factsOn(s.asOf());
        Set<String> members = baseline.members();
        if (lift) {
            Set<String> negative = new LinkedHashSet<>();
            for (Finding f : baseline.findings()) if (f.points() < 0) negative.addAll(f.facts());
            for (Fact f : facts) {
                if (!negative.contains(f.id())) continue;
                if (f instanceof Dispute d && d.dividesAmong(members) && d.status() != DisputeStatus.SETTLED) {
                    out.add(replace("settle " + f.id() + " by agreement", f, new Dispute(d.basis(), d.parties(), d.sides(), d.issue(),
                            d.militarised(), DisputeStatus.SETTLED, d.handledBy(), d.hostility(), Settlement.AGREEMENT, null)));
                } else if (f instanceof CrisisResponse c && (c.outcome() == Outcome.DECLINED || c.outcome() == Outcome.FAILED)) {
                    out.add(replace("the grouping acts in " + f.id(), f,
                            new CrisisResponse(c.basis(), c.crisis(), c.state(), c.requested(), Outcome.ACTED)));
                } else if (f instanceof Institution i && i.status() != InstitutionStatus.OPERATING) {
                    out.add(replace("make " + f.id() + " operate", f,
                            new Institution(i.basis(), i.name(), i.purpose(), InstitutionStatus.OPERATING, i.participants())));
                } else {
                    out.add(new Candidate("retract " + f.id(), sc -> sc.withFacts(sc.facts().stream().filter(x -> !x.id().equals(f.id())).toList())));
                }
            }
            for (MatureIndicator m : MatureIndicator.values()) {
                boolean present = facts.stream().anyMatch(f -> f instanceof Indicator i && i.indicator() == m
                        && i.status() == IndicatorStatus.PRESENT && i.holders().containsAll(members));
                if (present) continue;
                Indicator added = new Indicator(new Basis("reach-" + m, "Supposed: " + m + " present across the grouping.",
                        SourceRef.of("reach"), 1.0, null, null, null, null), m, IndicatorStatus.PRESENT, List.of("all"));
                out.add(new Candidate("add " + m + " (present)", sc -> {
                    List<Fact> more = new ArrayList<>(sc.facts());
                    more.add(added);
                    return sc.withFacts(more);
                }));
            }
        } else {
            Set<String> positive = new LinkedHashSet<>();
            for (Finding f : baseline.findings()) if (f.points() > 0) positive.addAll(f.facts());
            for (Fact f : facts) {
                if (positive.contains(f.id())) {
                    out.add(new Candidate("retract " + f.id(), sc -> sc.withFacts(sc.facts().stream().filter(x -> !x.id().equals(f.id())).toList())));
                }
            }
        }
        return out;
    }

    private static Candidate replace(String label, Fact old, Fact replacement) {
        return new Candidate(label, sc -> sc.withFacts(sc.facts().stream().map(x -> x.id().equals(old.id()) ? replacement : x).toList()));
    }
}
