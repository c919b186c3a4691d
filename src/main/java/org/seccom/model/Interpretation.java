package org.seccom.model;

import java.util.List;

/** A new shared reading of social reality among members (tier 1). */
@Kind("interpretation")
@Doc("Tier 1: a new interpretation of social reality held by members, e.g. coloured revolutions read as a common threat; with stance negative, a reading that divides them; with imposedBy, one that a state imposes on the others.")
public record Interpretation(
        @Inline Basis basis,
        @Doc("States that hold the reading; 'all' for every member.") @StateRef(allowAll = true) List<String> holders,
        @Doc("How much it shapes policy (low, medium, high).") Level salience,
        @Doc("positive (a reading the holders share; default) or negative (a reading that divides members: its holders against the rest).") @Omissible Stance stance,
        @Doc("States that impose the reading on the holders, where it is imposed rather than shared.") @Omissible @StateRef List<String> imposedBy) implements Fact {
    public Interpretation {
        holders = Fact.copy(holders);
        if (stance == null) stance = Stance.POSITIVE;
        imposedBy = Fact.copy(imposedBy);
    }

    public Interpretation(Basis basis, List<String> holders, Level salience) {
        this(basis, holders, salience, null, null);
    }
}
