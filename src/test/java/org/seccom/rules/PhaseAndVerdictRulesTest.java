package org.seccom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.seccom.engine.RuleHarness.act;
import static org.seccom.engine.RuleHarness.by;
import static org.seccom.engine.RuleHarness.coreOfCapability;
import static org.seccom.engine.RuleHarness.dispute;
import static org.seccom.engine.RuleHarness.during;
import static org.seccom.engine.RuleHarness.enoughFor;
import static org.seccom.engine.RuleHarness.flow;
import static org.seccom.engine.RuleHarness.heldBy;
import static org.seccom.engine.RuleHarness.identity;
import static org.seccom.engine.RuleHarness.indicator;
import static org.seccom.engine.RuleHarness.indicatorAmong;
import static org.seccom.engine.RuleHarness.interpretation;
import static org.seccom.engine.RuleHarness.learning;
import static org.seccom.engine.RuleHarness.members;
import static org.seccom.engine.RuleHarness.militarisedDispute;
import static org.seccom.engine.RuleHarness.operatingBody;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.sharedValue;
import static org.seccom.engine.RuleHarness.shock;
import static org.seccom.engine.RuleHarness.threat;
import static org.seccom.engine.RuleHarness.withConfidence;
import static org.seccom.model.DisputeStatus.SETTLED;
import static org.seccom.model.IdentityMarker.WE_FEELING;
import static org.seccom.model.IndicatorStatus.ABSENT;
import static org.seccom.model.IndicatorStatus.CONTRADICTED;
import static org.seccom.model.IndicatorStatus.PARTIAL;
import static org.seccom.model.IndicatorStatus.PRESENT;
import static org.seccom.model.Level.HIGH;
import static org.seccom.model.MatureIndicator.COMMON_THREAT_DEFINITION;
import static org.seccom.model.MatureIndicator.COMMUNITY_DISCOURSE;
import static org.seccom.model.MatureIndicator.COOPERATIVE_SECURITY;
import static org.seccom.model.MatureIndicator.FREE_MOVEMENT;
import static org.seccom.model.MatureIndicator.INTERNAL_THREAT_COORDINATION;
import static org.seccom.model.MatureIndicator.MILITARY_INTEGRATION;
import static org.seccom.model.MatureIndicator.MULTILATERALISM;
import static org.seccom.model.MatureIndicator.MULTIPERSPECTIVAL_POLITY;
import static org.seccom.model.MatureIndicator.NO_WORST_CASE_PLANNING;
import static org.seccom.model.MatureIndicator.POOLED_AUTHORITY;
import static org.seccom.model.MatureIndicator.UNFORTIFIED_BORDERS;
import static org.seccom.model.Signal.ARMS_SUPPLY;
import static org.seccom.model.Signal.BALANCING;
import static org.seccom.model.Signal.SUPPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness.Given;
import org.seccom.model.Assessment;
import org.seccom.model.Blocker;
import org.seccom.model.Conclusion;
import org.seccom.model.Fact;
import org.seccom.model.MatureIndicator;

/**
 * Phases, blockers, the hybrid note and Deutsch's verdict (rules/50-phase-and-verdict.drl). Each
 * grouping is built from the evidence a phase needs, in amounts read from the profile, so that the
 * tests check how the rules classify, not what the profile's numbers happen to be.
 */
public class PhaseAndVerdictRulesTest {
    static final String[] MEMBERS = {"AAA", "BBB", "CCC"};
    static final List<String> PHASES =
            List.of("none", "nascent", "ascendant", "mature-loosely-coupled", "mature-tightly-coupled");
    static final List<String> DEUTSCH = List.of("met", "partly met", "not met", "no evidence");
    static final MatureIndicator[] LOOSE = {MULTILATERALISM, UNFORTIFIED_BORDERS, NO_WORST_CASE_PLANNING,
            COMMON_THREAT_DEFINITION, COMMUNITY_DISCOURSE};
    static final MatureIndicator[] TIGHT = {COOPERATIVE_SECURITY, MILITARY_INTEGRATION, INTERNAL_THREAT_COORDINATION,
            FREE_MOVEMENT, POOLED_AUTHORITY, MULTIPERSPECTIVAL_POLITY};

