package org.seccom.model;

import java.util.List;

/**
 * A finding that a counterfactual made appear, disappear or change its points, with the overlay
 * changes that caused it: those that added, changed or removed one of its facts, or, when none
 * did, those that changed the membership or the profile.
 */
public record FindingChange(String kind, Finding before, Finding after, List<Change> causes) {
    public static final String APPEARED = "appeared";
    public static final String DISAPPEARED = "disappeared";
    public static final String CHANGED = "changed";

    public FindingChange {
        causes = List.copyOf(causes);
    }

    /** The finding as it is in the counterfactual, or as it was when it disappeared. */
    public Finding finding() {
        return after != null ? after : before;
    }

    public double delta() {
        return (after == null ? 0 : after.points()) - (before == null ? 0 : before.points());
    }
}
