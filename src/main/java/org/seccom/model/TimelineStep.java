package org.seccom.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One date of a timeline: the assessment on that day, the facts and members that came in or went
 * out since the step before, and whether the phase or Deutsch's verdict turned.
 */
public record TimelineStep(
        LocalDate day,
        Assessment assessment,
        List<String> factsIn,
        List<String> factsOut,
        List<String> membersIn,
        List<String> membersOut,
        boolean turningPoint) {

    public TimelineStep {
        factsIn = List.copyOf(factsIn);
        factsOut = List.copyOf(factsOut);
        membersIn = List.copyOf(membersIn);
        membersOut = List.copyOf(membersOut);
    }
}