    // --- Evidence, in the amounts each phase needs ------------------------------------------------

    /** Shocks, readings and common threats felt by every member: tier 1 in full. */
    static List<Fact> precipitatingConditions() {
        return concat(enoughFor(100, "shock.high", i -> shock("shock-" + i, HIGH, MEMBERS)),
                enoughFor(100, "interpretation.high", i -> interpretation("reading-" + i, HIGH, MEMBERS)),
                enoughFor(100, "threat.high", i -> threat("threat-" + i, HIGH, heldBy(MEMBERS))));
    }

    /** Just enough organisations for a nascent community. */
    static List<Fact> firstOrganisations() {
        return enoughFor(points("phase.nascent.institutions"), "institution.operating", i -> operatingBody("first-body-" + i));
    }

    /** Every tier-2 factor in full. */
    static List<Fact> denseStructureAndProcess() {
        return concat(enoughFor(100, "core.capability.high", i -> coreOfCapability("core-" + i, "AAA", HIGH)),
                enoughFor(100, "value.shared", i -> sharedValue("value-" + i, MEMBERS)),
                enoughFor(100, "transaction.high", i -> flow("flow-" + i, HIGH, MEMBERS)),
                enoughFor(100, "institution.operating", i -> operatingBody("body-" + i)),
                enoughFor(100, "learning.high", i -> learning("learning-" + i, HIGH, MEMBERS)));
    }

    /** Members backing each other, enough to fill mutual trust even after a militarised dispute. */
    static List<Fact> deepTrust() {
        return enoughFor(100 - points("trust.force.use"), "trust.support",
                i -> act("backing-" + i, by("BBB", "CCC"), SUPPORT, "AAA"));
    }

    /** Trust at least partial, for an ascendant community. */
    static List<Fact> partialTrust() {
        return enoughFor(points("phase.ascendant.mutual-trust"), "trust.support",
                i -> act("backing-" + i, by("BBB", "CCC"), SUPPORT, "AAA"));
    }

    /** A collective identity of at least {@code score}. */
    static List<Fact> identityOf(double score) {
        return enoughFor(score, "identity.we-feeling", i -> identity("we-" + i, WE_FEELING, MEMBERS));
    }

    static List<Fact> looselyCoupledIndicators() {
        return enoughFor(points("phase.mature-loosely-coupled.indicators"), "indicator.loose.present",
                i -> indicator("loose-" + i, LOOSE[i % LOOSE.length], PRESENT));
    }

    static List<Fact> tightlyCoupledIndicators() {
        return enoughFor(points("phase.mature-tightly-coupled.indicators"), "indicator.tight.present",
                i -> indicator("tight-" + i, TIGHT[i % TIGHT.length], PRESENT));
    }

    @SafeVarargs
    static List<Fact> concat(List<Fact>... lists) {
        List<Fact> all = new ArrayList<>();
        for (List<Fact> list : lists) all.addAll(list);
        return all;
    }

    public static Given nascent() {
        return members(MEMBERS).outsider("XXX").facts(precipitatingConditions()).facts(firstOrganisations());
    }

    static Given ascendant() {
        return nascent().facts(denseStructureAndProcess()).facts(deepTrust())
                .facts(identityOf(points("phase.ascendant.collective-identity")));
    }

    static Given matureLooselyCoupled() {
        return ascendant().facts(looselyCoupledIndicators());
    }

    public static Given matureTightlyCoupled() {
        return matureLooselyCoupled().facts(identityOf(100)).facts(tightlyCoupledIndicators());
    }

    // --- Checks --------------------------------------------------------------------------------

    /** The assessment, after checking it reached exactly one phase and one Deutsch verdict. */
    static Assessment verdictOf(Given given) {
        Assessment a = given.assess();
        assertThat(a.phase().value()).as("the one phase").isIn(PHASES);
        assertThat(a.deutsch().value()).as("the one Deutsch verdict").isIn(DEUTSCH);
        assertThat(a.notes()).extracting(Conclusion::topic).doesNotContain("phase", "deutsch");
        return a;
    }

