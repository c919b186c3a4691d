package org.seccom.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a fact comes from: a key into the scenario's {@code sources}, and the footnote or page where
 * the source says it. In YAML either {@code source: key} or {@code source: {key: k, footnote: 343}}.
 */
@Doc("A source key from the scenario's sources, alone or with the footnote or page that supports the fact.")
public record SourceRef(
        @Doc("Key of an entry in the scenario's sources.") String key,
        @Doc("Footnote number in the source, where it gives one.") @Omissible Integer footnote,
        @Doc("Page or pages in the source, e.g. '38' or '3-4'.") @Omissible String page) {

    public SourceRef {
        requireNonNull(key, "key");
    }

    public static SourceRef of(String key) {
        return new SourceRef(key, null, null);
    }

    /** The citation as a reader sees it: {@code bescotti2017 fn. 343}, {@code weitz2014 p. 4}. */
    public String cite() {
        StringBuilder s = new StringBuilder(key);
        if (footnote != null) s.append(" fn. ").append(footnote);
        if (page != null) s.append(" p. ").append(page);
        return s.toString();
    }

    @Override
    public String toString() {
        return cite();
    }
}
