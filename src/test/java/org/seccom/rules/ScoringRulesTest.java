package org.seccom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.seccom.engine.RuleHarness.act;
import static org.seccom.engine.RuleHarness.by;
import static org.seccom.engine.RuleHarness.coreOfCapability;
import static org.seccom.engine.RuleHarness.divergentValue;
import static org.seccom.engine.RuleHarness.flow;
import static org.seccom.engine.RuleHarness.identity;
import static org.seccom.engine.RuleHarness.learning;
import static org.seccom.engine.RuleHarness.members;
import static org.seccom.engine.RuleHarness.militarisedDispute;
import static org.seccom.engine.RuleHarness.operatingBody;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.sharedValue;
import static org.seccom.engine.RuleHarness.times;
import static org.seccom.engine.RuleHarness.withConfidence;
import static org.seccom.model.IdentityMarker.COMMON_SYMBOLS;
import static org.seccom.model.Level.HIGH;
import static org.seccom.model.Level.LOW;
import static org.seccom.model.Level.MEDIUM;
import static org.seccom.model.Signal.ARMS_SUPPLY;
import static org.seccom.model.Signal.SUPPORT;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness.Given;
import org.seccom.model.Assessment;
import org.seccom.model.Finding;

/** Scoring (rules/40-scores.drl): factor scores from findings, tier and condition scores from their parts. */
class ScoringRulesTest {
    static final List<String> TIER_2 = List.of("power", "knowledge", "transactions", "institutions", "social-learning");

    /** A score as the rules write it: within 0 to 100, to one decimal. */
    static double bounded(double value) {
        return Math.max(0.0, Math.min(100.0, Math.round(value * 10.0) / 10.0));
    }

    /** A factor score as the rules define it: 100 x for / (for + against + prior), bounded, one decimal. */
    static double evidenceShare(double pro, double contra) {
        return bounded(100.0 * pro / (pro + Math.abs(contra) + points("score.prior")));
    }

    static double evidenceShare(Given given, String factor) {
        List<Finding> findings = given.assess().findingsFor(factor);
        return evidenceShare(findings.stream().mapToDouble(Finding::points).filter(p -> p > 0).sum(),
                findings.stream().mapToDouble(Finding::points).filter(p -> p < 0).sum());
    }

    // --- Factors ---------------------------------------------------------------------------------

    @Test
    void aFactorScoresTheShareOfItsEvidenceThatSpeaksForIt() {
        Given given = members("AAA", "BBB", "CCC")
                .fact(sharedValue("sovereignty", "AAA", "BBB", "CCC"),
                      sharedValue("order", "AAA", "BBB"),
                      divergentValue("regime-type", "CCC"),
                      learning("other-factor", HIGH, "AAA", "BBB", "CCC"));

        double pro = points("value.shared") + points("value.shared") * 2 / 3;
        double contra = points("value.divergent") / 3;
        assertThat(given.assess().findingsFor("knowledge")).hasSize(3);
        assertThat(given.score("knowledge")).isCloseTo(evidenceShare(pro, contra), within(0.06));
    }

    @Test
    void evidenceAgainstLowersAFactorAndTakingItAwayRaisesItAgain() {
        Given with = members("AAA", "BBB")
                .fact(sharedValue("sovereignty", "AAA", "BBB"), divergentValue("regime-type", "AAA", "BBB"));
        Given without = members("AAA", "BBB").fact(sharedValue("sovereignty", "AAA", "BBB"));

        assertThat(with.score("knowledge")).isLessThan(without.score("knowledge"));
        assertThat(with.score("knowledge")).isPositive();
    }

    @Test
    void aFactorScoreNearsButNeverPassesOneHundred() {
        Given given = members("AAA", "BBB").facts(times(40, i -> sharedValue("value-" + i, "AAA", "BBB")));

        assertThat(given.score("knowledge")).isGreaterThan(90.0).isLessThanOrEqualTo(100.0);
        assertThat(given.score("knowledge")).isCloseTo(evidenceShare(given, "knowledge"), within(1e-9));
    }

    @Test
    void aFactorWithOnlyEvidenceAgainstScoresZero() {
        Given given = members("AAA", "BBB", "CCC")
                .fact(divergentValue("regime-type", "AAA", "BBB", "CCC"),
                      divergentValue("religion", "AAA", "BBB", "CCC"));

        assertThat(given.score("knowledge")).isZero();
    }

    @Test
    void aFactorWithoutFindingsHasNoEvidenceRatherThanAScoreOfZero() {
        Given given = members("AAA", "BBB").fact(sharedValue("sovereignty", "AAA", "BBB"));
        Assessment a = given.assess();

        assertThat(a.scores()).doesNotContainKeys("power", "mutual-trust");
        assertThat(a.bandOf("power")).isEqualTo("no evidence");
        assertThat(given.score("knowledge")).isPositive();
        // Tier 2 rests on knowledge alone, not on knowledge and four zeros; the coverage says so.
        assertThat(a.score("tier-2")).isEqualTo(a.score("knowledge"));
        assertThat(a.coverage("tier-2")).isLessThan(100);
    }

