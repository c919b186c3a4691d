package org.seccom.model;

/** A conclusion the rules reach on a topic (phase, deutsch, hybrid), with the reason in words. */
public record Conclusion(String topic, String value, String reason) {}
