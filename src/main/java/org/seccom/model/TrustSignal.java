package org.seccom.model;

import java.util.List;

/** A directed act by which states show or deny trust in another (tier 3, mutual trust). */
@Kind("trust")
@Doc("Tier 3 mutual trust: a directed act (arming a member's adversary, withholding support, refusing recognition, criticism, balancing with outsiders, coercion, joint exercises, invited or imposed basing, support) towards one state or several.")
public record TrustSignal(
        @Inline Basis basis,
        @Doc("What was done.") Signal signal,
        @Doc("The states that did it.") @StateRef List<String> actors,
        @Doc("The state or organisation it was done to, for, or towards; a list where one act had several targets.") @StateRef List<String> target,
        @Doc("Id of the dispute or fact the act concerns, if any.") @Omissible String concerning) implements Fact {
    public TrustSignal {
        actors = Fact.copy(actors);
        target = Fact.copy(target);
    }

    /** An act towards one state (or none, for a mediation that names the dispute it concerns). */
    public TrustSignal(Basis basis, Signal signal, List<String> actors, String target, String concerning) {
        this(basis, signal, actors, target == null ? List.of() : List.of(target), concerning);
    }
}
