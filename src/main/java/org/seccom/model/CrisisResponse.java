package org.seccom.model;

/** An occasion when the grouping was called on, and what it did (tier 2, institutions). */
@Kind("crisis")
@Doc("Tier 2 institutions: an occasion when a member called on the grouping, or a crisis called for it, and what it did.")
public record CrisisResponse(
        @Inline Basis basis,
        @Doc("The crisis in a few words.") String crisis,
        @Doc("The member where it happened or that was threatened.") @StateRef String state,
        @Doc("Whether that member asked the grouping for help (default false).") @Omissible Boolean requested,
        @Doc("What the grouping did: acted, partial, declined, failed.") Outcome outcome,
        @Doc("Id of the institution fact the member called on, or that answered, where the source names it.") @Omissible String body) implements Fact {
    public CrisisResponse {
        if (requested == null) requested = false;
    }

    public CrisisResponse(Basis basis, String crisis, String state, Boolean requested, Outcome outcome) {
        this(basis, crisis, state, requested, outcome, null);
    }
}
