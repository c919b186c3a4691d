package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of golden bad inputs: each {@code X.yaml} has one defect (named in its file name) and
 * {@code X.expected} beside it holds every message reading it must give, one per line, in order.
 * A fixture without its expected messages, or messages without their fixture, fails.
 */
record FixturePairs(Path folder) {

    /** The fixture names (without .yaml), sorted. */
    Stream<String> names() {
        return namesEndingIn(".yaml").stream();
    }

    Path yaml(String name) {
        return folder.resolve(name + ".yaml");
    }

    /** Asserts that reading the fixture gives exactly its expected messages. */
    void assertMessages(String name, List<String> actual) {
        List<String> expected;
        try {
            expected = Files.readAllLines(folder.resolve(name + ".expected"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(expected).as("%s.expected lists the messages, one per line", name).isNotEmpty().noneMatch(String::isBlank);
        assertThat(actual).isEqualTo(expected);
    }

    /** Asserts that every fixture has its expected messages and every expected file its fixture. */
    void assertPaired() throws IOException {
        Set<String> fixtures = namesEndingIn(".yaml");
        Set<String> expectations = namesEndingIn(".expected");
        assertThat(fixtures).as("fixtures in %s", folder).isNotEmpty();
        assertThat(without(fixtures, expectations)).as("fixtures without a .expected file").isEmpty();
        assertThat(without(expectations, fixtures)).as(".expected files without a .yaml fixture").isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("files in %s other than .yaml and .expected", folder)
                    .allMatch(f -> f.endsWith(".yaml") || f.endsWith(".expected"));
        }
    }

    /** The messages a read gives, as {@code path:line:col: message}; none if it reads cleanly. */
    static List<String> messages(Supplier<?> read) {
        try {
            read.get();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    private Set<String> namesEndingIn(String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(suffix))
                    .map(f -> f.substring(0, f.length() - suffix.length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }
}
