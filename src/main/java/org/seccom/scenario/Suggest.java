package org.seccom.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?": the closest known word, when one is close enough to be a likely typo. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggest() {}

    static Optional<String> closest(String given, Collection<String> known) {
        // A state code of three capitals is too short for two edits to be a likely typo (AZE is not ARM).
        boolean code = given.length() <= 4 && given.chars().allMatch(Character::isUpperCase);
        int limit = code ? 1 : Math.max(2, given.length() / 3);
        return known.stream()
                .filter(k -> DISTANCE.apply(given.toLowerCase(), k.toLowerCase()) <= limit)
                .min(Comparator.<String>comparingInt(k -> DISTANCE.apply(given.toLowerCase(), k.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code " (did you mean 'x'?)"} or the empty string, for the middle of a sentence. */
    public static String didYouMeanAside(String given, Collection<String> known) {
        return closest(given, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String given, Collection<String> known) {
        return closest(given, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }
}
