package org.seccom.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Where a 0-100 score turns from weak to partial and from partial to met: the profile's
 * {@code band.partial} and {@code band.met}. A score at a threshold is in the band it opens.
 */
public record Bands(double partial, double met) {
    public static final String PARTIAL_KEY = "band.partial";
    public static final String MET_KEY = "band.met";
    /** The names of the bands, lowest first. */
    public static final List<String> NAMES = List.of("weak", "partial", "met");

    /** The bands a profile sets; throws (naming the key) when it lacks one. */
    public static Bands of(Profile profile) {
        return new Bands(profile.get(PARTIAL_KEY), profile.get(MET_KEY));
    }

    /** The band of a 0-100 score. */
    public String of(double score) {
        if (score >= met) return "met";
        if (score >= partial) return "partial";
        return "weak";
    }

    /** "weak below 34, partial from 34, met from 67", for captions and footers. */
    public String describe() {
        return "weak below " + plain(partial) + ", partial from " + plain(partial) + ", met from " + plain(met);
    }

    /** A threshold as written in the profile: 34, 33.5. */
    public static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
