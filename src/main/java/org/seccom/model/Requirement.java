package org.seccom.model;

/** A phase needs the score of a subject to reach a minimum. */
public record Requirement(String phase, String subject, double min, String why) {}
