package org.seccom.model;

import java.util.List;

/** A change or standing condition that pushes states to orient towards each other (tier 1). */
@Kind("shock")
@Doc("Tier 1: a shock or trend (political, economic, demographic, technological, environmental) or a standing condition such as proximity that pushes states to orient towards each other.")
public record Shock(
        @Inline Basis basis,
        @Doc("What kind of change or condition.") ShockType type,
        @Doc("States it touches; 'all' for every member (default all).") @Omissible @StateRef(allowAll = true) List<String> holders,
        @Doc("How strongly it pushes (low, medium, high).") Level salience) implements Fact {
    public Shock {
        holders = holders == null ? List.of("all") : List.copyOf(holders);
    }
}
