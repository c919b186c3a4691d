package org.seccom.engine;

/** The text of one rule file and the name messages give it (its path as the user wrote it). */
public record RuleSource(String name, String text) {}
