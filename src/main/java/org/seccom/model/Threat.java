package org.seccom.model;

import java.util.List;

/** A threat perceived by some members (tier 1). */
@Kind("threat")
@Doc("Tier 1: a threat perceived by members: who holds it, how salient, where it comes from; with stance negative, a threat the holders do not perceive (no common threat, or one they reject).")
public record Threat(
        @Inline Basis basis,
        @Doc("The threat in a few words, e.g. 'transnational terrorism'.") String threat,
        @Doc("Where the threat comes from relative to the members.") ThreatScope scope,
        @Doc("States that perceive it; 'all' for every member.") @StateRef(allowAll = true) List<String> holders,
        @Doc("How salient it is to those who hold it.") Level salience,
        @Doc("States or organisations seen as posing it, if any.") @Omissible @StateRef List<String> posedBy,
        @Doc("positive (the holders perceive it; default) or negative (the holders do not perceive it as a threat: no common threat, or one they reject).") @Omissible Stance stance) implements Fact {
    public Threat {
        holders = Fact.copy(holders);
        posedBy = Fact.copy(posedBy);
        if (stance == null) stance = Stance.POSITIVE;
    }

    public Threat(Basis basis, String threat, ThreatScope scope, List<String> holders, Level salience, List<String> posedBy) {
        this(basis, threat, scope, holders, salience, posedBy, null);
    }
}
