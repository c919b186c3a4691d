package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown reports render alike on common viewers (GitHub, GitLab, pandoc): no raw HTML, and
 * every table row has as many cells as its header, so no viewer has to guess.
 */
class MarkdownShapeTest {
    private static final Pattern RAW_HTML = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    static Stream<Path> markdownReports() throws IOException {
        return Files.list(Path.of("src/test/resources/golden")).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest
    @MethodSource("markdownReports")
    void hasNoRawHtmlAndEveryTableRowHasItsHeadersCells(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        int header = -1;
        for (String line : lines) {
            String outsideCode = line.replaceAll("`[^`]*`", "");
            assertThat(RAW_HTML.matcher(outsideCode).find()).as("raw HTML in %s: %s", report, line).isFalse();
            if (!line.startsWith("|")) {
                header = -1;
                continue;
            }
            int cells = (int) UNESCAPED_PIPE.matcher(line).results().count() - 1;
            if (header < 0) header = cells;
            else assertThat(cells).as("cells in %s: %s", report, line).isEqualTo(header);
        }
    }
}
