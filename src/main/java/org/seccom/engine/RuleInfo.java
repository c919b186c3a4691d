package org.seccom.engine;

/** A rule of the loaded rule base, as {@code seccom rules} lists it. */
public record RuleInfo(String file, String name, String tier, String factor, String mechanism) {}
