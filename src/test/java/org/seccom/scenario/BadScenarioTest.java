package org.seccom.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bad scenarios: every {@code X.yaml} in {@code bad-scenarios/} is a small scenario with one
 * defect, and {@code X.expected} holds every message the reader must give for it.
 */
class BadScenarioTest {
    /** Relative to the project root (Maven's working directory), so messages name the file as written here. */
    private static final FixturePairs FIXTURES = new FixturePairs(Path.of("src/test/resources/bad-scenarios"));

    static Stream<String> fixtures() {
        return FIXTURES.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemOfTheFileWithItsPlace(String fixture) {
        FIXTURES.assertMessages(fixture, FixturePairs.messages(() -> new ScenarioReader().read(FIXTURES.yaml(fixture))));
    }

    @Test
    void everyFixtureHasItsExpectedMessagesAndNoMessagesLackAFixture() throws IOException {
        FIXTURES.assertPaired();
    }
}
