package org.seccom.model;

import java.time.LocalDate;

/**
 * A fact that had ended before the day assessed (its {@code until} lies before it), and how many
 * years before. Whether such a fact still bears, and how much, is for the rules to say.
 */
public record Past(Fact fact, LocalDate ended, double yearsAgo) {
    public static Past of(Fact fact, LocalDate day) {
        LocalDate ended = fact.basis().until();
        return new Past(fact, ended, yearsBetween(ended, day));
    }

    /** Years from one day to a later one, to two decimals (0 when the first is not before the second). */
    public static double yearsBetween(LocalDate from, LocalDate day) {
        if (from == null || !from.isBefore(day)) return 0.0;
        return Math.round(java.time.temporal.ChronoUnit.DAYS.between(from, day) / 365.25 * 100.0) / 100.0;
    }
}
