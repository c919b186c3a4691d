package org.seccom.model;

/** A score made of other scores (a tier, Deutsch's conditions), shown in this order. */
public record Whole(String name, int order, String label) {}
