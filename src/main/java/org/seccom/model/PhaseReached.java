package org.seccom.model;

/** The grouping meets a phase's requirements and those of every phase before it. */
public record PhaseReached(String phase, int rank) {}
