package org.seccom.model;

/**
 * How much a fact bears on the day assessed, derived by the rules: 1 while it holds, less for a
 * fact that ended before (a precipitant, a war), as the profile's half-life says.
 */
public record Bearing(Fact fact, double weight, double yearsAgo) {}
