package org.seccom.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a fact comes from: a key into the scenario's {@code sources}, and where in that source it
 * says so (footnote, page, article, section, paragraph, clause). In YAML either {@code source: key}
 * or {@code source: {key: k, footnote: 343}}; several sources as a list.
 */
@Doc("A source key from the scenario's sources, alone or with where the source supports the fact (footnote, page, article, section, paragraph, clause).")
public record SourceRef(
        @Doc("Key of an entry in the scenario's sources.") String key,
        @Doc("Footnote number in the source, where it gives one.") @Omissible Integer footnote,
        @Doc("Page or pages in the source, e.g. '38' or '3-4'.") @Omissible String page,
        @Doc("Article of a treaty or charter, e.g. '4' or '42(7)'.") @Omissible String article,
        @Doc("Section or chapter, e.g. '2.3'.") @Omissible String section,
        @Doc("Paragraph, e.g. '12'.") @Omissible String paragraph,
        @Doc("Clause, e.g. '3(b)'.") @Omissible String clause) {

    public SourceRef {
        requireNonNull(key, "key");
    }

    public static SourceRef of(String key) {
        return new SourceRef(key, null, null, null, null, null, null);
    }

    /** The citation as a reader sees it: {@code bescotti2017 fn. 343}, {@code cst1992 art. 4}. */
    public String cite() {
        StringBuilder s = new StringBuilder(key);
        if (footnote != null) s.append(" fn. ").append(footnote);
        if (page != null) s.append(" p. ").append(page);
        if (article != null) s.append(" art. ").append(article);
        if (section != null) s.append(" sec. ").append(section);
        if (paragraph != null) s.append(" para. ").append(paragraph);
        if (clause != null) s.append(" cl. ").append(clause);
        return s.toString();
    }

    @Override
    public String toString() {
        return cite();
    }
}
