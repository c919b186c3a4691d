package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.model.Assessment;
import org.seccom.model.Counterfactual;
import org.seccom.model.Fact;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;
import org.seccom.scenario.OverlayReader;
import org.seccom.scenario.ScenarioReader;

/**
 * A live session brought up to date with a changed scenario concludes exactly what a fresh session
 * concludes from it: incremental evaluation is an optimisation, never a different answer.
 */
class EvaluationTest {
    private static Engine engine;
    private static Profile profile;
    private static Scenario csto;

    @BeforeAll
    static void load() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
        csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
    }

    /** Everything but the count of firings, which depends on the path taken. */
    private static void assertSameConclusions(Assessment actual, Assessment expected) {
        assertThat(actual.findings()).isEqualTo(expected.findings());
        assertThat(actual.scores()).isEqualTo(expected.scores());
        assertThat(actual.phase()).isEqualTo(expected.phase());
        assertThat(actual.deutsch()).isEqualTo(expected.deutsch());
        assertThat(actual.blockers()).isEqualTo(expected.blockers());
        assertThat(actual.notes()).isEqualTo(expected.notes());
        assertThat(actual.members()).isEqualTo(expected.members());
    }

    private static Scenario without(Scenario s, String... ids) {
        List<String> gone = List.of(ids);
        List<Fact> kept = s.facts().stream().filter(f -> !gone.contains(f.id())).toList();
        return s.withFacts(kept);
    }

    @Test
    void aCounterfactualAppliedToALiveSessionEqualsAFreshAssessmentOfIt() {
        Scenario changed = without(csto, "arms-rus-aze", "dispute-kgz-tjk-ferghana", "core-russia");
        try (Evaluation live = engine.open(profile)) {
            Assessment baseline = live.assess(csto);
            Assessment incremental = live.assess(changed);
            assertSameConclusions(incremental, engine.assess(changed, profile));
            assertThat(incremental.findings()).isNotEqualTo(baseline.findings());
            assertSameConclusions(live.assess(csto), engine.assess(csto, profile)); // and back again
        }
    }

    @Test
    void aShippedOverlayAppliedIncrementallyEqualsAFreshAssessment() {
        Counterfactual cf = new OverlayReader().read(Path.of("scenarios/csto-2017.yaml"),
                List.of(Path.of("scenarios/what-if/russia-stops-arming-azerbaijan.yaml")), profile);
        try (Evaluation live = engine.open(profile)) {
            live.assess(cf.base());
            assertSameConclusions(live.assess(cf.scenario()), engine.assess(cf.scenario(), profile));
        }
    }

    @Test
    void aFactCountsFromItsFirstDayToItsLastDayAndNotOutside() {
        Scenario s = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2020-06-30
                sources: {src1: "A. Author, A Book, 2017."}
                members: [{code: AAA, name: Aland}, {code: BBB, name: Bland}]
                facts:
                  - {id: clash, kind: dispute, claim: They quarrel., parties: [AAA, BBB], issue: border,
                     militarised: false, status: ongoing, source: src1, from: 2020-03-01, until: 2020-03-31}
                """, "test.yaml");
        assertThat(findingFacts(s, LocalDate.of(2020, 2, 29))).doesNotContain("clash");
        assertThat(findingFacts(s, LocalDate.of(2020, 3, 1))).contains("clash");
        assertThat(findingFacts(s, LocalDate.of(2020, 3, 31))).contains("clash");
        assertThat(findingFacts(s, LocalDate.of(2020, 4, 1))).doesNotContain("clash");
    }

    @Test
    void aMemberCountsFromTheDayItJoinsToTheDayItLeaves() {
        Scenario s = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2020-06-30
                sources: {src1: "A. Author, A Book, 2017."}
                members:
                  - {code: AAA, name: Aland}
                  - {code: BBB, name: Bland, joined: 2006-08-16, left: 2012-12-19}
                facts: []
                """, "test.yaml");
        assertThat(engine.assess(s, profile, LocalDate.of(2006, 8, 15)).members()).containsExactly("AAA");
        assertThat(engine.assess(s, profile, LocalDate.of(2006, 8, 16)).members()).containsExactlyInAnyOrder("AAA", "BBB");
        assertThat(engine.assess(s, profile, LocalDate.of(2012, 12, 19)).members()).containsExactlyInAnyOrder("AAA", "BBB");
        assertThat(engine.assess(s, profile, LocalDate.of(2012, 12, 20)).members()).containsExactly("AAA");
    }

    @Test
    void aTimelineMarksTheTurningPointsAndWhatCameAndWent() {
        Scenario s = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2004-12-31
                sources: {src1: "A. Author, A Book, 2017."}
                members: [{code: AAA, name: Aland}, {code: BBB, name: Bland}]
                facts:
                  - {id: collapse, kind: shock, claim: An empire fell., type: political, holders: [all],
                     salience: high, source: src1}
                  - {id: threat, kind: threat, claim: Both fear it., threat: piracy, scope: transnational,
                     holders: [all], salience: high, source: src1}
                  - {id: council, kind: institution, claim: A council meets., name: Council, purpose: consultation,
                     status: operating, source: src1, from: 2002-01-01}
                  - {id: force, kind: institution, claim: A force exists., name: Force, purpose: rapid-reaction,
                     status: operating, source: src1, from: 2002-01-01}
                """, "test.yaml");

        List<TimelineStep> steps = Timelines.run(engine, profile, s, LocalDate.of(2000, 12, 31),
                LocalDate.of(2004, 12, 31), java.time.Period.ofYears(1));

        assertThat(steps).extracting(TimelineStep::day).containsExactly(LocalDate.of(2000, 12, 31),
                LocalDate.of(2001, 12, 31), LocalDate.of(2002, 12, 31), LocalDate.of(2003, 12, 31), LocalDate.of(2004, 12, 31));
        assertThat(steps).extracting(st -> st.assessment().phase().value())
                .containsExactly("none", "none", "nascent", "nascent", "nascent");
        assertThat(steps).extracting(TimelineStep::turningPoint).containsExactly(false, false, true, false, false);
        assertThat(steps.get(2).factsIn()).containsExactly("council", "force");
        assertThat(steps.get(0).factsIn()).containsExactly("collapse", "threat");
        assertThat(steps.get(3).factsIn()).isEmpty();
        for (TimelineStep step : steps) {
            assertSameConclusions(step.assessment(), engine.assess(s, profile, step.day()));
        }
    }

    private static List<String> findingFacts(Scenario s, LocalDate day) {
        return engine.assess(s, profile, day).findings().stream().flatMap(f -> f.facts().stream()).toList();
    }
}
