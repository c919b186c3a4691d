package org.seccom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.seccom.engine.RuleHarness.act;
import static org.seccom.engine.RuleHarness.assertFinding;
import static org.seccom.engine.RuleHarness.by;
import static org.seccom.engine.RuleHarness.disputeHandledBy;
import static org.seccom.engine.RuleHarness.indicatorAmong;
import static org.seccom.engine.RuleHarness.dispute;
import static org.seccom.engine.RuleHarness.heldBy;
import static org.seccom.engine.RuleHarness.identity;
import static org.seccom.engine.RuleHarness.indicator;
import static org.seccom.engine.RuleHarness.lackOfIdentity;
import static org.seccom.engine.RuleHarness.mediation;
import static org.seccom.engine.RuleHarness.members;
import static org.seccom.engine.RuleHarness.militarisedDispute;
import static org.seccom.engine.RuleHarness.openDispute;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.posedBy;
import static org.seccom.engine.RuleHarness.settledDispute;
import static org.seccom.engine.RuleHarness.sharedValue;
import static org.seccom.engine.RuleHarness.threat;
import static org.seccom.engine.RuleHarness.valueBlockingPooling;
import static org.seccom.engine.RuleHarness.withConfidence;
import static org.seccom.model.DisputeStatus.FROZEN;
import static org.seccom.model.DisputeStatus.SETTLED;
import static org.seccom.model.IdentityMarker.POOLED_SOVEREIGNTY;
import static org.seccom.model.IdentityMarker.WE_FEELING;
import static org.seccom.model.IndicatorStatus.PARTIAL;
import static org.seccom.model.IndicatorStatus.PRESENT;
import static org.seccom.model.Level.HIGH;
import static org.seccom.model.MatureIndicator.FREE_MOVEMENT;
import static org.seccom.model.MatureIndicator.MULTILATERALISM;
import static org.seccom.model.MatureIndicator.UNFORTIFIED_BORDERS;
import static org.seccom.model.Signal.ARMS_SUPPLY;
import static org.seccom.model.Signal.BALANCING;
import static org.seccom.model.Signal.COERCION;
import static org.seccom.model.Signal.CRITICISM;
import static org.seccom.model.Signal.JOINT_EXERCISE;
import static org.seccom.model.Signal.MILITARY_BASING;
import static org.seccom.model.Signal.NON_RECOGNITION;
import static org.seccom.model.Signal.REFUSAL;
import static org.seccom.model.Signal.SUPPORT;
import static org.seccom.model.Signal.UNILATERAL_ACT;
import static org.seccom.model.Signal.WITHHELD_SUPPORT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seccom.model.MatureIndicator;
import org.seccom.model.DisputeProcedure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seccom.engine.RuleHarness.Given;
import org.seccom.model.Finding;
import org.seccom.model.IdentityMarker;
import org.seccom.model.IndicatorStatus;
import org.seccom.model.Signal;

/** Tier 3 (rules/30-trust-and-identity.drl): mutual trust, collective identity, mature-phase indicators. */
class TrustAndIdentityRulesTest {
    static final String MILITARISED_DISPUTE = "Force between members erodes mutual trust";
    static final String INSTITUTIONAL_PROCEDURE = "Members take a dispute between them to an institutionalised procedure";
    static final String NO_WAR_PLANNING = "Members plan no war against each other";
    static final String OPEN_DISPUTE = "An unsettled dispute between members strains mutual trust";
    static final String SETTLED_DISPUTE = "Members settled a dispute between them peacefully";
    static final String ARMING_ADVERSARY = "Arming a member's adversary erodes mutual trust";
    static final String WITHHELD = "Members withhold support from a member that needs it";
    static final String NON_RECOGNITION_RULE = "Members refuse to follow a member's recognition policy";
    static final String CRITICISM_RULE = "Members publicly criticise another member's act";
    static final String REFUSAL_RULE = "A member refuses a partner's request";
    static final String BALANCING_RULE = "A member balances with outsiders or against another member";
    static final String UNILATERAL = "A member acts unilaterally, heedless of its partners";
    static final String COERCING = "Members coerce a fellow member";
    static final String BACKING = "Members back a member that needs it";
    static final String EXERCISE_OR_BASING = "Members exercise together or host each other's forces";
    static final String MEDIATION = "A member mediates a dispute between members";
    static final String MEMBER_AS_THREAT = "Members perceive another member as a threat";
    static final String IDENTITY = "Members show a mark of collective identity";
    static final String NO_IDENTITY = "Members lack or reject a mark of collective identity";
    static final String BLOCKS_POOLING = "A shared value that blocks pooling sovereignty holds back a collective identity";
    static final String LOOSE_INDICATOR = "An indicator of a loosely coupled mature community";
    static final String TIGHT_INDICATOR = "An indicator of a tightly coupled mature community";

