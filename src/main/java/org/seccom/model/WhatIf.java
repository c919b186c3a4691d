package org.seccom.model;

import java.util.List;

/** A baseline assessment, the counterfactual's, and the findings that differ between them. */
public record WhatIf(Counterfactual counterfactual, Assessment baseline, Assessment whatIf, List<FindingChange> findingChanges) {
    public WhatIf {
        findingChanges = List.copyOf(findingChanges);
    }
}
