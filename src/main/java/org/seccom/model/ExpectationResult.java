package org.seccom.model;

/**
 * One expectation checked: what was expected, what the assessment found, and whether they agree.
 * A pending result failed where the scenario declares a known disagreement with the rules.
 */
public record ExpectationResult(String file, String scenario, String name, String expected, String actual,
                                boolean passed, String reason, boolean pending) {

    public ExpectationResult(String file, String scenario, String name, String expected, String actual,
                             boolean passed, String reason) {
        this(file, scenario, name, expected, actual, passed, reason, false);
    }

    public boolean failed() {
        return !passed && !pending;
    }

    public ExpectationResult asPending(String why) {
        return passed ? this : new ExpectationResult(file, scenario, name, expected, actual, false,
                reason + " [pending: " + why + "]", true);
    }
}
