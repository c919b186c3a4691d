package org.seccom.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A dispute between states (tier 3, mutual trust): two parties, or more, on two sides or more. */
@Kind("dispute")
@Doc("Tier 3 mutual trust: a dispute between states, militarised or not, ongoing, frozen or settled, and if settled, how. Two parties or more; with more than two, sides says who stood with whom.")
public record Dispute(
        @Inline Basis basis,
        @Doc("The states in dispute: two, or more for one dispute with several parties.") @StateRef List<String> parties,
        @Doc("Where more than two states are parties, who stood with whom: a list of sides, each a list of parties (default: each party on a side of its own).") @Omissible @StateRef List<List<String>> sides,
        @Doc("What the dispute is about.") String issue,
        @Doc("Whether force has been threatened, displayed or used.") Boolean militarised,
        @Doc("ongoing, frozen or settled.") DisputeStatus status,
        @Doc("How it is being handled: none, negotiation, or an institutionalised procedure (mediation, panel, arbitration, adjudication).") @Omissible DisputeProcedure handledBy,
        @Doc("For a militarised dispute, how far force went (MID scale): threat, display, use, war (default use).") @Omissible Hostility hostility,
        @Doc("For a settled dispute, how it was settled: agreement, adjudication, arbitration, mediation (peaceful), lapse (it faded without settlement), imposed-by-force, imposed-by-threat.") @Omissible Settlement settledBy,
        @Doc("For a settled dispute, the day it was settled.") @Omissible LocalDate settledOn) implements Fact {
    public Dispute {
        parties = Fact.copy(parties);
        sides = sides == null ? List.of() : sides.stream().map(List::copyOf).toList();
        if (handledBy == null) handledBy = DisputeProcedure.NONE;
        if (hostility == null && Boolean.TRUE.equals(militarised)) hostility = Hostility.USE;
    }

    /** A dispute between two states, settled or not, as the earlier vocabulary wrote it. */
    public Dispute(Basis basis, List<String> parties, String issue, Boolean militarised, DisputeStatus status,
                   DisputeProcedure handledBy, Hostility hostility) {
        this(basis, parties, null, issue, militarised, status, handledBy, hostility, null, null);
    }

    public boolean involves(String state) {
        return parties.contains(state);
    }

    /** The sides of the dispute: as written, or each party on a side of its own. */
    public List<List<String>> sidesOrParties() {
        if (!sides.isEmpty()) return sides;
        return parties.stream().map(List::of).toList();
    }

    /** The parties on other sides than {@code state}'s; empty when it is not a party. */
    public List<String> opponentsOf(String state) {
        List<String> out = new ArrayList<>();
        if (!involves(state)) return out;
        for (List<String> side : sidesOrParties()) if (!side.contains(state)) out.addAll(side);
        return out;
    }

    /** Whether members stand on at least two sides of it: a dispute between members. */
    public boolean dividesAmong(Collection<String> members) {
        int sidesWithMembers = 0;
        for (List<String> side : sidesOrParties()) {
            if (side.stream().anyMatch(members::contains)) sidesWithMembers++;
        }
        return sidesWithMembers >= 2;
    }

    /** Settled peacefully: by agreement, adjudication, arbitration or mediation. */
    public boolean settledPeacefully() {
        return status == DisputeStatus.SETTLED && settledBy != null && settledBy.peaceful();
    }

    /** Settled by force imposed on a party. */
    public boolean settledByForce() {
        return status == DisputeStatus.SETTLED && settledBy == Settlement.IMPOSED_BY_FORCE;
    }
}