    // --- Disputes between members --------------------------------------------------------------

    @Test
    void aMilitarisedDisputeBetweenMembersErodesMutualTrust() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(militarisedDispute("border-war", "AAA", "BBB"),
                      militarisedDispute("war-with-outsider", "AAA", "XXX"),
                      dispute("old-war", true, SETTLED, "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(MILITARISED_DISPUTE), "mutual-trust", points("trust.force.use"),
                "border-war");
    }

    @Test
    void aFrozenMilitarisedDisputeStillErodesMutualTrust() {
        Given given = members("AAA", "BBB").fact(dispute("frozen-war", true, FROZEN, "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(MILITARISED_DISPUTE), "mutual-trust", points("trust.force.use"),
                "frozen-war");
        assertThat(given.findingsOf(OPEN_DISPUTE)).isEmpty();
    }

    @Test
    void anUnarmedOpenDisputeBetweenMembersStrainsMutualTrust() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(dispute("water", false, FROZEN, "BBB", "CCC"),
                      openDispute("trade-with-outsider", "AAA", "XXX"),
                      settledDispute("settled-border", "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(OPEN_DISPUTE), "mutual-trust", points("trust.dispute.open"), "water");
    }

    @Test
    void settlingADisputeBetweenMembersPeacefullyBuildsMutualTrust() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(settledDispute("border-treaty", "AAA", "CCC"),
                      settledDispute("treaty-with-outsider", "BBB", "XXX"),
                      openDispute("still-open", "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(SETTLED_DISPUTE), "mutual-trust", points("trust.dispute.settled"),
                "border-treaty");
        assertThat(given.findingsOf(MILITARISED_DISPUTE)).isEmpty();
    }

    // --- Directed acts -------------------------------------------------------------------------

    @Test
    void armingAMembersAdversaryLowersMutualTrust() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX", "YYY", "ZZZ")
                .fact(militarisedDispute("enclave-war", "BBB", "XXX"),
                      act("arms-to-adversary", by("AAA"), ARMS_SUPPLY, "XXX"),
                      act("arms-to-bystander", by("AAA"), ARMS_SUPPLY, "YYY"),
                      act("outsider-arms-adversary", by("ZZZ"), ARMS_SUPPLY, "XXX"));

        Finding finding = given.onlyFindingOf(ARMING_ADVERSARY);
        assertFinding(finding, "mutual-trust", points("trust.arms-to-adversary"), "arms-to-adversary", "enclave-war");
        assertThat(finding.mechanism()).isEqualTo("balance-of-power");
    }

    @Test
    void armingAnOutsiderWhoseOnlyDisputesAreSettledOrWithOutsidersDoesNotCount() {
        Given given = members("AAA", "BBB").outsider("XXX", "YYY", "ZZZ")
                .fact(dispute("old-war", true, SETTLED, "BBB", "XXX"),
                      militarisedDispute("outsiders-war", "XXX", "YYY"),
                      openDispute("unarmed-quarrel", "BBB", "ZZZ"),
                      act("arms-to-old-foe", by("AAA"), ARMS_SUPPLY, "XXX"),
                      act("arms-to-quarreller", by("AAA"), ARMS_SUPPLY, "ZZZ"));

        assertThat(given.findingsOf(ARMING_ADVERSARY)).isEmpty();
    }

    @Test
    void armingAnAdversaryOnWeakEvidenceCountsByBothConfidences() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(withConfidence(0.8, militarisedDispute("enclave-war", "BBB", "XXX")),
                      withConfidence(0.5, act("arms-to-adversary", by("AAA"), ARMS_SUPPLY, "XXX")));

        Finding finding = given.onlyFindingOf(ARMING_ADVERSARY);
        assertFinding(finding, "mutual-trust", points("trust.arms-to-adversary") * 0.5 * 0.8,
                "arms-to-adversary", "enclave-war");
        assertThat(finding.confidence()).isCloseTo(0.4, within(1e-9));
    }

