package org.seccom.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.seccom.model.Fact;
import org.seccom.model.SourceRef;
import org.seccom.model.Evidence;

/**
 * Builds the {@link Evidence} for a finding from inside a rule's consequence: the rule's name and
 * its {@code @tier}, {@code @factor} and {@code @mechanism} metadata, the profile number its points
 * come from, the facts it matched, their sources, and the product of their confidences, so that a
 * fact of confidence c contributes c times the points. The scoring rules price it.
 */
public final class Findings {
    private Findings() {}

    /** Evidence worth the profile number {@code weight} in full. */
    public static Evidence of(RuleContext drools, String weight, String text, Fact... facts) {
        return of(drools, weight, 1.0, text, facts);
    }

    /** Evidence worth the profile number {@code weight} times {@code scale} (a share of members, say). */
    public static Evidence of(RuleContext drools, String weight, double scale, String text, Fact... facts) {
        return make(drools, weight, scale, null, null, text, facts);
    }

    /**
     * Evidence of one event between the given states, dated by the first fact's {@code from} and about
     * {@code about} (a dispute's issue, the fact an act concerns): parts of one event (the same rule,
     * day and subject, a state in common) count once, so an event written as one
     * n-party fact or as its pairwise parts weighs the same. An undated fact counts on its own.
     */
    public static Evidence event(RuleContext drools, String weight, java.util.Collection<?> states, String about,
                                 String text, Fact... facts) {
        return event(drools, weight, 1.0, states, about, text, facts);
    }

    /** As {@link #event(RuleContext, String, java.util.Collection, String, String, Fact...)}, times {@code scale}. */
    public static Evidence event(RuleContext drools, String weight, double scale, java.util.Collection<?> states,
                                 String about, String text, Fact... facts) {
        List<String> involved = new ArrayList<>();
        for (Object s : states) if (!involved.contains(s.toString())) involved.add(s.toString());
        java.util.Collections.sort(involved);
        return make(drools, weight, scale, involved, about, text, facts);
    }

    private static Evidence make(RuleContext drools, String weight, double scale, List<String> states, String about,
                                 String text, Fact... facts) {
        Rule rule = drools.getRule();
        Map<String, Object> meta = rule.getMetaData();
        Object factor = meta.get("factor");
        if (factor == null) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" records a finding but has no @factor");
        }
        List<String> ids = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        double confidence = 1.0;
        for (Fact f : facts) {
            ids.add(f.id());
            for (SourceRef s : f.sources()) sources.add(s.cite());
            confidence *= f.confidence();
        }
        Object mechanism = meta.get("mechanism");
        if (!text.isEmpty()) text = Character.toUpperCase(text.charAt(0)) + text.substring(1); // a sentence
        return new Evidence(rule.getName(), String.valueOf(meta.get("tier")), factor.toString(),
                mechanism == null ? null : mechanism.toString(), weight, scale, confidence, ids,
                new ArrayList<>(sources), text, states == null || facts.length == 0 ? null : facts[0].basis().from(),
                about, states);
    }
}
