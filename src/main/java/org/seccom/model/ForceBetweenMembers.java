package org.seccom.model;

import java.util.List;

/**
 * Force used between members, derived once by the rules from whatever fact shows it (a militarised
 * dispute, a settlement imposed by force, an armed intervention or occupation), now or in the past:
 * the fact, how far force went, whether the rules count it as the large-scale force Deutsch's
 * definition excludes, the members on each side, its confidence, and how long ago it ended (0 while
 * it goes on). What counts as large-scale is the rules' judgement, not this record's.
 */
public record ForceBetweenMembers(Fact fact, Hostility hostility, boolean largeScale, List<String> members,
                                  double confidence, double yearsAgo) {
    public ForceBetweenMembers {
        members = List.copyOf(members);
    }

    public String id() {
        return fact.id();
    }
}
