package org.seccom.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seccom.model.Assessment;
import org.seccom.model.Change;
import org.seccom.model.Counterfactual;
import org.seccom.model.Finding;
import org.seccom.model.FindingChange;
import org.seccom.model.Profile;
import org.seccom.model.WhatIf;

/** Assesses a counterfactual beside its baseline and traces each changed finding to its cause. */
public final class WhatIfs {
    private WhatIfs() {}

    /**
     * Assesses baseline and counterfactual on the day given (null: each scenario's asOf). The
     * counterfactual re-uses the baseline's session, changing only the facts and profile numbers that
     * differ (unless the rules read a profile global, which a live session cannot change).
     */
    public static WhatIf assess(Engine engine, Profile profile, Counterfactual cf, LocalDate day) {
        try (Evaluation evaluation = engine.open(profile)) {
            Assessment baseline = evaluation.assess(cf.base(), day == null ? cf.base().asOf() : day);
            LocalDate whatIfDay = day == null ? cf.scenario().asOf() : day;
            Assessment whatIf = cf.profileChanges().isEmpty()
                    ? evaluation.assess(cf.scenario(), whatIfDay)
                    : engine.profileIsLive()
                    ? evaluation.assess(cf.scenario(), whatIfDay, profile.with(cf.profileChanges()))
                    : engine.assess(cf.scenario(), profile.with(cf.profileChanges()), whatIfDay);
            return new WhatIf(cf, baseline, whatIf, compare(cf, baseline, whatIf));
        }
    }

    /** A finding's identity across two assessments; the text tells apart the findings one rule draws from the same facts. */
    private record Key(String rule, List<String> facts, String text) {}

    static List<FindingChange> compare(Counterfactual cf, Assessment baseline, Assessment whatIf) {
        Map<Key, Finding> before = index(baseline.findings());
        Map<Key, Finding> after = index(whatIf.findings());
        List<FindingChange> changes = new ArrayList<>();
        for (Map.Entry<Key, Finding> e : before.entrySet()) {
            Finding now = after.get(e.getKey());
            if (now == null) {
                changes.add(new FindingChange(FindingChange.DISAPPEARED, e.getValue(), null, causes(cf, e.getValue())));
            } else if (now.points() != e.getValue().points() || !now.text().equals(e.getValue().text())) {
                changes.add(new FindingChange(FindingChange.CHANGED, e.getValue(), now, causes(cf, now)));
            }
        }
        for (Map.Entry<Key, Finding> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(new FindingChange(FindingChange.APPEARED, null, e.getValue(), causes(cf, e.getValue())));
            }
        }
        changes.sort(Comparator.comparing((FindingChange c) -> c.finding().tier())
                .thenComparing(c -> c.finding().factor())
                .thenComparing(c -> -Math.abs(c.delta()))
                .thenComparing(c -> c.finding().rule())
                .thenComparing(c -> String.join(",", c.finding().facts()))
                .thenComparing(c -> c.finding().text()));
        return changes;
    }

    private static Map<Key, Finding> index(List<Finding> findings) {
        Map<String, Long> perRuleAndFacts = new java.util.HashMap<>();
        for (Finding f : findings) perRuleAndFacts.merge(f.rule() + f.facts(), 1L, Long::sum);
        Map<Key, Finding> index = new LinkedHashMap<>();
        for (Finding f : findings) {
            boolean shared = perRuleAndFacts.get(f.rule() + f.facts()) > 1;
            index.put(new Key(f.rule(), f.facts(), shared ? f.text() : ""), f);
        }
        return index;
    }

    private static List<Change> causes(Counterfactual cf, Finding finding) {
        Set<Change> causes = new LinkedHashSet<>();
        for (String id : finding.facts()) {
            Change c = cf.changeOfFact().get(id);
            if (c != null) causes.add(c);
        }
        if (causes.isEmpty()) causes.addAll(cf.groupingChanges());
        return new ArrayList<>(causes);
    }
}
