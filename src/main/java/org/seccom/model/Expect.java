package org.seccom.model;

import java.util.List;
import java.util.Map;

/**
 * What the literature expects an assessment of the scenario to find, with its source; {@code seccom
 * test} checks each expectation and says why a failed one failed. Lists give acceptable values.
 */
@Doc("What the literature expects of this grouping, with its source; seccom test checks it.")
public record Expect(
        @Doc("Where the expectation comes from: a source key of the scenario, or a full reference.") String source,
        @Doc("Why the expectation is contested, and by whom, if it is.") @Omissible String contested,
        @Doc("Acceptable phases: none, nascent, ascendant, mature-loosely-coupled, mature-tightly-coupled; one or a list.") @Omissible List<String> phase,
        @Doc("Acceptable Deutsch verdicts: met, partly met, not met; one or a list.") @Omissible List<String> deutsch,
        @Doc("Acceptable bands (weak, partial, met) by subject: tier-1, tier-2, tier-3, a factor or one of Deutsch's conditions.") @Omissible Map<String, List<String>> bands,
        @Doc("Names of rules whose findings must appear.") @Omissible List<String> findings,
        @Doc("Names of rules whose findings must not appear.") @Omissible List<String> noFindings,
        @Doc("A known disagreement between the rules and this expectation, and why; its failures are reported as pending, not failed, until they pass.") @Omissible String pending) {

    public Expect {
        phase = phase == null ? List.of() : List.copyOf(phase);
        deutsch = deutsch == null ? List.of() : List.copyOf(deutsch);
        bands = bands == null ? Map.of() : Map.copyOf(bands);
        findings = findings == null ? List.of() : List.copyOf(findings);
        noFindings = noFindings == null ? List.of() : List.copyOf(noFindings);
    }
}