    static void assertBlockers(Assessment a, String phase, String... subjects) {
        assertThat(a.blockers()).as("blockers").extracting(Blocker::phase, Blocker::subject)
                .containsExactlyInAnyOrder(Stream.of(subjects).map(s -> tuple(phase, s)).toArray(Tuple[]::new));
    }

    static List<Conclusion> hybridNotes(Assessment a) {
        return a.notes().stream().filter(n -> n.topic().equals("hybrid")).toList();
    }

    // --- Phases --------------------------------------------------------------------------------

    @Test
    void aGroupingWithNothingInCommonIsInNoPhaseAndBlockedByNascentRequirements() {
        Assessment a = verdictOf(members(MEMBERS).outsider("XXX").fact(operatingBody("outsiders-forum"))
                .fact(shock("outsiders-shock", HIGH, "XXX")));

        assertThat(a.phase().value()).isEqualTo("none");
        assertBlockers(a, "nascent", "tier-1");
        Blocker tier1 = a.blockers().get(0);
        assertThat(tier1.min()).isEqualTo(points("phase.nascent.tier-1"));
        // No member touched by any precipitating condition: tier 1 has no evidence, not a score of 0.
        assertThat(a.hasEvidence("tier-1")).isFalse();
        assertThat(a.bandOf("tier-1")).isEqualTo("no evidence");
        assertThat(tier1.actual()).isNegative();
        assertThat(tier1.why()).contains("no evidence");
    }

    @Test
    void precipitatingConditionsWithoutAnyOrganisationLeaveTheGroupingInNoPhase() {
        Assessment a = verdictOf(members(MEMBERS).facts(precipitatingConditions()));

        assertThat(a.score("tier-1")).isGreaterThanOrEqualTo(points("phase.nascent.tier-1"));
        assertThat(a.phase().value()).isEqualTo("none");
        assertBlockers(a, "nascent", "institutions");
        assertThat(a.blockers().get(0).min()).isEqualTo(points("phase.nascent.institutions"));
    }

    @Test
    void precipitatingConditionsAndFirstOrganisationsMakeANascentCommunity() {
        Assessment a = verdictOf(nascent());

        assertThat(a.phase().value()).isEqualTo("nascent");
        assertBlockers(a, "ascendant", "tier-2", "mutual-trust", "collective-identity");
        assertThat(a.blockers()).allSatisfy(b -> assertThat(b.actual())
                .isEqualTo(a.hasEvidence(b.subject()) ? a.score(b.subject()) : -1));
    }

    @Test
    void denseNetworksDeepTrustAndAnEmergingIdentityMakeAnAscendantCommunity() {
        Assessment a = verdictOf(ascendant());

        assertThat(a.phase().value()).isEqualTo("ascendant");
        assertBlockers(a, "mature-loosely-coupled", "loosely-coupled");
    }

    @Test
    void theBlockersAreEveryUnmetRequirementOfTheNextPhaseOnly() {
        Given given = nascent().facts(denseStructureAndProcess()).facts(partialTrust())
                .facts(identityOf(points("phase.ascendant.collective-identity")));
        Assessment a = verdictOf(given);

        assertThat(a.phase().value()).isEqualTo("ascendant");
        assertThat(a.score("collective-identity")).as("short of tightly coupled too")
                .isLessThan(points("phase.mature-tightly-coupled.collective-identity"));
        java.util.Map<String, String> thresholds = java.util.Map.of("loosely-coupled", "indicators",
                "mutual-trust", "mutual-trust");
        String[] unmet = thresholds.keySet().stream().sorted()
                .filter(s -> a.score(s) < points("phase.mature-loosely-coupled." + thresholds.get(s))).toArray(String[]::new);
        assertThat(unmet).contains("loosely-coupled");
        assertBlockers(a, "mature-loosely-coupled", unmet);
        assertThat(a.blockers()).allSatisfy(b -> assertThat(b.actual()).isLessThan(b.min()));
    }

