package org.seccom.cli;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates and steps as the command line takes them. */
final class Dates {
    private static final Pattern STEP = Pattern.compile("(\\d+)([ymwd])");
    /** The largest number a step takes, in any unit: 10000y is ten millennia, past any history. */
    static final int MAX_STEP = 10_000;

    private Dates() {}

    /** {@code 2017-10-19}, or a year {@code 2017}, which stands for its last day. */
    static final class DayOrYear implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            if (value.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(value), 12, 31);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected 2017-10-19 or a year, e.g. 2017");
            }
        }
    }

    /** A step as the command line writes it: 1y, 6m, 30d. */
    static String describe(Period p) {
        if (p.getYears() != 0) return p.getYears() + "y";
        if (p.getMonths() != 0) return p.getMonths() + "m";
        return p.getDays() % 7 == 0 ? p.getDays() / 7 + "w" : p.getDays() + "d";
    }

    /** A day, {@code 2017-10-19}. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; expected a day like 2017-10-19");
            }
        }
    }

    /** {@code 1y}, {@code 6m}, {@code 2w}, {@code 30d}. */
    static final class Step implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            Matcher m = STEP.matcher(value.toLowerCase(Locale.ROOT));
            if (!m.matches() || m.group(1).replaceFirst("^0+", "").isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not a step; expected a number and a unit, e.g. 1y, 6m, 2w or 30d");
            }
            String digits = m.group(1).replaceFirst("^0+", "");
            if (digits.length() > 5 || Integer.parseInt(digits) > MAX_STEP) {
                throw new TypeConversionException("'" + value + "' is too long a step; the number can be at most " + MAX_STEP
                        + " (10000y is ten millennia)");
            }
            int n = Integer.parseInt(digits);
            return switch (m.group(2)) {
                case "y" -> Period.ofYears(n);
                case "m" -> Period.ofMonths(n);
                case "w" -> Period.ofWeeks(n);
                default -> Period.ofDays(n);
            };
        }
    }
}
