package org.seccom.model;

/** A requirement of a phase that the grouping does not meet. */
public record Shortfall(String phase, String subject, double min, double actual, String why) {}
