package org.seccom.model;

/** An upper bound the rules set on a subject's score, with the reason, whatever its evidence says. */
public record Cap(String subject, double max, String why) {}
