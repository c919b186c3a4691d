package org.seccom.model;

/** A number the rules use that a scholar could dispute, with the one-line reason for its value. */
public record Parameter(String key, double value, String why) {}
