package org.seccom.model;

import java.util.List;

/**
 * An armed intervention in, or occupation of, a state by others without its government's consent:
 * one event, however many states took part (tier 3, mutual trust).
 */
@Kind("intervention")
@Doc("Tier 3 mutual trust: an armed intervention in, or occupation of, a state by one or more others without its government's consent; one event however many took part. (An operation at the host government's request is a crisis the grouping acted on.)")
public record Intervention(
        @Inline Basis basis,
        @Doc("The states that intervened.") @StateRef List<String> actors,
        @Doc("The state intervened in.") @StateRef String target,
        @Doc("armed-intervention or occupation (default armed-intervention).") @Omissible InterventionForm form,
        @Doc("How far force went (MID scale): use or war (default use).") @Omissible Hostility hostility) implements Fact {
    public Intervention {
        actors = Fact.copy(actors);
        if (form == null) form = InterventionForm.ARMED_INTERVENTION;
        if (hostility == null) hostility = Hostility.USE;
    }
}
