package org.seccom.scenario;

import java.util.Comparator;

/** One thing wrong with an input file, where it is, and what would be right. */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** {@code file:line:col: message}, or {@code file:line: message} when the column is unknown. */
    @Override
    public String toString() {
        if (line <= 0) return file + ": " + message;
        if (column <= 0) return file + ":" + line + ": " + message;
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
