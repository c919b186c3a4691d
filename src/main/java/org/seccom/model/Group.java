package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A direction or region of the grouping that the scenario declares, e.g. its Central Asian direction. */
public record Group(
        @Doc("Id of the group, e.g. central-asia.") String id,
        @Doc("Its name.") String name,
        @Doc("Member codes in the group.") @StateRef List<String> members) {

    public Group {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        members = List.copyOf(members);
    }
}
