package org.seccom.model;

import java.time.LocalDate;

/** One period of membership: when the state joined, when it left, and why. */
@Doc("One period of membership: joined, left, and why it ended.")
public record Spell(
        @Doc("Day the state joined (default: from the start).") @Omissible LocalDate joined,
        @Doc("Day the state left, if it did.") @Omissible LocalDate left,
        @Doc("Why the spell ended, e.g. 'did not renew the treaty'.") @Omissible String leftBecause) {

    /** Whether the spell covers the given day (joined and left days inclusive). */
    public boolean covers(LocalDate day) {
        return (joined == null || !day.isBefore(joined)) && (left == null || !day.isAfter(left));
    }
}
