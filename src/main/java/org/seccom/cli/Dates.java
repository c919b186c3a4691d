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
            if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
                throw new TypeConversionException("'" + value + "' is not a step; expected a number and a unit, e.g. 1y, 6m, 2w or 30d");
            }
            int n = Integer.parseInt(m.group(1));
            return switch (m.group(2)) {
                case "y" -> Period.ofYears(n);
                case "m" -> Period.ofMonths(n);
                case "w" -> Period.ofWeeks(n);
                default -> Period.ofDays(n);
            };
        }
    }
}
