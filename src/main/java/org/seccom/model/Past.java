package org.seccom.model;

import java.time.LocalDate;

/**
 * A fact that had ended before the day assessed (its {@code until} lies before it), and how many
 * years before. Whether such a fact still bears, and how much, is for the rules to say.
 */
public record Past(Fact fact, LocalDate ended, double yearsAgo) {
    public static Past of(Fact fact, LocalDate day) {
        LocalDate ended = fact.basis().until();
        double years = java.time.temporal.ChronoUnit.DAYS.between(ended, day) / 365.25;
        return new Past(fact, ended, Math.round(years * 100.0) / 100.0);
    }
}
