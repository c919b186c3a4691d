package org.seccom.model;

/** One expectation checked: what was expected, what the assessment found, and whether they agree. */
public record ExpectationResult(String file, String scenario, String name, String expected, String actual,
                                boolean passed, String reason) {}
