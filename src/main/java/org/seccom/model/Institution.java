package org.seccom.model;

import java.util.List;

/** A body or procedure of the grouping (tier 2, organisations and institutions). */
@Kind("institution")
@Doc("Tier 2 institutions: a body or procedure of the grouping, what it is for, and whether it exists and works.")
public record Institution(
        @Inline Basis basis,
        @Doc("Name of the body or procedure.") String name,
        @Doc("What it is for.") InstitutionFunction purpose,
        @Doc("operating, impeded (exists but hampered), or lacking (the grouping has no such body).") InstitutionStatus status,
        @Doc("Members taking part; 'all' for every member (default all).") @Omissible @StateRef(allowAll = true) List<String> participants) implements Fact {
    public Institution {
        participants = participants == null ? List.of("all") : List.copyOf(participants);
    }
}
