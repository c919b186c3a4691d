package org.seccom.model;

import java.util.List;

/** A value or norm relevant to political decisions, and who holds it (tier 2, knowledge). */
@Kind("value")
@Doc("Tier 2 knowledge: a value or norm relevant to political decision-making and the members that hold it; negative stance records a divergence of values; imposedBy, a value professed under imposition rather than shared.")
public record SharedValue(
        @Inline Basis basis,
        @Doc("The value or norm, e.g. 'state sovereignty'.") String value,
        @Doc("States that hold it; 'all' for every member.") @StateRef(allowAll = true) List<String> holders,
        @Doc("positive (shared) or negative (a divergence of values); default positive.") @Omissible Stance stance,
        @Doc("Whether holding the value stands in the way of pooling sovereignty (default false).") @Omissible Boolean blocksPooling,
        @Doc("values (default): a value or norm; policy: a choice of policy (an alignment, a membership) that members can differ on while their values stay compatible.") @Omissible ValueMatter about,
        @Doc("States that impose the value on the holders, where it is professed under imposition rather than shared.") @Omissible @StateRef List<String> imposedBy) implements Fact {
    public SharedValue(Basis basis, String value, List<String> holders, Stance stance, Boolean blocksPooling, ValueMatter about) {
        this(basis, value, holders, stance, blocksPooling, about, null);
    }

    public SharedValue {
        imposedBy = Fact.copy(imposedBy);
        holders = Fact.copy(holders);
        if (stance == null) stance = Stance.POSITIVE;
        if (blocksPooling == null) blocksPooling = false;
        if (about == null) about = ValueMatter.VALUES;
    }
}