    @Test
    void theIndicatorsOfALooselyCoupledCommunityMakeItMature() {
        Assessment a = verdictOf(matureLooselyCoupled());

        assertThat(a.score("collective-identity")).isLessThan(points("phase.mature-tightly-coupled.collective-identity"));
        assertThat(a.phase().value()).isEqualTo("mature-loosely-coupled");
        assertBlockers(a, "mature-tightly-coupled", "collective-identity", "tightly-coupled");
    }

    @Test
    void aStrongIdentityAndTheTightlyCoupledIndicatorsMakeItTightlyCoupled() {
        Assessment a = verdictOf(matureTightlyCoupled());

        assertThat(a.phase().value()).isEqualTo("mature-tightly-coupled");
        assertThat(a.blockers()).isEmpty();
    }

    @Test
    void tightlyCoupledIndicatorsWithoutTheLooselyCoupledOnesDoNotMakeAMatureCommunity() {
        Assessment a = verdictOf(ascendant().facts(identityOf(100)).facts(tightlyCoupledIndicators()));

        assertThat(a.phase().value()).isEqualTo("ascendant");
        assertBlockers(a, "mature-loosely-coupled", "loosely-coupled");
    }

    @Test
    void membersPlanningForWarAgainstEachOtherAreHeldBelowTheAscendantPhase() {
        Assessment a = verdictOf(ascendant().fact(indicatorAmong("qatar-prepares", NO_WORST_CASE_PLANNING, CONTRADICTED, "AAA")));

        assertThat(a.phase().value()).isEqualTo("nascent");
        assertThat(a.blockers()).extracting(Blocker::phase, Blocker::subject)
                .contains(tuple("ascendant", "no-worst-case-planning"));
        assertThat(a.blockers()).filteredOn(b -> b.subject().equals("no-worst-case-planning"))
                .allSatisfy(b -> assertThat(b.why()).contains("qatar-prepares"));
    }

    @Test
    void worstCasePlanningInDoubtOrAmongOutsidersOrMerelyPartialDoesNotHoldTheGroupingBack() {
        Assessment a = verdictOf(ascendant().fact(
                withConfidence(0.5, indicatorAmong("rumoured-plans", NO_WORST_CASE_PLANNING, CONTRADICTED, "AAA")),
                indicatorAmong("outsiders-plans", NO_WORST_CASE_PLANNING, CONTRADICTED, "XXX"),
                indicator("some-planning", NO_WORST_CASE_PLANNING, PARTIAL)));

        assertThat(a.phase().value()).isEqualTo("ascendant");
        assertThat(a.blockers()).extracting(Blocker::subject).doesNotContain("no-worst-case-planning");
    }

    @Test
    void aMilitarisedDisputeBetweenMembersRulesOutAMatureCommunity() {
        Assessment a = verdictOf(matureLooselyCoupled().fact(militarisedDispute("border-war", "AAA", "BBB")));

        assertThat(a.score("mutual-trust")).as("trust alone would allow it")
                .isGreaterThanOrEqualTo(points("phase.mature-loosely-coupled.mutual-trust"));
        assertThat(a.phase().value()).isEqualTo("ascendant");
        assertBlockers(a, "mature-loosely-coupled", "peace-among-members");
        assertThat(a.blockers().get(0).why()).contains("border-war");
    }

    @Test
    void largeScaleForceBetweenMembersInTwoEpisodesHoldsTheGroupingOutOfTheNascentPhase() {
        Fact first = during(LocalDate.of(2010, 5, 1), null,
                org.seccom.engine.RuleHarness.intervention("first", org.seccom.model.Hostility.USE, List.of("AAA"), "BBB"));
        Fact second = during(LocalDate.of(2015, 3, 1), null,
                org.seccom.engine.RuleHarness.intervention("second", org.seccom.model.Hostility.USE, List.of("AAA"), "CCC"));
        Given once = nascent().fact(first);
        Given twice = nascent().fact(first, second);

        assertThat(verdictOf(once).phase().value()).as("one episode leaves the nascent phase open").isEqualTo("nascent");
        Assessment a = verdictOf(twice);
        assertThat(a.phase().value()).isEqualTo("none");
        assertBlockers(a, "nascent", "peace-among-members");
        assertThat(a.blockers().get(0).why()).contains("first").contains("second");
    }

