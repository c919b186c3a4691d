package org.seccom.model;

import java.time.LocalDate;
import java.util.Set;

/** The grouping as the rules see it: its members on the day assessed. */
public record Grouping(String name, LocalDate asOf, Set<String> members) {
    public Grouping {
        members = Set.copyOf(members);
    }
}
