package org.seccom.model;

import java.util.List;

/**
 * Force used between members, derived once by the rules from whatever fact shows it (a militarised
 * dispute, a settlement imposed by force, an armed intervention or occupation), now or in the past:
 * the fact, how far force went, the members on each side, its confidence, and how long ago it ended
 * (0 while it goes on). Every rule that asks whether force divides the members reads this.
 */
public record ForceBetweenMembers(Fact fact, Hostility hostility, List<String> members, double confidence,
                                  double yearsAgo) {
    public ForceBetweenMembers {
        members = List.copyOf(members);
    }

    public String id() {
        return fact.id();
    }
}