    @Test
    void onlyAFactorsOwnFindingsCountTowardsItsScore() {
        Given given = members("AAA", "BBB")
                .fact(coreOfCapability("core", "AAA", MEDIUM),
                      flow("trade", LOW, "AAA", "BBB"));

        assertThat(given.score("power")).isCloseTo(evidenceShare(points("core.capability.medium"), 0), within(0.05));
        assertThat(given.score("transactions")).isCloseTo(evidenceShare(points("transaction.low"), 0), within(0.05));
    }

    // --- Confidence ------------------------------------------------------------------------------

    @Test
    void aFactBelievedToDegreeCCountsCTimesItsPoints() {
        Given given = members("AAA", "BBB")
                .fact(withConfidence(0.6, act("backing", by("BBB"), SUPPORT, "AAA")));

        Finding finding = given.onlyFindingOf(TrustAndIdentityRulesTest.BACKING);
        assertThat(finding.fullPoints()).isEqualTo(points("trust.support"));
        assertThat(finding.confidence()).isCloseTo(0.6, within(1e-9));
        assertThat(finding.points()).isCloseTo(points("trust.support") * 0.6, within(0.006));
        assertThat(given.score("mutual-trust")).isCloseTo(evidenceShare(points("trust.support") * 0.6, 0), within(0.05));
    }

    @Test
    void aFindingFromTwoFactsCountsTheProductOfTheirConfidences() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(withConfidence(0.9, militarisedDispute("war", "BBB", "XXX")),
                      withConfidence(0.7, act("arms", by("AAA"), ARMS_SUPPLY, "XXX")))
                .facts(times(5, i -> act("backing-" + i, by("AAA"), SUPPORT, "BBB")));

