package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness;
import org.junit.jupiter.api.TestFactory;
import org.seccom.engine.Engine;
import org.seccom.model.Assessment;
import org.seccom.scenario.ScenarioReader;

/**
 * Every scenario under scenarios/ is paired with its expected report in each format under
 * src/test/resources/golden/ (name.txt, name.json, name.md). Run with -Dseccom.updateGolden=true to
 * rewrite them on purpose, then read the diff before committing.
 */
class GoldenReportTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("seccom.updateGolden");
    private static final List<Format> FORMATS = List.of(Format.TEXT, Format.JSON, Format.MARKDOWN);

    @TestFactory
    Stream<DynamicTest> eachScenarioMatchesItsGoldenReports() throws IOException {
        Engine engine = RuleHarness.engine();
        var profile = RuleHarness.profile();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path scenario : scenarios()) {
            Assessment assessment = engine.assess(new ScenarioReader().read(scenario), profile);
            for (Format format : FORMATS) {
                Path golden = GOLDEN.resolve(goldenName(scenario, format));
                tests.add(DynamicTest.dynamicTest(golden.getFileName().toString(), () -> {
                    String actual = format.renderer().render(assessment);
                    if (UPDATE) Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    assertThat(golden).as("golden report %s (rewrite with -Dseccom.updateGolden=true)", golden).exists();
                    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }

    /** Each shipped overlay's what-if report against the scenario its base: line names. */
    @TestFactory
    Stream<DynamicTest> eachOverlayMatchesItsGoldenWhatIfReports() throws IOException {
        Engine engine = RuleHarness.engine();
        var profile = RuleHarness.profile();
        java.util.Map<String, Path> byTitle = new java.util.HashMap<>();
        for (Path scenario : scenarios()) byTitle.put(new ScenarioReader().read(scenario).scenario(), scenario);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path overlay : overlays()) {
            String base = Files.readAllLines(overlay).stream().filter(l -> l.startsWith("base:"))
                    .map(l -> l.substring("base:".length()).strip()).findFirst().orElseThrow();
            var whatIf = org.seccom.engine.WhatIfs.assess(engine, profile,
                    new org.seccom.scenario.OverlayReader().read(byTitle.get(base), List.of(overlay), profile), null);
            for (Format format : FORMATS) {
                Path golden = GOLDEN.resolve(goldenName(overlay, format));
                tests.add(DynamicTest.dynamicTest(golden.getFileName().toString(), () -> {
                    String actual = WhatIfReport.render(whatIf, format);
                    if (UPDATE) Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    assertThat(golden).as("golden report %s (rewrite with -Dseccom.updateGolden=true)", golden).exists();
                    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyGoldenReportBelongsToAScenarioOrOverlay() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Path scenario : scenarios()) for (Format f : FORMATS) expected.add(goldenName(scenario, f));
        for (Path overlay : overlays()) for (Format f : FORMATS) expected.add(goldenName(overlay, f));
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.forEach(p -> present.add(p.getFileName().toString()));
        }
        assertThat(present).isEqualTo(expected);
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        Engine engine = RuleHarness.engine();
        var profile = RuleHarness.profile();
        var scenario = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
        String first = Format.JSON.renderer().render(engine.assess(scenario, profile));
        String second = Format.JSON.renderer().render(engine.assess(scenario, profile));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theReadmeShowsTheCurrentCstoReport() throws IOException {
        String golden = Files.readString(GOLDEN.resolve("csto-2017.txt"), StandardCharsets.UTF_8);
        String head = golden.substring(0, golden.indexOf("Findings:")).stripTrailing();
        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
                .as("README's sample output (paste the head of src/test/resources/golden/csto-2017.txt)")
                .contains(head);
    }

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<Path> overlays() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS.resolve("what-if"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String goldenName(Path scenario, Format format) {
        String base = (scenario.getParent().endsWith("what-if") ? "whatif-" : "")
                + scenario.getFileName().toString().replaceFirst("\\.yaml$", "");
        return base + switch (format) {
            case TEXT -> ".txt";
            case JSON -> ".json";
            case MARKDOWN -> ".md";
            default -> throw new IllegalArgumentException("no golden " + format + " reports here: " + format);
        };
    }
}
