package org.seccom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seccom.engine.RuleHarness.assertFinding;
import static org.seccom.engine.RuleHarness.coreCarryingCosts;
import static org.seccom.engine.RuleHarness.coreOfCapability;
import static org.seccom.engine.RuleHarness.coreSeenAs;
import static org.seccom.engine.RuleHarness.crisis;
import static org.seccom.engine.RuleHarness.divergentPolicy;
import static org.seccom.engine.RuleHarness.divergentValue;
import static org.seccom.engine.RuleHarness.flow;
import static org.seccom.engine.RuleHarness.inheritedFlow;
import static org.seccom.engine.RuleHarness.inheritedLearning;
import static org.seccom.engine.RuleHarness.institution;
import static org.seccom.engine.RuleHarness.learning;
import static org.seccom.engine.RuleHarness.members;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.requestForHelp;
import static org.seccom.engine.RuleHarness.sharedValue;
import static org.seccom.model.InstitutionFunction.DISPUTE_SETTLEMENT;
import static org.seccom.model.InstitutionFunction.PEACEKEEPING;
import static org.seccom.model.InstitutionFunction.RAPID_REACTION;
import static org.seccom.model.InstitutionStatus.IMPEDED;
import static org.seccom.model.InstitutionStatus.LACKING;
import static org.seccom.model.InstitutionStatus.OPERATING;
import static org.seccom.model.Level.HIGH;
import static org.seccom.model.Level.LOW;
import static org.seccom.model.Level.MEDIUM;
import static org.seccom.model.Outcome.ACTED;
import static org.seccom.model.Outcome.DECLINED;
import static org.seccom.model.Outcome.FAILED;
import static org.seccom.model.Outcome.PARTIAL;
import static org.seccom.model.Perception.BENEVOLENT;
import static org.seccom.model.Perception.MENACING;

import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness.Given;

/** Tier 2 (rules/20-structure-and-process.drl): power, knowledge, transactions, institutions, social learning. */
class StructureAndProcessRulesTest {
    static final String CORE_CAPABILITY = "A core state stronger than the rest anchors the grouping";
    static final String CORE_COSTS = "A core state carries a large share of the common costs";
    static final String CORE_SEEN_AS = "Members see the core state as a benevolent or menacing hegemon";
    static final String SHARED_VALUE = "Members share a value relevant to political decisions";
    static final String DIVERGENT_VALUE = "Members diverge on values relevant to political decisions";
    static final String DIVERGENT_POLICY = "Members differ on a policy while their values may stay compatible";
    static final String FLOWS = "Dense flows among members bind them together";
    static final String INHERITED_FLOWS = "Flows inherited from an earlier polity bind members less";
    static final String OPERATING_BODY = "An operating body gives members a means to act together";
    static final String IMPEDED_BODY = "A body that exists but is impeded counts for less";
    static final String NO_DISPUTE_SETTLEMENT = "Members lack an institutionalised procedure to settle their disputes";
    static final String LACKING_BODY = "The grouping lacks a body its members need";
    static final String GROUPING_ACTED = "The grouping acted when a crisis in a member called for it";
    static final String DECLINED_REQUEST = "The grouping declined a member's request for help";
    static final String STOOD_BY = "The grouping stood by in a crisis in a member state";
    static final String LEARNING = "Members share markers of social learning";
    static final String INHERITED_LEARNING = "Social learning inherited from an earlier polity counts for less";

    // --- Power ---------------------------------------------------------------------------------------

    @Test
    void aMemberFarStrongerThanTheRestAnchorsTheGrouping() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(coreOfCapability("core", "AAA", HIGH),
                      coreOfCapability("outside-power", "XXX", HIGH));

