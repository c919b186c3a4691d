package org.seccom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seccom.engine.RuleHarness.assertFinding;
import static org.seccom.engine.RuleHarness.heldBy;
import static org.seccom.engine.RuleHarness.interpretation;
import static org.seccom.engine.RuleHarness.members;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.posedBy;
import static org.seccom.engine.RuleHarness.shock;
import static org.seccom.engine.RuleHarness.threat;
import static org.seccom.engine.RuleHarness.withConfidence;
import static org.seccom.model.Level.HIGH;
import static org.seccom.model.Level.LOW;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness.Given;
import org.seccom.model.Level;

/** Tier 1 (rules/10-precipitating-conditions.drl): shocks, new interpretations, external threats. */
class PrecipitatingConditionsRulesTest {
    static final String SHOCK = "A shock or standing condition pushes members to orient towards each other";
    static final String INTERPRETATION = "A new reading of social reality shared by members orients them towards each other";
    static final String COMMON_THREAT = "A threat perceived in common draws members together";

    @Test
    void aShockPushesMembersInProportionToTheShareItTouches() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(shock("collapse", HIGH, "AAA", "BBB"),
                      shock("outsiders-only", HIGH, "XXX"));

        assertFinding(given.onlyFindingOf(SHOCK), "material-change", points("shock.high") * 2 / 3, "collapse");
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void aShockFeltByAllMembersCountsItsSaliencesFullPoints(Level salience) {
        Given given = members("AAA", "BBB", "CCC").fact(shock("trend", salience, "AAA", "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(SHOCK), "material-change", points("shock." + salience), "trend");
    }

    @Test
    void aShockBelievedInPartCountsInPart() {
        Given given = members("AAA", "BBB").fact(withConfidence(0.5, shock("trend", LOW, "AAA", "BBB")));

        assertFinding(given.onlyFindingOf(SHOCK), "material-change", points("shock.low") * 0.5, "trend");
    }

    @Test
    void aNewReadingHeldByMembersOrientsThemInProportionToItsHolders() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX", "YYY")
                .fact(interpretation("coloured-revolutions", HIGH, "AAA", "XXX"),
                      interpretation("outsiders-reading", HIGH, "XXX", "YYY"));

        assertFinding(given.onlyFindingOf(INTERPRETATION), "new-interpretations",
                points("interpretation.high") / 3, "coloured-revolutions");
    }

    @Test
    void aThreatFromOutsidePerceivedByAllMembersDrawsThemTogether() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(threat("invasion", HIGH, heldBy("AAA", "BBB", "CCC"), posedBy("XXX")),
                      threat("outsiders-fear", HIGH, heldBy("XXX")));

        assertFinding(given.onlyFindingOf(COMMON_THREAT), "external-threats", points("threat.high"), "invasion");
    }

    @Test
    void aThreatNoOneInParticularPosesCountsByHowManyMembersPerceiveIt() {
        Given given = members("AAA", "BBB", "CCC", "DDD").fact(threat("terrorism", LOW, heldBy("AAA")));

        assertFinding(given.onlyFindingOf(COMMON_THREAT), "external-threats", points("threat.low") / 4, "terrorism");
    }

    @Test
    void aThreatPosedByAMemberIsNoCommonExternalThreat() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(threat("member-threat", HIGH, heldBy("BBB", "CCC"), posedBy("AAA")),
                      threat("mixed-posers", HIGH, heldBy("BBB", "CCC"), posedBy("XXX", "AAA")));

        assertThat(given.findingsOf(COMMON_THREAT)).isEmpty();
        assertThat(given.assess().bandOf("external-threats")).isEqualTo("no evidence");
    }
}
