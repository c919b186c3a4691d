package org.seccom.model;

import static java.util.Objects.requireNonNull;

/** A state or organisation outside the grouping that some fact mentions. */
public record Outsider(
        @Doc("ISO 3166-1 alpha-3 code for a state; a short upper-case code for an organisation (e.g. GUAM).") String code,
        @Doc("Its name.") String name,
        @Doc("state or organisation (default state).") @Omissible OutsiderType type) {

    public Outsider {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        if (type == null) type = OutsiderType.STATE;
    }
}
