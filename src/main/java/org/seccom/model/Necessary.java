package org.seccom.model;

/**
 * A whole whose parts are jointly necessary: it scores as its weakest part (the fuzzy-set AND),
 * not as their mean.
 */
public record Necessary(String whole) {}
