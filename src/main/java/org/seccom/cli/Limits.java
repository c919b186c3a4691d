package org.seccom.cli;

import java.util.Locale;

/**
 * The largest counts a user can ask for, and the checks that enforce them, so that a mistyped
 * number ends in a clear error (exit 2) naming the option, the limit and why, not in a run that
 * never ends or runs out of memory.
 */
final class Limits {
    private Limits() {}

    /** Dates in a timeline: each is a full assessment, and each is kept for the report. */
    static final int TIMELINE_DATES = 10_000;
    /** Robustness samples: each is a full assessment and is kept for the distribution. */
    static final int SAMPLES = 1_000_000;
    /** Worker threads: more than this only adds overhead. */
    static final int THREADS = 256;
    /** Evaluations a reach search may spend. */
    static final int BUDGET = 1_000_000;
    /** Changes a reach search combines. */
    static final int BEAM = 1_000;
    /** Largest change set a reach search tries. */
    static final int MAX_CHANGES = 20;
    /** Bench warm-up runs and timed runs (each timed run is kept). */
    static final int BENCH_RUNS = 10_000_000;
    /** Rows asked for with --top. */
    static final int TOP = 100_000;

    /** {@code value} must lie from {@code min} to {@code max}; {@code why} says what the limit protects. */
    static void count(String option, long value, long min, long max, String why) {
        if (value < min) {
            throw new UsageException(option + " is " + value + "; it must be " + min + " or more");
        }
        if (value > max) {
            throw new UsageException(String.format(Locale.ROOT, "%s is %d; it can be at most %d (%s)", option, value, max, why));
        }
    }

    /** A finite number from {@code min} (included) up to {@code max} ({@code maxIncluded} or not). */
    static void number(String option, double value, double min, double max, boolean maxIncluded, String what) {
        boolean ok = Double.isFinite(value) && value >= min && (maxIncluded ? value <= max : value < max);
        if (!ok) throw new UsageException(option + " is " + value + "; it must be " + what);
    }
}
