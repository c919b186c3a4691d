package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A member state of the grouping, by ISO 3166-1 alpha-3 code, with its membership: one spell
 * (joined, left) or several ({@code spells}), and why it left. A frozen or suspended participation
 * is a sourced fact of its own (kind {@code membership}).
 */
public record Member(
        @Doc("ISO 3166-1 alpha-3 code, e.g. NOR.") String code,
        @Doc("The state's name.") String name,
        @Doc("Day the state joined (default: from the start).") @Omissible LocalDate joined,
        @Doc("Day the state left, if it did.") @Omissible LocalDate left,
        @Doc("Why the state left, if it did.") @Omissible String leftBecause,
        @Doc("Several periods of membership, for a state that left and came back (instead of joined and left).") @Omissible List<Spell> spells) {

    public Member {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        spells = spells == null ? List.of() : List.copyOf(spells);
    }

    public Member(String code, String name, LocalDate joined, LocalDate left) {
        this(code, name, joined, left, null, null);
    }

    /** The periods of membership: the spells as written, or the one spell of joined and left. */
    public List<Spell> periods() {
        return spells.isEmpty() ? List.of(new Spell(joined, left, leftBecause)) : spells;
    }

    /** Whether the state is a member on the given day (joined and left days inclusive). */
    public boolean memberOn(LocalDate day) {
        return periods().stream().anyMatch(s -> s.covers(day));
    }
}
