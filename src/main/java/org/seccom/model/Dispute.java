package org.seccom.model;

import java.util.List;

/** A dispute between two states (tier 3, mutual trust). */
@Kind("dispute")
@Doc("Tier 3 mutual trust: a dispute between two states, militarised or not, ongoing, frozen or settled.")
public record Dispute(
        @Inline Basis basis,
        @Doc("The two states in dispute.") @StateRef List<String> parties,
        @Doc("What the dispute is about.") String issue,
        @Doc("Whether force has been threatened, displayed or used.") Boolean militarised,
        @Doc("ongoing, frozen or settled.") DisputeStatus status,
        @Doc("How it is being handled: none, negotiation, or an institutionalised procedure (mediation, panel, arbitration, adjudication).") @Omissible DisputeProcedure handledBy,
        @Doc("For a militarised dispute, how far force went (MID scale): threat, display, use, war (default use).") @Omissible Hostility hostility) implements Fact {
    public Dispute {
        parties = Fact.copy(parties);
        if (handledBy == null) handledBy = DisputeProcedure.NONE;
        if (hostility == null && Boolean.TRUE.equals(militarised)) hostility = Hostility.USE;
    }

    public boolean involves(String state) {
        return parties.contains(state);
    }

    /** The other party to the dispute, or null when {@code state} is not a party. */
    public String opponentOf(String state) {
        if (!involves(state) || parties.size() != 2) return null;
        return parties.get(0).equals(state) ? parties.get(1) : parties.get(0);
    }
}
