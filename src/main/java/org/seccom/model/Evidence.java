package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule found, before the profile prices it: the rule, the factor it speaks to, the profile
 * number its points come from ({@code weight}), the share of members it reaches ({@code scale}),
 * the facts and sources behind it and their joint confidence, and a sentence a person reads. The
 * scoring rules price it with the profile's value ({@link Finding#points}), so that changing a
 * profile number re-prices the evidence without re-reading the facts; the report lists it as a
 * {@link Finding} priced the same way.
 *
 * <p>Evidence of an act between states that counts once per event carries the event's day and the
 * states it involves ({@code day}, {@code states}); other evidence leaves them empty. Parts of one
 * event (the same rule, the same day, states in common) count once: see "Parts of one event count
 * once" in rules/40-scores.drl.
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
        String text,
        LocalDate day,
        String about,
        List<String> states) {

    public Evidence {
        requireNonNull(rule, "rule");
        requireNonNull(factor, "factor");
        requireNonNull(weight, "weight");
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
        states = states == null ? List.of() : List.copyOf(states);
        about = about == null ? "" : about;
    }

    /** Whether this evidence counts once per event (it has a day and states). */
    public boolean perEvent() {
        return day != null && !states.isEmpty();
    }

    /** Whether the two pieces of evidence name a state in common. */
    public boolean sharesStateWith(Evidence other) {
        for (String s : states) if (other.states.contains(s)) return true;
        return false;
    }

    /**
     * A strict order among the parts of one event: the one with the larger share times confidence
     * counts; ties go to the first by fact ids, then by text, so exactly one part counts.
     */
    public boolean outweighs(Evidence other) {
        int c = Double.compare(Math.abs(scale * confidence), Math.abs(other.scale * other.confidence));
        if (c != 0) return c > 0;
        c = String.join(",", other.facts).compareTo(String.join(",", facts));
        if (c != 0) return c > 0;
        return other.text.compareTo(text) > 0;
    }
}
