package org.seccom.model;

import java.util.List;

/** An armed conflict inside a state: a civil war, a secessionist war, an insurgency (tier 3, mutual trust). */
@Kind("conflict")
@Doc("Tier 3 mutual trust: an armed conflict inside a state (civil war, secessionist war, insurgency, communal violence), and the states that back the armed side against its government.")
public record InternalConflict(
        @Inline Basis basis,
        @Doc("The state in which the conflict is fought.") @StateRef String state,
        @Doc("civil-war, secessionist-war, insurgency or communal-violence.") ConflictType type,
        @Doc("How far the fighting went (MID scale): use or war (default use).") @Omissible Hostility hostility,
        @Doc("States that back the armed side against the state's government (arms, fighters, sanctuary).") @Omissible @StateRef List<String> backedBy) implements Fact {
    public InternalConflict {
        if (hostility == null) hostility = Hostility.USE;
        backedBy = Fact.copy(backedBy);
    }
}
