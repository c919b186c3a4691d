package org.seccom.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Fixed-decimal numbers for reports: the same value prints the same way on every machine. */
final class Numbers {
    private Numbers() {}

    static String score(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String points(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    static BigDecimal decimal(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
