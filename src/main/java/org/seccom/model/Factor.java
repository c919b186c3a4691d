package org.seccom.model;

/** A factor of the framework that findings score directly, in a tier, shown in this order. */
public record Factor(String name, String tier, int order, String label) {}
