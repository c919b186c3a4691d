package org.seccom.model;

/** A part of a whole whose weight is the profile number {@code weight} (a key); see {@link Part}. */
public record Weighted(String whole, String part, String weight) {}
