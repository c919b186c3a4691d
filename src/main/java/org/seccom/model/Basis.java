package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What every fact carries besides its content: its id, the claim in one line, its source, how far
 * it is to be believed, and when it held.
 */
public record Basis(
        @Doc("Unique id of the fact within the scenario, e.g. 'border-dispute-1995'.") String id,
        @Doc("The claim in one line, in the scenario author's words.") String claim,
        @Doc("Where the claim comes from: one source, or a list of them.") List<SourceRef> source,
        @Doc("How far the claim is to be believed, 0 to 1 (default 1); contested claims get less.") @Omissible Double confidence,
        @Doc("First day the fact holds (default: always).") @Omissible LocalDate from,
        @Doc("Last day the fact holds (default: still holds).") @Omissible LocalDate until,
        @Doc("A short quotation or comment supporting the claim.") @Omissible String note,
        @Doc("Why the claim is contested, and by whom; a contested fact should carry a confidence below 1.") @Omissible String contested) {

    public Basis {
        requireNonNull(id, "id");
        requireNonNull(claim, "claim");
        requireNonNull(source, "source");
        source = List.copyOf(source);
        if (confidence == null) confidence = 1.0;
    }

    /** A basis citing one source. */
    public Basis(String id, String claim, SourceRef source, Double confidence, LocalDate from, LocalDate until,
                 String note, String contested) {
        this(id, claim, List.of(source), confidence, from, until, note, contested);
    }

    /** Whether the fact holds on the given day (both ends inclusive). */
    public boolean holdsOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }

    /** Whether the fact had ended before the given day. */
    public boolean endedBefore(LocalDate day) {
        return until != null && until.isBefore(day);
    }
}
