package org.seccom.model;

import java.util.List;

/** A flow of goods, people, words, arms or training among states (tier 2, transactions). */
@Kind("transaction")
@Doc("Tier 2 transactions: a flow among states (trade, energy, migration, communication, language, arms, training, education).")
public record Transaction(
        @Inline Basis basis,
        @Doc("What flows.") FlowType flow,
        @Doc("States between which it flows; 'all' for every member.") @StateRef(allowAll = true) List<String> parties,
        @Doc("How dense the flow is.") Level intensity,
        @Doc("Whether the flow is mainly inherited from an earlier polity rather than built by the members (default false).") @Omissible Boolean legacy) implements Fact {
    public Transaction {
        parties = Fact.copy(parties);
        if (legacy == null) legacy = false;
    }
}
