package org.seccom.report;

import java.util.Locale;

/**
 * The report formats, as written after {@code --format}; each command writes some of them (text,
 * json and markdown always).
 */
public enum Format {
    TEXT, JSON, MARKDOWN, HTML, CSV, LATEX, GRAPHML, DOT;

    /** The renderer of one assessment in this format. */
    public Renderer renderer() {
        return switch (this) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case MARKDOWN -> new MarkdownReport();
            case HTML -> HtmlReport::assessment;
            case GRAPHML -> a -> TrustNetwork.of(a).graphml();
            case DOT -> a -> TrustNetwork.of(a).dot();
            case CSV, LATEX -> throw new IllegalArgumentException("an assessment is not written as " + this);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
