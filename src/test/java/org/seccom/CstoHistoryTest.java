package org.seccom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness;
import org.seccom.engine.Engine;
import org.seccom.engine.Timelines;
import org.seccom.model.Assessment;
import org.seccom.model.Finding;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;
import org.seccom.scenario.ScenarioReader;

/** The CSTO from 1992 to 2025 (scenarios/csto-history.yaml), assessed through time. */
class CstoHistoryTest {
    private static final LocalDate ESSAY_DAY = LocalDate.of(2017, 10, 19);
    private static Engine engine;
    private static Profile profile;
    private static Scenario history;

    @BeforeAll
    static void load() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
        history = new ScenarioReader().read(Path.of("scenarios/csto-history.yaml"));
    }

    @Test
    void onTheEssaysDayTheHistoryAgreesWithTheEssayScenarioOnPhaseAndTierBands() {
        Assessment fromHistory = engine.assess(history, profile, ESSAY_DAY);
        Assessment fromEssay = engine.assess(new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml")), profile);

        assertThat(fromHistory.phase().value()).isEqualTo(fromEssay.phase().value()).isEqualTo("nascent");
        for (String tier : List.of("tier-1", "tier-2", "tier-3")) {
            assertThat(fromHistory.bandOf(tier)).as(tier).isEqualTo(fromEssay.bandOf(tier));
        }
    }

    @Test
    void membershipsFollowTheTreatysHistory() {
        assertThat(engine.assess(history, profile, LocalDate.of(1995, 6, 30)).members())
                .containsExactlyInAnyOrder("ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB");
        assertThat(engine.assess(history, profile, LocalDate.of(2000, 6, 30)).members())
                .containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
        // Uzbekistan's two spells: out from 1999 to 2006, in again until 2012
        assertThat(engine.assess(history, profile, LocalDate.of(2003, 6, 30)).members()).doesNotContain("UZB");
        assertThat(engine.assess(history, profile, LocalDate.of(2008, 6, 30)).members()).contains("UZB");
        assertThat(engine.assess(history, profile, LocalDate.of(2013, 6, 30)).members()).doesNotContain("UZB");
    }

    @Test
    void theTimelineShowsEachEventEnteringInItsYear() {
        List<TimelineStep> steps = Timelines.run(engine, profile, history, LocalDate.of(1992, 12, 31),
                LocalDate.of(2025, 6, 30), Period.ofYears(1));

        assertThat(step(steps, 2022).factsIn()).contains("crisis-kaz-2022");
        assertThat(step(steps, 2024).factsIn()).contains("id-arm-freeze-2024");
        assertThat(step(steps, 1999).membersOut()).containsExactlyInAnyOrder("AZE", "GEO", "UZB");
        assertThat(steps).extracting(s -> s.assessment().phase().value()).containsOnly("nascent");
    }

    @Test
    void theKazakhDeploymentOf2022CountsAsTheGroupingActingWhenCalledOn() {
        Assessment before = engine.assess(history, profile, LocalDate.of(2021, 12, 31));
        Assessment after = engine.assess(history, profile, LocalDate.of(2022, 1, 31));

        assertThat(after.findings()).extracting(Finding::facts).anyMatch(ids -> ids.contains("crisis-kaz-2022"));
        assertThat(after.score("institutions")).isGreaterThan(before.score("institutions"));
    }

    @Test
    void theKyrgyzTajikBorderTreatyEarnsAPeacefulSettlementWhileTheForceBeforeItFadesSlowly() {
        Assessment before = engine.assess(history, profile, LocalDate.of(2025, 3, 12));
        Assessment after = engine.assess(history, profile, LocalDate.of(2025, 3, 13));
        Assessment decade = engine.assess(history, profile, LocalDate.of(2035, 3, 13));

        assertThat(rulesOn(before, "dispute-kgz-tjk-settled-2025")).isEmpty();
        assertThat(rulesOn(after, "dispute-kgz-tjk-settled-2025")).containsExactly("Members settled a dispute between them peacefully");
        assertThat(after.score("mutual-trust")).isGreaterThan(before.score("mutual-trust"));
        // the fighting before the treaty is past force: it still bears, less the longer ago it ended
        assertThat(pointsOn(after, "dispute-kgz-tjk-ferghana")).isEqualTo(pointsOn(before, "dispute-kgz-tjk-ferghana")).isNegative();
        assertThat(pointsOn(decade, "dispute-kgz-tjk-ferghana")).isGreaterThan(pointsOn(after, "dispute-kgz-tjk-ferghana")).isNegative();
    }

    private static List<String> rulesOn(Assessment a, String fact) {
        return a.findings().stream().filter(f -> f.facts().contains(fact)).map(Finding::rule).toList();
    }

    private static double pointsOn(Assessment a, String fact) {
        return a.findings().stream().filter(f -> f.facts().contains(fact)).mapToDouble(Finding::points).sum();
    }

    private static TimelineStep step(List<TimelineStep> steps, int year) {
        return steps.stream().filter(s -> s.day().getYear() == year).findFirst().orElseThrow();
    }
}