        assertFinding(given.onlyFindingOf(CORE_CAPABILITY), "power", points("core.capability.high"), "core");
    }

    @Test
    void aCoreOfLowCapabilityAnchorsLittle() {
        Given given = members("AAA", "BBB").fact(coreOfCapability("core", "BBB", LOW));

        assertFinding(given.onlyFindingOf(CORE_CAPABILITY), "power", points("core.capability.low"), "core");
    }

    @Test
    void aCoreCarryingAtLeastTheThresholdShareOfCostsShowsItWantsTheCommunity() {
        double threshold = points("core.cost-share.threshold");
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(coreCarryingCosts("pays-threshold", "AAA", threshold),
                      coreCarryingCosts("pays-less", "BBB", threshold - 0.01),
                      coreCarryingCosts("outsider-pays", "XXX", 0.9));

        assertFinding(given.onlyFindingOf(CORE_COSTS), "power", points("core.cost-bearing"), "pays-threshold");
    }

    @Test
    void membersSeeingTheCoreAsABenevolentHegemonAddToPowerByTheirShare() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(coreSeenAs("benevolent", "AAA", BENEVOLENT, "AAA", "BBB", "CCC"),
                      coreSeenAs("outsiders-view", "AAA", MENACING, "XXX"));

        assertFinding(given.onlyFindingOf(CORE_SEEN_AS), "power", points("core.seen-as.benevolent"), "benevolent");
    }

    @Test
    void aCoreSeenAsMenacingRepels() {
        Given given = members("AAA", "BBB", "CCC", "DDD")
                .fact(coreSeenAs("menacing", "AAA", MENACING, "BBB", "CCC", "DDD"),
                      coreOfCapability("core", "AAA", HIGH));

        Given alone = members("AAA", "BBB", "CCC", "DDD").fact(coreOfCapability("core", "AAA", HIGH));
        assertThat(given.onlyFindingOf(CORE_SEEN_AS).points()).isNegative();
        assertThat(given.score("power")).isLessThan(alone.score("power"));
    }

    @Test
    void everyOtherMemberSeeingTheCoreAsBenevolentCountsInFull() {
        Given given = members("AAA", "BBB", "CCC").fact(coreSeenAs("benevolent", "AAA", BENEVOLENT, "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(CORE_SEEN_AS), "power", points("core.seen-as.benevolent"), "benevolent");
    }

    @Test
    void anOutsiderSeenAsAHegemonIsNotTheGroupingsCore() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(coreSeenAs("outside-hegemon", "XXX", MENACING, "AAA", "BBB", "CCC"));

        assertThat(given.findingsOf(CORE_SEEN_AS)).isEmpty();
    }

    // --- Knowledge -----------------------------------------------------------------------------------

    @Test
    void aValueSharedByMembersMakesTheirChoicesCompatibleByTheirShare() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(sharedValue("sovereignty", "AAA", "BBB"),
                      sharedValue("outsiders-value", "XXX"),
                      divergentValue("divergence", "AAA", "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(SHARED_VALUE), "knowledge", points("value.shared") * 2 / 3, "sovereignty");
    }

    @Test
    void aDivergenceOfValuesAmongMembersMakesTheirChoicesLessCompatible() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(divergentValue("regime-type", "AAA", "BBB", "CCC"),
                      divergentValue("outsiders-divergence", "XXX"),
                      sharedValue("market-economy", "AAA", "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(DIVERGENT_VALUE), "knowledge", points("value.divergent"), "regime-type");
        assertThat(given.onlyFindingOf(DIVERGENT_VALUE).points()).isNegative();
    }

    @Test
    void aDifferenceOfPolicyCostsLessThanADivergenceOfValues() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(divergentPolicy("alignment", "all"),
                      divergentValue("regime-type", "all"),
                      divergentPolicy("outsiders-alignment", "XXX"));

        assertFinding(given.onlyFindingOf(DIVERGENT_POLICY), "knowledge", points("value.divergent.policy"), "alignment");
        assertFinding(given.onlyFindingOf(DIVERGENT_VALUE), "knowledge", points("value.divergent"), "regime-type");
        assertThat(Math.abs(given.onlyFindingOf(DIVERGENT_POLICY).points()))
                .isLessThan(Math.abs(given.onlyFindingOf(DIVERGENT_VALUE).points()));
    }

    // --- Transactions ----------------------------------------------------------------------------------

    @Test
    void denseFlowsAmongMembersBindThemByTheShareOfMembersTheyJoin() {
        Given given = members("AAA", "BBB", "CCC", "DDD").outsider("XXX")
                .fact(flow("trade", HIGH, "AAA", "BBB", "XXX"),
                      flow("trade-with-outsider", HIGH, "AAA", "XXX"),
                      inheritedFlow("old-trade", HIGH, "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(FLOWS), "transactions", points("transaction.high") / 2, "trade");
    }

    @Test
    void inheritedFlowsBindMembersAtTheLegacyDiscount() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(inheritedFlow("lingua-franca", MEDIUM, "AAA", "BBB", "CCC"),
                      inheritedFlow("outsider-language", MEDIUM, "AAA", "XXX"),
                      flow("new-trade", MEDIUM, "AAA", "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(INHERITED_FLOWS), "transactions",
                points("transaction.medium") * points("legacy.discount"), "lingua-franca");
    }

    // --- Organisations and institutions -------------------------------------------------------------

    @Test
    void anOperatingBodyGivesMembersAMeansToActTogether() {
        Given given = members("AAA", "BBB")
                .fact(institution("rapid-force", RAPID_REACTION, OPERATING),
                      institution("hampered-force", RAPID_REACTION, IMPEDED));

        assertFinding(given.onlyFindingOf(OPERATING_BODY), "institutions", points("institution.operating"), "rapid-force");
    }

    @Test
    void anImpededBodyCountsForLessThanOneThatWorks() {
        Given given = members("AAA", "BBB")
                .fact(institution("hampered-force", PEACEKEEPING, IMPEDED),
                      institution("missing-force", PEACEKEEPING, LACKING));

        assertFinding(given.onlyFindingOf(IMPEDED_BODY), "institutions", points("institution.impeded"), "hampered-force");
        assertThat(points("institution.impeded")).isLessThan(points("institution.operating"));
    }

    @Test
    void lackingAProcedureToSettleDisputesIsAGapAtTheHeart() {
        Given given = members("AAA", "BBB")
                .fact(institution("no-court", DISPUTE_SETTLEMENT, LACKING),
                      institution("no-force", PEACEKEEPING, LACKING),
                      institution("court", DISPUTE_SETTLEMENT, IMPEDED));

        assertFinding(given.onlyFindingOf(NO_DISPUTE_SETTLEMENT), "institutions",
                points("institution.lacking.dispute-settlement"), "no-court");
    }

    @Test
    void lackingAnyOtherBodyMembersNeedLowersInstitutions() {
        Given given = members("AAA", "BBB")
                .fact(institution("no-force", PEACEKEEPING, LACKING),
                      institution("no-court", DISPUTE_SETTLEMENT, LACKING));

        assertFinding(given.onlyFindingOf(LACKING_BODY), "institutions", points("institution.lacking"), "no-force");
    }

    @Test
    void actingWhenACrisisInAMemberCallsForItProvesTheInstitutions() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(crisis("uprising", "AAA", ACTED),
                      crisis("outsider-war", "XXX", ACTED),
                      crisis("ignored", "BBB", FAILED));

        assertFinding(given.onlyFindingOf(GROUPING_ACTED), "institutions", points("crisis.acted"), "uprising");
    }

    @Test
    void actingOnlyInPartProvesLittle() {
        Given given = members("AAA", "BBB").fact(requestForHelp("border-clash", "BBB", PARTIAL));

        assertFinding(given.onlyFindingOf(GROUPING_ACTED), "institutions", points("crisis.partial"), "border-clash");
        assertThat(given.findingsOf(DECLINED_REQUEST)).isEmpty();
    }

    @Test
    void decliningAMembersRequestForHelpIsTheSharpestFailure() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(requestForHelp("asked", "AAA", DECLINED),
                      crisis("unasked", "AAA", DECLINED),
                      requestForHelp("outsider-asked", "XXX", DECLINED));

        assertFinding(given.onlyFindingOf(DECLINED_REQUEST), "institutions", points("crisis.declined-request"), "asked");
    }

    @Test
    void failingAMemberThatAskedCountsAsDecliningItsRequest() {
        Given given = members("AAA", "BBB").fact(requestForHelp("asked", "BBB", FAILED));

        assertFinding(given.onlyFindingOf(DECLINED_REQUEST), "institutions", points("crisis.declined-request"), "asked");
        assertThat(given.findingsOf(STOOD_BY)).isEmpty();
    }

    @Test
    void standingByInACrisisInAMemberUnaskedIsAFailure() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(crisis("unasked", "BBB", FAILED),
                      requestForHelp("asked", "BBB", FAILED),
                      crisis("outsider-crisis", "XXX", FAILED));

        assertFinding(given.onlyFindingOf(STOOD_BY), "institutions", points("crisis.failed"), "unasked");
    }

    // --- Social learning -----------------------------------------------------------------------------

    @Test
    void markersOfSocialLearningCountByTheShareOfMembersWhoShareThem() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(learning("joint-academy", HIGH, "AAA", "BBB"),
                      learning("outsiders-academy", HIGH, "XXX"),
                      inheritedLearning("old-history", HIGH, "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(LEARNING), "social-learning", points("learning.high") * 2 / 3, "joint-academy");
    }

    @Test
    void inheritedSocialLearningCountsAtTheLegacyDiscount() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(inheritedLearning("victory-day", LOW, "AAA", "BBB", "CCC"),
                      inheritedLearning("outsiders-history", LOW, "XXX"),
                      learning("new-commemoration", LOW, "AAA", "BBB", "CCC"));

        assertFinding(given.onlyFindingOf(INHERITED_LEARNING), "social-learning",
                points("learning.low") * points("legacy.discount"), "victory-day");
    }
}