    @Test
    void aMembersStandingDoctrineOfInterveningInTheOthersHoldsTheGroupingOutOfTheNascentPhase() {
        Assessment a = verdictOf(nascent().fact(org.seccom.engine.RuleHarness.actTowards("doctrine", by("AAA"),
                org.seccom.model.Signal.INTERVENTION_DOCTRINE, "BBB", "CCC")));

        assertThat(a.phase().value()).isEqualTo("none");
        assertBlockers(a, "nascent", "no-intervention-doctrine");
        assertThat(a.blockers().get(0).why()).contains("doctrine");
        assertThat(a.findings()).anyMatch(f -> f.rule().equals("A member claims a right to intervene by force in the others")
                && f.factor().equals("mutual-trust") && f.points() < 0);
    }

    @Test
    void aDoctrineInDoubtOrHeldByAnOutsiderDoesNotHoldTheGroupingBack() {
        Assessment doubted = verdictOf(nascent().fact(withConfidence(0.4, org.seccom.engine.RuleHarness.actTowards("doctrine",
                by("AAA"), org.seccom.model.Signal.INTERVENTION_DOCTRINE, "BBB"))));
        Assessment outsider = verdictOf(nascent().fact(org.seccom.engine.RuleHarness.actTowards("doctrine",
                by("XXX"), org.seccom.model.Signal.INTERVENTION_DOCTRINE, "BBB")));

        assertThat(doubted.phase().value()).isEqualTo("nascent");
        assertThat(outsider.phase().value()).isEqualTo("nascent");
    }

    @Test
    void aMilitarisedDisputeWithAnOutsiderOrASettledOneDoesNotRuleOutMaturity() {
        Assessment a = verdictOf(matureLooselyCoupled()
                .fact(militarisedDispute("war-with-outsider", "AAA", "XXX"),
                      dispute("old-war", true, SETTLED, "AAA", "BBB")));

        assertThat(a.phase().value()).isEqualTo("mature-loosely-coupled");
        assertThat(a.blockers()).extracting(Blocker::subject).doesNotContain("peace-among-members");
    }

    @Test
    void aDisplayOfForceBetweenMembersCostsTrustButDoesNotRuleOutMaturity() {
        Assessment a = verdictOf(matureLooselyCoupled()
                .fact(militarisedDispute("warning-shots", org.seccom.model.Hostility.DISPLAY, "AAA", "BBB")));

        assertThat(a.phase().value()).isEqualTo("mature-loosely-coupled");
        assertThat(a.findings()).filteredOn(f -> f.facts().contains("warning-shots"))
                .singleElement().satisfies(f -> assertThat(f.points()).isEqualTo(points("trust.dispute.militarised.display")));
    }

    // --- Hybrid: balance of power beside community-building -------------------------------------

    @Test
    void balancingWithOutsidersInANascentCommunityMakesTheVerdictHybrid() {
        Assessment a = verdictOf(nascent().fact(act("towards-xxx", by("BBB"), BALANCING, "XXX")));

        assertThat(a.phase().value()).isEqualTo("nascent");
        assertThat(hybridNotes(a)).singleElement().satisfies(n -> assertThat(n.reason()).contains("towards-xxx"));
    }

    @Test
    void armingAMembersAdversaryInAnAscendantCommunityMakesTheVerdictHybridOnce() {
        Assessment a = verdictOf(ascendant().fact(militarisedDispute("enclave-war", "BBB", "XXX"),
                act("arms-to-xxx", by("AAA"), ARMS_SUPPLY, "XXX")));

        assertThat(a.phase().value()).isEqualTo("ascendant");
        assertThat(hybridNotes(a)).singleElement()
                .satisfies(n -> assertThat(n.reason()).contains("arms-to-xxx", "enclave-war"));
    }

