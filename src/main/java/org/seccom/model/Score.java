package org.seccom.model;

/** A score from 0 to 100 for a factor, a tier, or another subject the rules define. */
public record Score(String subject, double value) {}
