package org.seccom.model;

import java.util.List;

/** A core state around which integration crystallises (tier 2, power). */
@Kind("core")
@Doc("Tier 2 power: a core state, its capability, the share of common costs it carries, how members see it and whom it coerces (one fact may give any of these; contested perceptions are best a fact of their own); state: none records that no member stands out as a core.")
public record CoreState(
        @Inline Basis basis,
        @Doc("The core state, or none when no member stands out as a core.") @StateRef(allowNone = true) String state,
        @Doc("Its capability relative to the other members, where the fact speaks of it.") @Omissible Level capability,
        @Doc("Share of the grouping's common costs it carries, 0 to 1, where known.") @Omissible Double costShare,
        @Doc("How it is seen: benevolent, mixed or menacing hegemon, where the fact speaks of it.") @Omissible Perception seenAs,
        @Doc("Who sees it that way; 'all' for every member.") @Omissible @StateRef(allowAll = true) List<String> seenBy,
        @Doc("Members the core coerces into line (threats, sanctions, force), where the fact speaks of it; 'all' for every other member.") @Omissible @StateRef(allowAll = true) List<String> coerces) implements Fact {
    /** Written as the state of a core fact: no member stands out as a core. */
    public static final String NONE = "none";

    public CoreState {
        seenBy = Fact.copy(seenBy);
        coerces = Fact.copy(coerces);
    }

    public CoreState(Basis basis, String state, Level capability, Double costShare, Perception seenAs, List<String> seenBy) {
        this(basis, state, capability, costShare, seenAs, seenBy, null);
    }
}
