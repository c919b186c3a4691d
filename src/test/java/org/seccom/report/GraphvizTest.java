package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.seccom.engine.RuleHarness;
import org.seccom.scenario.ScenarioReader;

/**
 * The DOT export as Graphviz reads it: every shipped scenario's trust network rendered by
 * {@code dot -Tsvg}. Skipped when {@code dot} is not installed, unless SECCOM_REQUIRE_GRAPHVIZ=1
 * (as CI sets it), when a missing {@code dot} fails.
 */
class GraphvizTest {

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void graphvizRendersTheTrustNetworkOfEveryShippedScenario(Path scenario) throws Exception {
        TrustNetwork net = TrustNetwork.of(RuleHarness.engine().assess(new ScenarioReader().read(scenario), RuleHarness.profile()));
        String svg = render(net.dot());
        assumeThat(svg).as("Graphviz's dot is not installed").isNotNull();
        assertThat(svg).contains("<svg").contains("class=\"node\"");
    }

    /**
     * The SVG {@code dot -Tsvg} makes of {@code dot}; fails when dot rejects it or warns; null when
     * dot is absent and SECCOM_REQUIRE_GRAPHVIZ is not set.
     */
    static String render(String dot) throws IOException, InterruptedException {
        Path in = Files.createTempFile("seccom-graph", ".dot");
        Path err = Files.createTempFile("seccom-graph", ".err");
        try {
            Files.writeString(in, dot);
            Process p;
            try {
                p = new ProcessBuilder("dot", "-Tsvg", in.toString()).redirectError(err.toFile()).start();
            } catch (IOException absent) {
                if ("1".equals(System.getenv("SECCOM_REQUIRE_GRAPHVIZ"))) {
                    throw new AssertionError("SECCOM_REQUIRE_GRAPHVIZ=1 but Graphviz's dot cannot be run: " + absent.getMessage());
                }
                return null;
            }
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String messages = Files.readString(err);
            assertThat(p.exitValue()).as("dot -Tsvg on\n%s\nsaid: %s", dot, messages).isZero();
            assertThat(messages).as("dot's warnings on\n%s", dot).isEmpty();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(err);
        }
    }
}
