package org.seccom.model;

/**
 * A member's participation short of leaving, with its dates (from, until) and source: frozen by the
 * member itself, or suspended by the others. The state stays a member.
 */
@Kind("membership")
@Doc("A member's participation short of leaving: frozen (by the member itself) or suspended (by the others), from the day given; the state stays a member and counts in every share.")
public record MembershipChange(
        @Inline Basis basis,
        @Doc("The member.") @StateRef String state,
        @Doc("frozen (the member stopped taking part) or suspended (the others suspended it).") MembershipStatus status) implements Fact {
}
