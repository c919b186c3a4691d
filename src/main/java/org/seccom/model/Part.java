package org.seccom.model;

/** A subject that counts towards a whole with a weight, e.g. the factor mutual-trust in tier-3. */
public record Part(String whole, String part, double weight) {}
