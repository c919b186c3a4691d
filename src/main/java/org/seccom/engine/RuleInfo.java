package org.seccom.engine;

/** A rule of the loaded rule base, as {@code seccom rules} lists it; {@code line} is where it starts (0 if unknown), {@code order} its place in its file. */
public record RuleInfo(String file, int line, int order, String name, String tier, String factor, String mechanism) {

    /** Where the rule sits in the framework: "tier 3, mutual-trust", or its stage, e.g. "phase". */
    public String place() {
        String t = tier == null ? "?" : tier.chars().allMatch(Character::isDigit) ? "tier " + tier : tier;
        return factor == null ? t : t + ", " + factor;
    }
}
