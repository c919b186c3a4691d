package org.seccom.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clique.BronKerboschCliqueFinder;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.seccom.model.Assessment;
import org.seccom.model.Dispute;
import org.seccom.model.InternalConflict;
import org.seccom.model.Intervention;
import org.seccom.model.Dyad;
import org.seccom.model.Fact;
import org.seccom.model.Finding;
import org.seccom.model.Group;
import org.seccom.model.Member;
import org.seccom.model.Outsider;
import org.seccom.model.OutsiderType;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.Subgroup;
import org.seccom.model.Threat;
import org.seccom.model.TrustSignal;

/**
 * Where is the community? Assesses subsets of a grouping's members with the same rules and ranks
 * them by phase, then by {@link #integration}: the
 * directions or regions the scenario declares, and the maximal sets of members between whom the
 * trust findings show no conflict (found with JGraphT's Bron-Kerbosch clique finder on the graph of
 * members whose net trust points stay above the conflict threshold).
 */
public final class Subgroups {
    private Subgroups() {}

    public record Result(Assessment whole, List<Dyad> dyads, List<Subgroup> ranked) {}

    public static Result find(Engine engine, Profile profile, Scenario scenario, double conflict) {
        Assessment whole = engine.assess(scenario, profile);
        List<String> members = whole.members().stream().sorted().toList();
        List<Dyad> dyads = dyads(scenario, whole);
        Map<String, Dyad> byPair = new HashMap<>();
        for (Dyad d : dyads) byPair.put(d.a() + "|" + d.b(), d);

        Map<Set<String>, Subgroup> candidates = new LinkedHashMap<>();
        for (Group g : scenario.groups()) {
            List<String> inside = g.members().stream().filter(whole.members()::contains).sorted().toList();
            if (inside.size() < 2) continue;
            candidates.put(new TreeSet<>(inside), subgroup(engine, profile, scenario, g.name(), true, inside, dyads));
        }
        Graph<String, DefaultEdge> compatible = new SimpleGraph<>(DefaultEdge.class);
        members.forEach(compatible::addVertex);
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Dyad d = byPair.get(members.get(i) + "|" + members.get(j));
                if (d == null || d.net() > -conflict) compatible.addEdge(members.get(i), members.get(j));
            }
        }
        for (Set<String> clique : new BronKerboschCliqueFinder<>(compatible)) {
            if (clique.size() < 2 || clique.size() == members.size()) continue;
            Set<String> key = new TreeSet<>(clique);
            if (candidates.containsKey(key)) continue;
            List<String> inside = new ArrayList<>(key);
            candidates.put(key, subgroup(engine, profile, scenario, "no conflict among " + String.join(", ", inside),
                    false, inside, dyads));
        }
        List<Subgroup> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparingInt((Subgroup s) -> s.assessment().phaseRank()).reversed()
                .thenComparing(Comparator.comparingDouble((Subgroup s) -> integration(s.assessment())).reversed())
                // Ties broken by the last tier (trust and identity); without evidence it counts 0: it only orders.
                .thenComparing(Comparator.comparingDouble((Subgroup s) -> lastTierScore(s.assessment())).reversed())
                .thenComparing(s -> String.join(",", s.members())));
        return new Result(whole, dyads, ranked);
    }

    /**
     * How integrated a set of members is within its phase: what they do together, the mean of the
     * middle tiers (in Adler and Barnett, tier 2, structure and process: neither the first, which
     * sets things going, nor the last, trust and identity, which breaks ties and is shown beside)
     * and the mature-phase indicators (multilateralism, military integration and the rest), the
     * factors that belong to no tier. With fewer than three tiers, every tier but the last counts.
     * A subject without evidence counts 0: integration orders sub-groups and is shown as such.
     */
    public static double integration(Assessment a) {
        List<String> tiers = a.tierNames();
        List<String> counted = tiers.size() >= 3 ? tiers.subList(1, tiers.size() - 1)
                : tiers.isEmpty() ? List.of() : tiers.subList(0, tiers.size() - 1);
        List<String> subjects = new ArrayList<>(counted);
        for (org.seccom.model.Factor f : a.factors()) if (!a.isTier(f.tier())) subjects.add(f.name());
        if (subjects.isEmpty()) return 0;
        double sum = 0;
        for (String s : subjects) sum += a.score(s);
        return Math.round(sum / subjects.size() * 10.0) / 10.0;
    }

    private static double lastTierScore(Assessment a) {
        String last = a.lastTier();
        return last == null ? 0 : a.score(last);
    }

    private static Subgroup subgroup(Engine engine, Profile profile, Scenario s, String name, boolean declared,
                                     List<String> inside, List<Dyad> dyads) {
        List<Member> kept = s.members().stream().filter(m -> inside.contains(m.code())).toList();
        List<Outsider> outsiders = new ArrayList<>(s.outsiders());
        for (Member m : s.members()) {
            if (!inside.contains(m.code())) outsiders.add(new Outsider(m.code(), m.name(), OutsiderType.STATE));
        }
        Scenario sub = new Scenario(s.scenario() + ": " + name, s.grouping(), s.asOf(), s.description(), s.sources(),
                kept, outsiders, List.of(), s.facts(), null);
        List<Dyad> apart = dyads.stream().filter(d -> d.net() < 0 && (inside.contains(d.a()) != inside.contains(d.b())))
                .sorted(Comparator.comparingDouble(Dyad::net).thenComparing(Dyad::a).thenComparing(Dyad::b)).toList();
        return new Subgroup(name, declared, inside, engine.assess(sub, profile), apart);
    }

    /**
     * The mutual-trust findings of the whole grouping, split over the pairs of members they concern:
     * a dispute between its parties; an act between its actors and its target (or, when the target is
     * an outsider, the member on the other side of a dispute the finding rests on); a threat between
     * those who fear and the member feared. A finding's points are shared equally among its pairs.
     */
    public static List<Dyad> dyads(Scenario scenario, Assessment whole) {
        Map<String, Fact> byId = new HashMap<>();
        for (Fact f : scenario.facts()) byId.put(f.id(), f);
        Set<String> members = whole.members();
        Map<String, Double> net = new TreeMap<>();
        Map<String, Set<String>> facts = new TreeMap<>();
        for (Finding finding : whole.findings()) {
            if (!finding.factor().equals("mutual-trust")) continue;
            Set<String> pairs = new TreeSet<>();
            List<String> disputants = new ArrayList<>();
            for (String id : finding.facts()) {
                if (byId.get(id) instanceof Dispute d) disputants.addAll(d.parties());
            }
            for (String id : finding.facts()) {
                Fact f = byId.get(id);
                if (f instanceof Dispute d) {
                    for (String x : d.parties()) for (String y : d.opponentsOf(x)) pair(pairs, members, x, y);
                } else if (f instanceof TrustSignal t) {
                    for (String actor : t.actors()) {
                        boolean memberTarget = false;
                        for (String target : t.target()) {
                            if (members.contains(target)) {
                                pair(pairs, members, actor, target);
                                memberTarget = true;
                            }
                        }
                        if (!memberTarget) for (String other : disputants) pair(pairs, members, actor, other);
                    }
                } else if (f instanceof Intervention i) {
                    for (String actor : i.actors()) pair(pairs, members, actor, i.target());
                } else if (f instanceof InternalConflict c) {
                    for (String backer : c.backedBy()) pair(pairs, members, backer, c.state());
                } else if (f instanceof Threat t) {
                    for (String holder : t.holders()) for (String poser : t.posedBy()) pair(pairs, members, holder, poser);
                }
            }
            for (String p : pairs) {
                net.merge(p, finding.points() / pairs.size(), Double::sum);
                facts.computeIfAbsent(p, k -> new TreeSet<>()).addAll(finding.facts());
            }
        }
        List<Dyad> dyads = new ArrayList<>();
        for (Map.Entry<String, Double> e : net.entrySet()) {
            String[] ab = e.getKey().split("\\|");
            dyads.add(new Dyad(ab[0], ab[1], Math.round(e.getValue() * 100.0) / 100.0, new ArrayList<>(facts.get(e.getKey()))));
        }
        return dyads;
    }

    private static void pair(Set<String> pairs, Set<String> members, String x, String y) {
        if (x.equals(y) || !members.contains(x) || !members.contains(y)) return;
        pairs.add(x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x);
    }
}
