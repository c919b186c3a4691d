package org.seccom.model;

/** A phase of a security community and its rank in the sequence (none is 0). */
public record PhaseDef(String name, int rank, String description) {}
