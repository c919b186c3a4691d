package org.seccom.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts firings per rule, so that a rule base that does not settle can say which rules loop. */
final class FiringRecorder extends DefaultAgendaEventListener {
    private final Map<String, Integer> counts = new HashMap<>();
    /** The rule whose consequence runs now (or ran last), for naming a rule that runs away. */
    private volatile String current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch().getRule().getName();
    }

    String current() {
        return current;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    /** The rule that fired most, or null when none fired. */
    String busiestRule() {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The rules that fired most, as {@code "name" (n times)}, most first. */
    String busiest(int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
    }
}
