package org.seccom.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.seccom.model.Fact;
import org.seccom.model.Finding;

/**
 * Builds a {@link Finding} from inside a rule's consequence: the rule's name and its {@code @tier},
 * {@code @factor} and {@code @mechanism} metadata, the facts it matched, their sources, and the
 * product of their confidences, so that a fact of confidence c contributes c times the points.
 */
public final class Findings {
    private Findings() {}

    public static Finding of(RuleContext drools, double fullPoints, String text, Fact... facts) {
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
            sources.add(f.source().cite());
            confidence *= f.confidence();
        }
        Object mechanism = meta.get("mechanism");
        if (!text.isEmpty()) text = Character.toUpperCase(text.charAt(0)) + text.substring(1); // a sentence
        return Finding.of(rule.getName(), String.valueOf(meta.get("tier")), factor.toString(),
                mechanism == null ? null : mechanism.toString(), fullPoints, confidence, ids,
                new ArrayList<>(sources), text);
    }
}
