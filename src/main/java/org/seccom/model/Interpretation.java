package org.seccom.model;

import java.util.List;

/** A new shared reading of social reality among members (tier 1). */
@Kind("interpretation")
@Doc("Tier 1: a new interpretation of social reality held by members, e.g. coloured revolutions read as a common threat.")
public record Interpretation(
        @Inline Basis basis,
        @Doc("States that hold the reading; 'all' for every member.") @StateRef(allowAll = true) List<String> holders,
        @Doc("How much it shapes policy (low, medium, high).") Level salience) implements Fact {
    public Interpretation {
        holders = Fact.copy(holders);
    }
}