        Finding finding = given.onlyFindingOf(TrustAndIdentityRulesTest.ARMING_ADVERSARY);
        assertThat(finding.confidence()).isCloseTo(0.63, within(1e-9));
        assertThat(finding.points()).isCloseTo(points("trust.arms-to-adversary") * 0.63, within(0.006));
        assertThat(given.score("mutual-trust"))
                .isCloseTo(evidenceShare(5 * points("trust.support"), points("trust.arms-to-adversary") * 0.63), within(0.05));
    }

    // --- Tiers and Deutsch's conditions ------------------------------------------------------------

    @Test
    void aTierScoresTheWeightedMeanOfItsFactors() {
        Given given = members("AAA", "BBB")
                .fact(coreOfCapability("core", "AAA", HIGH),
                      sharedValue("sovereignty", "AAA", "BBB"),
                      operatingBody("council"))
                .withProfile(Map.of("weight.power", 3.0, "weight.knowledge", 1.0, "weight.institutions", 0.5));

        double weighted = 0;
        double weights = 0;
        for (String factor : TIER_2) {
            if (!given.assess().hasEvidence(factor)) continue; // no evidence: left out, not counted as 0
            double w = given.assess().parts().stream()
                    .filter(p -> p.whole().equals("tier-2") && p.part().equals(factor)).findFirst().orElseThrow().weight();
            weighted += w * given.score(factor);
            weights += w;
        }
        assertThat(weights).isEqualTo(3.0 + 1.0 + 0.5);
        assertThat(given.score("tier-2")).isCloseTo(bounded(weighted / weights), within(0.05));
        assertThat(given.score("tier-2")).isNotCloseTo(bounded(
                TIER_2.stream().filter(given.assess()::hasEvidence).mapToDouble(given::score).average().orElseThrow()), within(0.5));
    }

    @Test
    void tierThreeIsItsWeakerPartBecauseTrustAndIdentityAreJointlyNecessary() {
        Given given = members("AAA", "BBB")
                .fact(act("backing", by("BBB"), SUPPORT, "AAA"),
                      identity("symbols", COMMON_SYMBOLS, "AAA", "BBB"));

        double trust = given.score("mutual-trust");
        double identity = given.score("collective-identity");
        double wTrust = points("weight.mutual-trust");
        double wIdentity = points("weight.collective-identity");
        assertThat(trust).isPositive();
        assertThat(identity).isPositive();
        assertThat(trust).isNotEqualTo(identity);
        assertThat(given.score("tier-3")).isEqualTo(Math.min(trust, identity))
                .isLessThan(bounded((wTrust * trust + wIdentity * identity) / (wTrust + wIdentity)));
    }

    @Test
    void deutschsConditionsAreWeightedMeansOfTheFactorsThatShowThem() {
        Given given = members("AAA", "BBB")
                .fact(sharedValue("sovereignty", "AAA", "BBB"),
                      learning("academy", MEDIUM, "AAA", "BBB"),
                      operatingBody("council"),
                      flow("trade", HIGH, "AAA", "BBB"),
                      act("backing", by("BBB"), SUPPORT, "AAA"),
                      identity("symbols", COMMON_SYMBOLS, "AAA", "BBB"));

        double values = mean(given, Map.of("knowledge", "deutsch.values.knowledge",
                "social-learning", "deutsch.values.social-learning"));
        double responsiveness = mean(given, Map.of("channels-in-use", "deutsch.responsiveness.channels-in-use",
                "transactions", "deutsch.responsiveness.transactions", "mutual-trust", "deutsch.responsiveness.mutual-trust"));
        double predictability = mean(given, Map.of("mutual-trust", "deutsch.predictability.mutual-trust",
                "collective-identity", "deutsch.predictability.collective-identity",
                "institutions", "deutsch.predictability.institutions"));
        assertThat(given.score("compatible-values")).isCloseTo(bounded(values), within(0.05));
        assertThat(given.score("mutual-responsiveness")).isCloseTo(bounded(responsiveness), within(0.05));
        assertThat(given.score("mutual-predictability")).isCloseTo(bounded(predictability), within(0.05));
        assertThat(given.score("deutsch")).isCloseTo(bounded((given.score("compatible-values")
                + given.score("mutual-responsiveness") + given.score("mutual-predictability")) / 3), within(0.05));
    }

    @Test
    void responsivenessRestsOnChannelsUsedWhenCalledOnNotOnBodiesThatExistOnPaper() {
        Given paper = members("AAA", "BBB").fact(flow("trade", HIGH, "AAA", "BBB"))
                .facts(times(5, i -> operatingBody("body-" + i)));
        Given fewerBodies = members("AAA", "BBB").fact(flow("trade", HIGH, "AAA", "BBB"), operatingBody("body-0"));
        Given used = members("AAA", "BBB").fact(flow("trade", HIGH, "AAA", "BBB"))
                .facts(times(5, i -> operatingBody("body-" + i)))
                .fact(org.seccom.engine.RuleHarness.crisis("flood", "AAA", org.seccom.model.Outcome.ACTED));

        assertThat(paper.assess().hasEvidence("channels-in-use")).as("no channel was called on").isFalse();
        assertThat(paper.score("mutual-responsiveness")).as("bodies on paper add nothing")
                .isEqualTo(fewerBodies.score("mutual-responsiveness"))
                .isEqualTo(paper.score("transactions"));
        assertThat(paper.score("institutions")).isGreaterThan(fewerBodies.score("institutions"));
        assertThat(used.score("mutual-responsiveness")).as("a crisis acted on").isNotEqualTo(paper.score("mutual-responsiveness"));
        assertThat(used.score("channels-in-use")).isEqualTo(bounded(100.0 * points("crisis.acted")
                / (points("crisis.acted") + points("score.prior"))));
    }

    /** The weighted mean of factor scores, with each factor's weight read from the profile key given for it. */
    private static double mean(Given given, Map<String, String> weightKeyOfFactor) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, String> e : weightKeyOfFactor.entrySet()) {
            weighted += points(e.getValue()) * given.score(e.getKey());
            weights += points(e.getValue());
        }
        return weighted / weights;
    }

    @Test
    void partsOfOneEventCountOnceAndTheOthersAreListedWithNoPointsSayingWhere() {
        java.time.LocalDate day = java.time.LocalDate.of(2015, 6, 1);
        Given given = members("AAA", "BBB", "CCC").fact(
                org.seccom.engine.RuleHarness.during(day, null, act("aaa-backs-ccc", by("AAA"), SUPPORT, "CCC")),
                withConfidence(0.5, org.seccom.engine.RuleHarness.during(day, null, act("bbb-backs-ccc", by("BBB"), SUPPORT, "CCC"))),
                org.seccom.engine.RuleHarness.during(day.plusDays(1), null, act("next-day", by("BBB"), SUPPORT, "CCC")));
        List<Finding> found = given.findingsOf("Members back a member that needs it");

        assertThat(found).extracting(Finding::points).containsExactlyInAnyOrder(
                points("trust.support"), points("trust.support"), 0.0);
        Finding weaker = found.stream().filter(f -> f.facts().contains("bbb-backs-ccc")).findFirst().orElseThrow();
        assertThat(weaker.points()).isZero();
        assertThat(weaker.text()).contains("one event with aaa-backs-ccc, counted once there");
        assertThat(given.assess().score("mutual-trust")).isEqualTo(bounded(
                100.0 * 2 * points("trust.support") / (2 * points("trust.support") + points("score.prior"))));
    }
}
