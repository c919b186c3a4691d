package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A member state of the grouping, by ISO 3166-1 alpha-3 code. */
public record Member(
        @Doc("ISO 3166-1 alpha-3 code, e.g. NOR.") String code,
        @Doc("The state's name.") String name,
        @Doc("Day the state joined (default: from the start).") @Omissible LocalDate joined,
        @Doc("Day the state left, if it did.") @Omissible LocalDate left) {

    public Member {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
    }

    /** Whether the state is a member on the given day (joined and left days inclusive). */
    public boolean memberOn(LocalDate day) {
        return (joined == null || !day.isBefore(joined)) && (left == null || !day.isAfter(left));
    }
}