    /** The signals that count at full points when a member acts towards another member. */
    @ParameterizedTest
    @EnumSource(value = Signal.class, names = {"WITHHELD_SUPPORT", "NON_RECOGNITION", "CRITICISM", "REFUSAL", "SUPPORT"})
    void anActBetweenMembersCountsOnceAtItsFullPoints(Signal signal) {
        String rule = switch (signal) {
            case WITHHELD_SUPPORT -> WITHHELD;
            case NON_RECOGNITION -> NON_RECOGNITION_RULE;
            case CRITICISM -> CRITICISM_RULE;
            case REFUSAL -> REFUSAL_RULE;
            case SUPPORT -> BACKING;
            default -> throw new IllegalArgumentException(signal.toString());
        };
        String key = switch (signal) {
            case WITHHELD_SUPPORT -> "trust.withheld-support";
            case NON_RECOGNITION -> "trust.non-recognition";
            case CRITICISM -> "trust.criticism";
            case REFUSAL -> "trust.refusal";
            default -> "trust.support";
        };
        Given given = members("AAA", "BBB", "CCC").outsider("XXX", "YYY")
                .fact(act("members-act", by("BBB", "CCC", "XXX"), signal, "AAA"),
                      act("outsiders-act", by("XXX", "YYY"), signal, "AAA"),
                      act("towards-outsider", by("BBB"), signal, "XXX"));

        assertFinding(given.onlyFindingOf(rule), "mutual-trust", points(key), "members-act");
    }

    @Test
    void withholdingSupportFromAMemberThatNeedsItLowersMutualTrust() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(act("no-backing", by("BBB", "CCC"), WITHHELD_SUPPORT, "AAA"),
                      act("outsider-no-backing", by("XXX"), WITHHELD_SUPPORT, "AAA"));

