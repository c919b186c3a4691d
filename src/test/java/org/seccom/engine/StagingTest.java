package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.model.Assessment;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.report.JsonReport;
import org.seccom.scenario.ScenarioReader;

/**
 * Salience in the scoring and phase rules orders the work, never the result: the same rules with
 * every salience removed reach the same conclusions on every shipped scenario, and a verdict-only
 * session (no findings priced) reaches the same verdict and scores as a full one.
 */
class StagingTest {
    static Engine staged;
    static Engine unstaged;
    static Profile profile;

    @BeforeAll
    static void compile() {
        staged = RuleHarness.engine();
        profile = RuleHarness.profile();
        List<RuleSource> sources = RuleBase.readFolder(Path.of("rules")).stream()
                .map(s -> new RuleSource(s.name(), s.text().replaceAll("(?m)^\\s*salience\\s+-?\\d+\\s*$", "")))
                .toList();
        assertThat(sources).allSatisfy(s -> assertThat(s.text()).doesNotContainPattern("(?m)^\\s*salience\\s"));
        assertThat(RuleBase.readFolder(Path.of("rules"))).anySatisfy(s -> assertThat(s.text()).containsPattern("(?m)^\\s*salience\\s"));
        unstaged = new Engine(RuleBase.compile(sources));
    }

    static List<Scenario> shipped() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(p -> new ScenarioReader().read(p)).toList();
        }
    }

    @Test
    void theRulesReachTheSameConclusionsWithoutSalience() throws IOException {
        for (Scenario s : shipped()) {
            assertThat(json(unstaged.assess(s, profile))).as(s.scenario()).isEqualTo(json(staged.assess(s, profile)));
        }
    }

    @Test
    void stagingSavesFiringsOnAJitteredProfile() throws IOException {
        Scenario csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
        SplittableRandom random = new SplittableRandom(3);
        Profile jittered = profile.mapValues(p -> p.value() * (0.8 + 0.4 * random.nextDouble()));
        try (Evaluation a = staged.openForVerdicts(profile); Evaluation b = unstaged.openForVerdicts(profile)) {
            a.assess(csto, csto.asOf());
            b.assess(csto, csto.asOf());
            Assessment withSalience = a.assess(csto, csto.asOf(), jittered);
            Assessment without = b.assess(csto, csto.asOf(), jittered);
            assertThat(withSalience.phase()).isEqualTo(without.phase());
            assertThat(withSalience.scores()).isEqualTo(without.scores());
            assertThat(withSalience.firings()).isLessThan(without.firings());
        }
    }

    @Test
    void aVerdictOnlySessionReachesTheSameVerdictAndScoresWithoutFindings() throws IOException {
        for (Scenario s : shipped()) {
            Assessment full = staged.assess(s, profile);
            try (Evaluation verdicts = staged.openForVerdicts(profile)) {
                Assessment lean = verdicts.assess(s, s.asOf());
                assertThat(lean.findings()).isEmpty();
                assertThat(lean.phase()).as(s.scenario()).isEqualTo(full.phase());
                assertThat(lean.deutsch()).isEqualTo(full.deutsch());
                assertThat(lean.scores()).isEqualTo(full.scores());
                assertThat(lean.blockers()).isEqualTo(full.blockers());
            }
        }
    }

    private static String json(Assessment a) {
        return new JsonReport().render(a);
    }
}
