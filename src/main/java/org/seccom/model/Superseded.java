package org.seccom.model;

/**
 * A part of one event that does not count because another part of the same event does (the same
 * rule, the same day, a state in common): the event counts once, at its strongest part.
 */
public record Superseded(Evidence weaker, Evidence stronger) {}
