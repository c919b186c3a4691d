package org.seccom.engine;

/**
 * The text of one rule file and the name messages give it (its path as the user wrote it), and
 * whether it is trusted: the rules shipped with seccom are; a file from anywhere else is checked
 * by {@link RuleChecker} before Drools compiles it, unless the user vouches for it (--trust-rules).
 */
public record RuleSource(String name, String text, boolean trusted) {
    /** An untrusted rule file. */
    public RuleSource(String name, String text) {
        this(name, text, false);
    }

    public RuleSource trust() {
        return new RuleSource(name, text, true);
    }
}
