package org.seccom.model;

/** An indicator of a mature security community (Adler and Barnett 1998, ch. 2). */
@Kind("indicator")
@Doc("Mature-phase indicator: multilateralism, unfortified borders, no worst-case planning, common threat definition, community discourse (loosely coupled); cooperative security, military integration, internal-threat coordination, free movement, pooled authority, a multiperspectival polity (tightly coupled).")
public record Indicator(
        @Inline Basis basis,
        @Doc("Which indicator.") MatureIndicator indicator,
        @Doc("present, partial or absent.") IndicatorStatus status) implements Fact {}
