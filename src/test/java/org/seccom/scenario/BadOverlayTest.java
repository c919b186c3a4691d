package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seccom.model.Profile;

/**
 * Golden bad overlays: every {@code X.yaml} in {@code bad-overlays/} is a what-if overlay on
 * {@code scenarios/csto-2017.yaml} with one defect (named in the file name), and {@code X.expected}
 * beside it holds every message reading it must give, one per line, in the order given.
 */
class BadOverlayTest {
    /** Relative to the project root (Maven's working directory), so messages name the file as written here. */
    private static final FixturePairs FIXTURES = new FixturePairs(Path.of("src/test/resources/bad-overlays"));
    private static final Path BASE = Path.of("scenarios/csto-2017.yaml");
    private static final Profile PROFILE = new ProfileReader().read(Path.of("rules/profile.yaml"));

    static Stream<String> fixtures() {
        return FIXTURES.names();
    }

    private static List<String> messagesReading(Path overlay) {
        return FixturePairs.messages(() -> new OverlayReader().read(BASE, List.of(overlay), PROFILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemOfTheFileWithItsPlace(String fixture) {
        FIXTURES.assertMessages(fixture, messagesReading(FIXTURES.yaml(fixture)));
    }

    /** Each problem is given in the overlay that wrote the bad line, not in the base. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEachProblemInTheOverlayNotTheBase(String fixture) {
        Path file = FIXTURES.yaml(fixture);
        assertThat(messagesReading(file)).as("messages for %s", fixture).isNotEmpty().allMatch(m -> m.startsWith(file + ":"));
    }

    @Test
    void everyFixtureHasItsExpectedMessagesAndNoMessagesLackAFixture() throws IOException {
        FIXTURES.assertPaired();
    }
}
