package org.seccom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seccom.engine.Engine;
import org.seccom.engine.RuleBase;
import org.seccom.model.Counterfactual;
import org.seccom.model.Profile;
import org.seccom.scenario.OverlayReader;

/**
 * What every command that assesses needs: the rule base compiled once, the profile, and the
 * scenario with any what-if overlays applied; and the list of inputs no report may overwrite.
 */
record Workbench(RuleOptions rules, RuleBase ruleBase, Engine engine, Profile profile) {

    static Workbench of(RuleOptions rules) {
        RuleBase ruleBase = RuleBase.compile(rules.sources());
        return new Workbench(rules, ruleBase, new Engine(ruleBase), rules.profile());
    }

    /** The scenario with the overlays applied in order (none: the scenario as it is). */
    Counterfactual read(Path scenario, List<Path> overlays) {
        return new OverlayReader().read(scenario, overlays, profile);
    }

    /** The profile with the values the overlays set. */
    Profile profileFor(Counterfactual cf) {
        return cf.profileChanges().isEmpty() ? profile : profile.with(cf.profileChanges());
    }

    /** The rule files, the profile and the given files: what a report must never be written over. */
    List<Path> inputs(Path file, List<Path> more) {
        List<Path> inputs = new ArrayList<>(rules.inputs());
        if (file != null) inputs.add(file);
        inputs.addAll(more);
        return inputs;
    }
}
