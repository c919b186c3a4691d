package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a rule found, before the profile prices it: the rule, the factor it speaks to, the profile
 * number its points come from ({@code weight}), the share of members it reaches ({@code scale}),
 * the facts and sources behind it and their joint confidence, and a sentence a person reads. The
 * scoring rules price it with the profile's value ({@link Finding#points}), so that changing a
 * profile number re-prices the evidence without re-reading the facts; the report lists it as a
 * {@link Finding} priced the same way.
 */
public record Evidence(
        String rule,
        String tier,
        String factor,
        String mechanism,
        String weight,
        double scale,
        double confidence,
        List<String> facts,
        List<String> sources,
        String text) {

    public Evidence {
        requireNonNull(rule, "rule");
        requireNonNull(factor, "factor");
        requireNonNull(weight, "weight");
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
    }
}
