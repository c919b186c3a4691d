package org.seccom.model;

import java.util.List;

/** A flow of goods, people, words, arms or training among states (tier 2, transactions). */
@Kind("transaction")
@Doc("Tier 2 transactions: a flow among states (trade, energy, migration, communication, language, arms, training, education), and whether it is shrinking; with stance negative, a barrier to it (sanctions, an embargo, discrimination between members).")
public record Transaction(
        @Inline Basis basis,
        @Doc("What flows.") FlowType flow,
        @Doc("States between which it flows; 'all' for every member.") @StateRef(allowAll = true) List<String> parties,
        @Doc("How dense the flow is.") Level intensity,
        @Doc("Whether the flow is mainly inherited from an earlier polity rather than built by the members (default false).") @Omissible Boolean legacy,
        @Doc("growing, stable or shrinking, where the source says.") @Omissible Trend trend,
        @Doc("positive (a flow; default) or negative (a barrier to flows between the parties: sanctions, an embargo, discriminatory or thinning trade).") @Omissible Stance stance) implements Fact {
    public Transaction {
        parties = Fact.copy(parties);
        if (legacy == null) legacy = false;
        if (stance == null) stance = Stance.POSITIVE;
    }

    public Transaction(Basis basis, FlowType flow, List<String> parties, Level intensity, Boolean legacy) {
        this(basis, flow, parties, intensity, legacy, null, null);
    }
}
