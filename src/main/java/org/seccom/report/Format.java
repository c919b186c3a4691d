package org.seccom.report;

import java.util.Locale;

/** The report formats, as written after {@code --format}. */
public enum Format {
    TEXT, JSON, MARKDOWN;

    public Renderer renderer() {
        return switch (this) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case MARKDOWN -> new MarkdownReport();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
