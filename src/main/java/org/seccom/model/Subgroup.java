package org.seccom.model;

import java.util.List;

/**
 * A subset of a grouping's members assessed on its own: declared by the scenario (a direction or
 * region) or found as a maximal set of members with no conflict between them; {@code apart} are the
 * conflicts between it and the members left out.
 */
public record Subgroup(String name, boolean declared, List<String> members, Assessment assessment, List<Dyad> apart) {
    public Subgroup {
        members = List.copyOf(members);
        apart = List.copyOf(apart);
    }
}
