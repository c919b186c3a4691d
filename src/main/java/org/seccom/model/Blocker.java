package org.seccom.model;

/** A shortfall that holds the grouping below the next phase. */
public record Blocker(String phase, String subject, double min, double actual, String why) {}