    @Test
    void balancingWhereNoCommunityIsInTheMakingIsNotHybrid() {
        Assessment a = verdictOf(members(MEMBERS).outsider("XXX").fact(act("towards-xxx", by("BBB"), BALANCING, "XXX")));

        assertThat(a.phase().value()).isEqualTo("none");
        assertThat(a.findings()).extracting(f -> f.mechanism()).contains("balance-of-power");
        assertThat(hybridNotes(a)).isEmpty();
    }

    @Test
    void aCommunityInTheMakingWithoutBalancingIsNotHybrid() {
        Assessment a = verdictOf(nascent().fact(act("arms-to-bystander", by("AAA"), ARMS_SUPPLY, "XXX")));

        assertThat(a.phase().value()).isEqualTo("nascent");
        assertThat(hybridNotes(a)).isEmpty();
    }

    // --- Deutsch's pluralistic security community -----------------------------------------------

    @Test
    void deutschIsMetWhenAllThreeConditionsHoldInFull() {
        Assessment a = verdictOf(matureTightlyCoupled());

        for (String condition : List.of("compatible-values", "mutual-responsiveness", "mutual-predictability")) {
            assertThat(a.score(condition)).as(condition).isGreaterThanOrEqualTo(points("deutsch.met"));
        }
        assertThat(a.deutsch().value()).isEqualTo("met");
    }

    @Test
    void deutschIsPartlyMetWhenOnlySomeConditionHoldsInPart() {
        Given given = members(MEMBERS).facts(enoughFor(100, "value.shared", i -> sharedValue("value-" + i, MEMBERS)));
        Assessment a = verdictOf(given);

        assertThat(a.score("compatible-values")).isGreaterThanOrEqualTo(points("deutsch.partial"));
        assertThat(a.score("mutual-predictability")).isLessThan(points("deutsch.met"));
        assertThat(a.deutsch().value()).isEqualTo("partly met");
        assertThat(a.deutsch().reason()).doesNotContain("militarised");
    }

    @Test
    void aMilitarisedDisputeBetweenMembersKeepsDeutschToPartlyMetEvenWithEveryConditionInFull() {
        Assessment a = verdictOf(matureTightlyCoupled().fact(militarisedDispute("border-war", "AAA", "BBB")));

        for (String condition : List.of("compatible-values", "mutual-responsiveness", "mutual-predictability")) {
            assertThat(a.score(condition)).as(condition).isGreaterThanOrEqualTo(points("deutsch.met"));
        }
        assertThat(a.deutsch().value()).isEqualTo("partly met");
        assertThat(a.deutsch().reason()).contains("force between members");
    }

    @Test
    void aMilitarisedDisputeWithAnOutsiderLeavesDeutschMet() {
        Assessment a = verdictOf(matureTightlyCoupled().fact(militarisedDispute("war-with-outsider", "AAA", "XXX")));

        assertThat(a.deutsch().value()).isEqualTo("met");
    }

    @Test
    void deutschIsNotMetWhenNoConditionHoldsEvenInPart() {
        Assessment a = verdictOf(nascent());

        for (String condition : List.of("compatible-values", "mutual-responsiveness", "mutual-predictability")) {
            assertThat(a.score(condition)).as(condition).isLessThan(points("deutsch.partial"));
        }
        assertThat(a.deutsch().value()).isEqualTo("not met");
    }

    @Test
    void everyGroupingReachesExactlyOnePhaseAndOneDeutschVerdict() {
        List<Given> groupings = new ArrayList<>(List.of(members(MEMBERS), nascent(), ascendant(), matureLooselyCoupled(),
                matureTightlyCoupled(), matureTightlyCoupled().fact(militarisedDispute("war", "AAA", "BBB"))));
        List<String> phases = groupings.stream().map(g -> verdictOf(g).phase().value()).toList();

        assertThat(phases).containsExactly("none", "nascent", "ascendant", "mature-loosely-coupled",
                "mature-tightly-coupled", "ascendant");
    }
}
