package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seccom.model.Profile;

/**
 * Golden bad overlays: every {@code X.yaml} in {@code bad-overlays/} is a what-if overlay on
 * {@code scenarios/csto-2017.yaml} with one defect (named in the file name), and {@code X.expected}
 * beside it holds every message reading it must give, one per line, in the order given. A fixture
 * without its expected messages, or messages without their fixture, fails.
 */
class BadOverlayTest {
    /** Relative to the project root (Maven's working directory), so messages name the file as written here. */
    private static final Path FIXTURES = Path.of("src/test/resources/bad-overlays");
    private static final Path BASE = Path.of("scenarios/csto-2017.yaml");
    private static final Path PROFILE = Path.of("rules/profile.yaml");

    /**
     * Fixtures whose messages are wrong today; their {@code .expected} holds what a person should
     * read instead. They are skipped with the reason, and fail once the reader gives the expected
     * messages, so that the entry is removed and the fixture pinned like the others.
     */
    private static final Map<String, String> AWAITING_FIX = Map.of();

    static Stream<String> fixtures() throws IOException {
        return namesEndingIn(".yaml").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemOfTheFileWithItsPlace(String fixture) throws IOException {
        List<String> expected = Files.readAllLines(FIXTURES.resolve(fixture + ".expected"), StandardCharsets.UTF_8);
        assertThat(expected).as("%s.expected lists the messages, one per line", fixture)
                .isNotEmpty()
                .noneMatch(String::isBlank);

        List<String> actual = messagesReading(FIXTURES.resolve(fixture + ".yaml"), profile());

        if (AWAITING_FIX.containsKey(fixture)) {
            if (actual.equals(expected)) {
                fail(fixture + " now gives its expected messages; remove it from AWAITING_FIX");
            }
            Assumptions.abort("awaiting a fix in the reader: " + AWAITING_FIX.get(fixture) + "; today it says "
                    + (actual.isEmpty() ? "nothing" : actual));
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** Even where a message awaits a fix, it is given in the overlay that wrote the bad line, not in the base. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEachProblemInTheOverlayNotTheBase(String fixture) {
        Path file = FIXTURES.resolve(fixture + ".yaml");
        assertThat(messagesReading(file, profile())).as("messages for %s", fixture)
                .isNotEmpty()
                .allMatch(m -> m.startsWith(file + ":"));
    }

    @Test
    void everyFixtureHasItsExpectedMessagesAndNoMessagesLackAFixture() throws IOException {
        Set<String> fixtures = namesEndingIn(".yaml");
        Set<String> expectations = namesEndingIn(".expected");

        assertThat(fixtures).as("fixtures in %s", FIXTURES).isNotEmpty();
        assertThat(without(fixtures, expectations)).as("fixtures without a .expected file").isEmpty();
        assertThat(without(expectations, fixtures)).as(".expected files without a .yaml fixture").isEmpty();
        assertThat(without(AWAITING_FIX.keySet(), fixtures)).as("AWAITING_FIX entries without a fixture").isEmpty();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("files in %s other than .yaml and .expected", FIXTURES)
                    .allMatch(f -> f.endsWith(".yaml") || f.endsWith(".expected"));
        }
    }

    private static Profile profile;

    private static Profile profile() {
        if (profile == null) profile = new ProfileReader().read(PROFILE);
        return profile;
    }

    /** The messages applying the overlay to the base gives, as {@code path:line:col: message}; none if it applies cleanly. */
    private static List<String> messagesReading(Path overlay, Profile profile) {
        try {
            new OverlayReader().read(BASE, List.of(overlay), profile);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    private static Set<String> namesEndingIn(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(suffix))
                    .map(f -> f.substring(0, f.length() - suffix.length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> without(Set<String> these, Set<String> those) {
        Set<String> rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }
}
