package org.seccom.model;

import java.util.List;

/** An indicator of a mature security community (Adler and Barnett 1998, ch. 2). */
@Kind("indicator")
@Doc("Mature-phase indicator: multilateralism, unfortified borders, no worst-case planning, common threat definition, community discourse (loosely coupled); cooperative security, military integration, internal-threat coordination, free movement, pooled authority, a multiperspectival polity (tightly coupled).")
public record Indicator(
        @Inline Basis basis,
        @Doc("Which indicator.") MatureIndicator indicator,
        @Doc("present, partial or absent.") IndicatorStatus status,
        @Doc("Members it describes, where it holds for some only (e.g. one region); 'all' for every member (default all).") @Omissible @StateRef(allowAll = true) List<String> holders) implements Fact {
    public Indicator {
        holders = holders == null ? List.of("all") : List.copyOf(holders);
    }
}
