package org.seccom.model;

/** A phase needs the score of a subject to reach the profile number {@code threshold} (a key). */
public record Requirement(String phase, String subject, String threshold, String why) {}
