package org.seccom.model;

import java.util.List;

/** A marker of social learning among members (tier 2, social learning). */
@Kind("learning")
@Doc("Tier 2 social learning: shared history, commemorations, a lingua franca, elite socialisation, common experience; with stance negative, learning stopped or reversed (exchanges ended, training cut).")
public record Learning(
        @Inline Basis basis,
        @Doc("What kind of marker.") LearningMarker marker,
        @Doc("States that share it; 'all' for every member.") @StateRef(allowAll = true) List<String> holders,
        @Doc("How strong it is.") Level intensity,
        @Doc("Whether it is mainly inherited from an earlier polity rather than built by the members (default false).") @Omissible Boolean legacy,
        @Doc("positive (learning goes on; default) or negative (it stopped or was reversed: exchanges ended, training cut).") @Omissible Stance stance) implements Fact {
    public Learning {
        holders = Fact.copy(holders);
        if (legacy == null) legacy = false;
        if (stance == null) stance = Stance.POSITIVE;
    }

    public Learning(Basis basis, LearningMarker marker, List<String> holders, Level intensity, Boolean legacy) {
        this(basis, marker, holders, intensity, legacy, null);
    }
}
