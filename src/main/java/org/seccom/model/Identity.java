package org.seccom.model;

import java.util.List;

/** A marker of collective identity, or of its absence (tier 3, collective identity). */
@Kind("identity")
@Doc("Tier 3 collective identity: we-feeling, discourse of community, common symbols, pooled sovereignty, a common foreign policy; with stance negative, their absence or rejection (national identities fostered apart, independent foreign policies, refusal to pool sovereignty).")
public record Identity(
        @Inline Basis basis,
        @Doc("What kind of marker.") IdentityMarker marker,
        @Doc("States it describes; 'all' for every member.") @StateRef(allowAll = true) List<String> holders,
        @Doc("positive (speaks for a common identity) or negative (against it); default positive.") @Omissible Stance stance) implements Fact {
    public Identity {
        holders = Fact.copy(holders);
        if (stance == null) stance = Stance.POSITIVE;
    }
}
