package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.report.Format;
import org.seccom.report.RobustnessReport;
import org.seccom.scenario.ScenarioReader;

/** Monte Carlo, leave-one-out and threshold sweeps on a small grouping whose answers are known. */
class RobustnessTest {
    private static Engine engine;
    private static Profile profile;

    @BeforeAll
    static void load() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
    }

    /** Nascent on the strength of one shock and one threat (either alone is too little) and a council; a doubtful body beside it. */
    private static final Scenario SMALL = new ScenarioReader().read("""
            scenario: Small
            grouping: Two states
            asOf: 2020-01-01
            sources: {s: "A. Author, A Book, 2020."}
            members: [{code: AAA, name: A}, {code: BBB, name: B}]
            facts:
              - {id: collapse, kind: shock, claim: An empire fell., type: political, holders: [all], salience: high, source: s}
              - {id: piracy, kind: threat, claim: Both fear piracy., threat: piracy, scope: transnational, holders: [all],
                 salience: high, source: s}
              - {id: council, kind: institution, claim: A council meets., name: Council, purpose: consultation,
                 status: operating, source: s}
              - {id: doubtful-force, kind: institution, claim: A force may exist., name: Force, purpose: rapid-reaction,
                 status: operating, source: s, confidence: 0.5, contested: "one source only"}
              - {id: flags, kind: learning, claim: Shared flags., marker: commemoration, holders: [all], intensity: low, source: s}
            """, "small.yaml");

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreads() {
        Robustness.Result one = Robustness.run(engine, profile, SMALL, 200, 42, 0.2, 1, null);
        Robustness.Result two = Robustness.run(engine, profile, SMALL, 200, 42, 0.2, 2, null);
        assertThat(RobustnessReport.render(two, Format.JSON, 10)).isEqualTo(RobustnessReport.render(one, Format.JSON, 10));
    }

    @Test
    void aFactIsKeptInAboutItsConfidenceShareOfTheSamples() {
        Robustness.Result r = Robustness.run(engine, profile, SMALL, 2000, 7, 0, 2, null);
        // Without the doubtful force the council alone still carries the nascent phase, so the phase
        // holds; but the institutions score, and tier 2 with it, is lower in about half the samples.
        assertThat(r.distribution(Robustness.Sample::phase)).containsOnlyKeys("nascent");
        long lower = r.draws().stream().filter(s -> s.tiers()[1] < r.baseline().score("tier-2") - 0.05).count();
        assertThat(lower / 2000.0).isBetween(0.45, 0.55);
    }

    @Test
    void leavingOutTheShockOrTheThreatLeavesTheOtherToCarryTierOne() {
        Robustness.Result r = Robustness.run(engine, profile, SMALL, 10, 1, 0, 1, null);
        assertThat(r.baseline().phase().value()).isEqualTo("nascent");
        // Without one of them its factor has no evidence, which is not evidence against: tier 1 rests
        // on the other, and the phase holds.
        assertThat(r.influence()).filteredOn(Robustness.Influence::flips).isEmpty();

    }

    @Test
    void raisingTheNascentTierOneThresholdPastTheScoreTakesThePhaseToNone() {
        Robustness.Result r = Robustness.run(engine, profile, SMALL, 10, 1, 0, 1, null);
        Robustness.Sweep sweep = r.sweeps().stream().filter(s -> s.key().equals("phase.nascent.tier-1")).findFirst().orElseThrow();
        assertThat(sweep.phaseThere()).isEqualTo("none");
        assertThat(sweep.flipsAt()).isGreaterThan(r.baseline().score("tier-1")).isLessThanOrEqualTo(r.baseline().score("tier-1") + 1);
    }
}
