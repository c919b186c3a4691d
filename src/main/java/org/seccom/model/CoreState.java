package org.seccom.model;

import java.util.List;

/** A core state around which integration crystallises (tier 2, power). */
@Kind("core")
@Doc("Tier 2 power: a core state, its capability, the share of common costs it carries, and how members see it (one fact may give any of these; contested perceptions are best a fact of their own).")
public record CoreState(
        @Inline Basis basis,
        @Doc("The core state.") @StateRef String state,
        @Doc("Its capability relative to the other members, where the fact speaks of it.") @Omissible Level capability,
        @Doc("Share of the grouping's common costs it carries, 0 to 1, where known.") @Omissible Double costShare,
        @Doc("How it is seen: benevolent, mixed or menacing hegemon, where the fact speaks of it.") @Omissible Perception seenAs,
        @Doc("Who sees it that way; 'all' for every member.") @Omissible @StateRef(allowAll = true) List<String> seenBy) implements Fact {
    public CoreState {
        seenBy = Fact.copy(seenBy);
    }
}