        assertFinding(given.onlyFindingOf(WITHHELD), "mutual-trust", points("trust.withheld-support"), "no-backing");
    }

    @Test
    void backingAMemberRaisesMutualTrust() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(act("backing", by("BBB"), SUPPORT, "AAA"),
                      act("backing-outsider", by("BBB"), SUPPORT, "XXX"));

        Finding finding = given.onlyFindingOf(BACKING);
        assertFinding(finding, "mutual-trust", points("trust.support"), "backing");
        assertThat(finding.points()).isPositive();
    }

    @Test
    void balancingWithOutsidersOrAgainstAMemberLowersMutualTrustAndIsABalanceOfPowerPractice() {
        Given given = members("AAA", "BBB").outsider("XXX", "YYY")
                .fact(act("towards-west", by("AAA"), BALANCING, "XXX"),
                      act("outsiders-balancing", by("XXX"), BALANCING, "YYY"),
                      act("against-member", by("AAA"), BALANCING, "BBB"));

        assertThat(given.findingsOf(BALANCING_RULE)).extracting(Finding::facts)
                .containsExactlyInAnyOrder(List.of("towards-west"), List.of("against-member"));
        assertThat(given.findingsOf(BALANCING_RULE)).allSatisfy(f -> {
            assertFinding(f, "mutual-trust", points("trust.balancing"), f.facts().get(0));
            assertThat(f.mechanism()).isEqualTo("balance-of-power");
        });
    }

    @Test
    void actingUnilaterallyMakesAMemberLessPredictable() {
        Given given = members("AAA", "BBB").outsider("XXX", "YYY")
                .fact(act("annexation", by("AAA"), UNILATERAL_ACT, "XXX"),
                      act("outsiders-annexation", by("YYY"), UNILATERAL_ACT, "XXX"));

        assertFinding(given.onlyFindingOf(UNILATERAL), "mutual-trust", points("trust.unilateral"), "annexation");
    }

    @Test
    void coercingAFellowMemberErodesMutualTrustButCoercingAnOutsiderDoesNot() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(act("blockade", by("AAA", "BBB"), COERCION, "CCC"),
                      act("sanctions-on-outsider", by("AAA"), COERCION, "XXX"),
                      act("outsiders-sanctions", by("XXX"), COERCION, "CCC"));

        assertFinding(given.onlyFindingOf(COERCING), "mutual-trust", points("trust.coercion"), "blockade");
        assertThat(given.onlyFindingOf(COERCING).points()).isNegative();
    }

    @Test
    void exercisingTogetherAndHostingForcesBuildConfidenceBetweenMilitaries() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(act("drill", by("AAA", "BBB"), JOINT_EXERCISE, "CCC"),
                      act("base", by("AAA"), MILITARY_BASING, "BBB"),
                      act("drill-with-outsider", by("AAA"), JOINT_EXERCISE, "XXX"),
                      act("outsiders-base", by("XXX"), MILITARY_BASING, "CCC"));

        assertThat(given.findingsOf(EXERCISE_OR_BASING)).hasSize(2);
        assertFinding(given.findingsOf(EXERCISE_OR_BASING).stream().filter(f -> f.facts().contains("drill")).findFirst()
                .orElseThrow(), "mutual-trust", points("trust.joint-exercise"), "drill");
        assertFinding(given.findingsOf(EXERCISE_OR_BASING).stream().filter(f -> f.facts().contains("base")).findFirst()
                .orElseThrow(), "mutual-trust", points("trust.military-basing"), "base");
    }

    @Test
    void aMemberMediatingADisputeBetweenMembersBuildsMutualTrust() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX", "YYY")
                .fact(openDispute("border", "AAA", "BBB"),
                      openDispute("outsider-border", "AAA", "XXX"),
                      mediation("good-offices", by("CCC"), "border"),
                      mediation("mediating-outsider-dispute", by("CCC"), "outsider-border"),
                      mediation("outsider-mediates", by("YYY"), "border"));

        assertFinding(given.onlyFindingOf(MEDIATION), "mutual-trust", points("trust.mediation"), "good-offices", "border");
    }

    @Test
    void membersPerceivingAnotherMemberAsAThreatLoseTrustByTheirShare() {
        Given given = members("AAA", "BBB", "CCC", "DDD").outsider("XXX")
                .fact(threat("fear-of-aaa", HIGH, heldBy("BBB", "CCC"), posedBy("AAA")),
                      threat("fear-of-outsider", HIGH, heldBy("AAA", "BBB", "CCC", "DDD"), posedBy("XXX")));

        // Two of the three other members fear AAA.
        assertFinding(given.onlyFindingOf(MEMBER_AS_THREAT), "mutual-trust", points("trust.member-as-threat") * 2 / 3,
                "fear-of-aaa");
    }

    @Test
    void everyOtherMemberPerceivingAMemberAsAThreatCountsInFull() {
        Given given = members("AAA", "BBB", "CCC").fact(threat("fear-of-aaa", HIGH, heldBy("BBB", "CCC"), posedBy("AAA")));

        assertFinding(given.onlyFindingOf(MEMBER_AS_THREAT), "mutual-trust", points("trust.member-as-threat"),
                "fear-of-aaa");
    }

    // --- Collective identity -------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(IdentityMarker.class)
    void aMarkOfCollectiveIdentityCountsByTheShareOfMembersShowingIt(IdentityMarker marker) {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(identity("mark", marker, "AAA", "BBB"),
                      identity("outsiders-mark", marker, "XXX"),
                      lackOfIdentity("rejected", marker, "CCC"));

        assertFinding(given.onlyFindingOf(IDENTITY), "collective-identity", points("identity." + marker) * 2 / 3, "mark");
    }

    @Test
    void rejectingAMarkOfCollectiveIdentityTakesItsPointsAway() {
        Given given = members("AAA", "BBB", "CCC", "DDD").outsider("XXX")
                .fact(lackOfIdentity("no-pooling", POOLED_SOVEREIGNTY, "AAA"),
                      lackOfIdentity("outsider-no-pooling", POOLED_SOVEREIGNTY, "XXX"),
                      identity("we", WE_FEELING, "AAA", "BBB", "CCC", "DDD"));

        assertFinding(given.onlyFindingOf(NO_IDENTITY), "collective-identity",
                points("identity.pooled-sovereignty.lacking") / 4, "no-pooling");
    }

    @Test
    void aSharedValueThatForbidsPoolingSovereigntyHoldsBackCollectiveIdentity() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(valueBlockingPooling("sovereignty", "AAA", "BBB", "CCC"),
                      valueBlockingPooling("outsiders-sovereignty", "XXX"),
                      sharedValue("market-economy", "AAA", "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(BLOCKS_POOLING), "collective-identity",
                points("identity.value-blocks-pooling"), "sovereignty");
        assertThat(given.factsCitedBy(StructureAndProcessRulesTest.SHARED_VALUE))
                .as("the value still counts as shared knowledge")
                .containsExactlyInAnyOrder("sovereignty", "market-economy");
    }

    // --- Indicators of a mature community ------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = IndicatorStatus.class, names = "ABSENT", mode = EnumSource.Mode.EXCLUDE)
    void aLooselyCoupledIndicatorScoresByHowFarItIsPresent(IndicatorStatus status) {
        Given given = members("AAA", "BBB")
                .fact(indicator("borders", UNFORTIFIED_BORDERS, status),
                      indicator("free-movement", FREE_MOVEMENT, PRESENT));

        assertFinding(given.onlyFindingOf(LOOSE_INDICATOR), "loosely-coupled", points("indicator.loose." + status),
                "borders");
    }

    @ParameterizedTest
    @EnumSource(value = IndicatorStatus.class, names = "ABSENT", mode = EnumSource.Mode.EXCLUDE)
    void aTightlyCoupledIndicatorScoresByHowFarItIsPresent(IndicatorStatus status) {
        Given given = members("AAA", "BBB")
                .fact(indicator("free-movement", FREE_MOVEMENT, status),
                      indicator("multilateralism", MULTILATERALISM, PARTIAL));

        assertFinding(given.onlyFindingOf(TIGHT_INDICATOR), "tightly-coupled", points("indicator.tight." + status),
                "free-movement");
    }

    @Test
    void anIndicatorRecordedAsAbsentIsNoEvidenceEitherWay() {
        Given given = members("AAA", "BBB")
                .fact(indicator("borders", UNFORTIFIED_BORDERS, IndicatorStatus.ABSENT),
                      indicator("free-movement", FREE_MOVEMENT, IndicatorStatus.ABSENT));

        assertThat(given.findingsOf(LOOSE_INDICATOR)).isEmpty();
        assertThat(given.findingsOf(TIGHT_INDICATOR)).isEmpty();
        assertThat(given.findingsOf(NO_WAR_PLANNING)).isEmpty();
    }

    @Test
    void aDisputeTakenToAnInstitutionalisedProcedureShowsTrustInsteadOfStrainingIt() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(disputeHandledBy("panel", DisputeProcedure.PANEL, "AAA", "BBB"),
                      disputeHandledBy("talks", DisputeProcedure.NEGOTIATION, "AAA", "BBB"),
                      disputeHandledBy("outsider-court", DisputeProcedure.ADJUDICATION, "AAA", "XXX"));

        assertFinding(given.onlyFindingOf(INSTITUTIONAL_PROCEDURE), "mutual-trust", points("trust.dispute.institutional"), "panel");
        assertFinding(given.onlyFindingOf(OPEN_DISPUTE), "mutual-trust", points("trust.dispute.open"), "talks");
    }

    @Test
    void unfortifiedBordersAndNoWarPlansSpeakForMutualTrustByTheShareTheyHoldAmong() {
        Given given = members("AAA", "BBB", "CCC", "DDD")
                .fact(indicatorAmong("open-borders", MatureIndicator.UNFORTIFIED_BORDERS,
                              IndicatorStatus.PRESENT, "AAA", "BBB"),
                      indicatorAmong("war-plans", MatureIndicator.NO_WORST_CASE_PLANNING,
                              IndicatorStatus.ABSENT, "AAA", "BBB", "CCC", "DDD"),
                      indicatorAmong("multilateral", MatureIndicator.MULTILATERALISM,
                              IndicatorStatus.PRESENT, "AAA", "BBB", "CCC", "DDD"));

        assertFinding(given.onlyFindingOf(NO_WAR_PLANNING), "mutual-trust", points("trust.no-war-planning.present") / 2, "open-borders");
    }

    @Test
    void armingAFellowMembersAdversaryInsideTheGroupingErodesMutualTrust() {
        Given given = members("AAA", "BBB", "CCC")
                .fact(militarisedDispute("war", "BBB", "CCC"),
                      act("arms", by("AAA"), ARMS_SUPPLY, "CCC"));

        assertFinding(given.onlyFindingOf(ARMING_ADVERSARY), "mutual-trust", points("trust.arms-to-adversary"), "arms", "war");
    }
}
