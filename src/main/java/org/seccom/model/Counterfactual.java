package org.seccom.model;

import java.util.List;
import java.util.Map;

/**
 * A base scenario with what-if overlays applied: the changed scenario, the profile values the
 * overlays set, every change in order, and for each fact id the change that added, changed or
 * removed it, so that a difference in findings can be traced to its cause; {@code expect} is what
 * the last overlay expects of the counterfactual, if it says.
 */
public record Counterfactual(
        Scenario base,
        Scenario scenario,
        List<String> overlays,
        List<Change> changes,
        Map<String, Double> profileChanges,
        Map<String, Change> changeOfFact,
        Expect expect) {

    public Counterfactual {
        overlays = List.copyOf(overlays);
        changes = List.copyOf(changes);
        profileChanges = Map.copyOf(profileChanges);
        changeOfFact = Map.copyOf(changeOfFact);
    }

    /** Changes that act on the whole grouping rather than on facts: memberships and profile values. */
    public List<Change> groupingChanges() {
        return changes.stream().filter(c -> !c.op().equals("add") && !c.op().equals("remove")
                && !c.op().equals("change")).toList();
    }
}
