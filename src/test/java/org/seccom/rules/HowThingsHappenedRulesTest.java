package org.seccom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seccom.engine.RuleHarness.act;
import static org.seccom.engine.RuleHarness.actTowards;
import static org.seccom.engine.RuleHarness.assertFinding;
import static org.seccom.engine.RuleHarness.by;
import static org.seccom.engine.RuleHarness.disputeWithSides;
import static org.seccom.engine.RuleHarness.during;
import static org.seccom.engine.RuleHarness.indicator;
import static org.seccom.engine.RuleHarness.internalConflict;
import static org.seccom.engine.RuleHarness.intervention;
import static org.seccom.engine.RuleHarness.members;
import static org.seccom.engine.RuleHarness.membership;
import static org.seccom.engine.RuleHarness.militarisedDispute;
import static org.seccom.engine.RuleHarness.operatingBody;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.settledBy;
import static org.seccom.engine.RuleHarness.shock;
import static org.seccom.engine.RuleHarness.threat;
import static org.seccom.engine.RuleHarness.withConfidence;
import static org.seccom.model.Hostility.DISPLAY;
import static org.seccom.model.Hostility.USE;
import static org.seccom.model.Hostility.WAR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seccom.engine.RuleHarness.Given;
import org.seccom.model.Assessment;
import org.seccom.model.Basis;
import org.seccom.model.CoreState;
import org.seccom.model.FlowType;
import org.seccom.model.IndicatorStatus;
import org.seccom.model.Institution;
import org.seccom.model.InstitutionFunction;
import org.seccom.model.InstitutionStatus;
import org.seccom.model.Interpretation;
import org.seccom.model.Learning;
import org.seccom.model.LearningMarker;
import org.seccom.model.Level;
import org.seccom.model.MatureIndicator;
import org.seccom.model.MembershipStatus;
import org.seccom.model.Settlement;
import org.seccom.model.SharedValue;
import org.seccom.model.Signal;
import org.seccom.model.TrustSignal;
import org.seccom.model.SourceRef;
import org.seccom.model.Stance;
import org.seccom.model.Threat;
import org.seccom.model.ThreatScope;
import org.seccom.model.Transaction;
import org.seccom.model.Trend;

/**
 * The vocabulary that says how things happened: how a dispute ended, force with several parties,
 * armed conflict inside a member, negative evidence for every factor, several targets, imposed
 * basing, cores and values that are imposed, frozen membership, and past events that still bear.
 * Each test gives a fact that must match and one that must not.
 */
class HowThingsHappenedRulesTest {
    static final String FORCE = "Force between members erodes mutual trust";
    static final String SHORT_OF_FORCE = "A militarised dispute between members short of force strains mutual trust";
    static final String SETTLED = "Members settled a dispute between them peacefully";
    static final String LAPSED = "A dispute between members lapsed without settlement";
    static final String INTERNAL = "Armed conflict inside a member makes peaceful change less dependable";
    static final String BACKS_REBELS = "Members back the armed opponents of a member's government";
    static final String CRITICISM = "Members publicly criticise another member's act";
    static final String IMPOSED_BASING = "Members station forces on a member against its will";
    static final String INVITED_BASING = "Members exercise together or host each other's forces";
    static final String WAR_PLANNING = "Members fortify their borders or plan for war against each other";
    static final String FROZEN = "A member freezes its participation";
    static final String SUSPENDED = "The others suspend a member";
    static final String SHOCK = "A shock or standing condition pushes members to orient towards each other";
    static final String COMMON_THREAT = "A threat perceived in common draws members together";
    static final String NOT_SHARED = "Members do not perceive a threat in common";
    static final String SHARED_READING = "A new reading of social reality shared by members orients them towards each other";
    static final String IMPOSED_READING = "A reading imposed on members does not orient them towards each other";
    static final String DIVISIVE_READING = "A reading of social reality divides members";
    static final String NO_CORE = "No member stands out as a core state";
    static final String COERCIVE_CORE = "The core state coerces other members into line";
    static final String SHARED_VALUE = "Members share a value relevant to political decisions";
    static final String IMPOSED_VALUE = "Members profess a value imposed on them rather than share it";
    static final String FLOW = "Dense flows among members bind them together";
    static final String SHRINKING = "A flow among members is shrinking";
    static final String BARRIER = "Members raise barriers to flows between them";
    static final String REVERSED = "Social learning among members stopped or was reversed";
    static final String FAILING_BODY = "A body exists on paper only, or is bypassed, paralysed or collapsed";
    static final String LOOSE = "An indicator of a loosely coupled mature community";

    private static Basis basis(String id) {
        return new Basis(id, "test claim " + id, SourceRef.of("test"), 1.0, null, null, null, null);
    }

    // --- How a dispute ended ------------------------------------------------------------------

    @Test
    void onlyAPeacefulSettlementEarnsTrust() {
        Given given = members("AAA", "BBB")
                .fact(settledBy("treaty", Settlement.AGREEMENT, null, "AAA", "BBB"),
                      settledBy("court", Settlement.ADJUDICATION, null, "AAA", "BBB"),
                      settledBy("crushed", Settlement.IMPOSED_BY_FORCE, USE, "AAA", "BBB"),
                      settledBy("ultimatum", Settlement.IMPOSED_BY_THREAT, DISPLAY, "AAA", "BBB"));

        assertThat(given.factsCitedBy(SETTLED)).containsExactlyInAnyOrder("treaty", "court");
    }

    @Test
    void aSettlementImposedByForceCountsAsForceUsedAndRulesOutMaturity() {
        Given given = members("AAA", "BBB")
                .fact(settledBy("crushed", Settlement.IMPOSED_BY_FORCE, WAR, "AAA", "BBB"),
                      settledBy("treaty", Settlement.AGREEMENT, WAR, "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(FORCE), "mutual-trust", points("trust.force.war"), "crushed");

        Assessment mature = PhaseAndVerdictRulesTest.verdictOf(PhaseAndVerdictRulesTest.matureTightlyCoupled());
        Assessment crushed = PhaseAndVerdictRulesTest.verdictOf(PhaseAndVerdictRulesTest.matureTightlyCoupled()
                .fact(settledBy("crushed", Settlement.IMPOSED_BY_FORCE, WAR, "AAA", "BBB")));
        Assessment agreed = PhaseAndVerdictRulesTest.verdictOf(PhaseAndVerdictRulesTest.matureTightlyCoupled()
                .fact(settledBy("treaty", Settlement.AGREEMENT, WAR, "AAA", "BBB")));
        assertThat(mature.phase().value()).isEqualTo("mature-tightly-coupled");
        // A settlement imposed by war is large-scale force: trust is capped in the weak band (so the
        // grouping falls below the ascendant phase) and Deutsch's verdict is "not met".
        assertThat(crushed.phase().value()).isEqualTo("nascent");
        assertThat(crushed.deutsch().value()).isEqualTo("not met");
        assertThat(crushed.deutsch().reason()).contains("large-scale force between members").contains("crushed");
        assertThat(agreed.phase().value()).isEqualTo("mature-tightly-coupled");
    }

    @Test
    void aSettlementImposedUnderThreatStrainsTrustAtItsHostility() {
        Given given = members("AAA", "BBB")
                .fact(settledBy("ultimatum", Settlement.IMPOSED_BY_THREAT, DISPLAY, "AAA", "BBB"));

        assertFinding(given.onlyFindingOf(SHORT_OF_FORCE), "mutual-trust", points("trust.dispute.militarised.display"),
                "ultimatum");
        assertThat(given.findingsOf(FORCE)).isEmpty();
    }

    @Test
    void aDisputeLeftToLapseEarnsNoTrust() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(settledBy("faded", Settlement.LAPSE, null, "AAA", "BBB"),
                      settledBy("faded-with-outsider", Settlement.LAPSE, null, "AAA", "XXX"));

        assertFinding(given.onlyFindingOf(LAPSED), "mutual-trust", points("trust.dispute.lapsed"), "faded");
        assertThat(given.findingsOf(SETTLED)).isEmpty();
    }

    // --- Force with several parties, and inside a member -----------------------------------------

    @Test
    void fiveStatesInvadingASixthIsOneFindingNotFive() {
        Given given = members("AAA", "BBB", "CCC", "DDD", "EEE", "FFF").outsider("XXX")
                .fact(intervention("invasion", USE, by("AAA", "BBB", "CCC", "DDD", "EEE"), "FFF"),
                      intervention("outsiders-invade", USE, by("XXX"), "FFF"));

        assertFinding(given.onlyFindingOf(FORCE), "mutual-trust", points("trust.force.use"), "invasion");
        assertThat(given.assess().deutsch().value()).isNotEqualTo("met");
    }

    @Test
    void aDisputeWithSeveralPartiesIsOneDisputeBetweenMembersOnDifferentSides() {
        Given given = members("AAA", "BBB", "CCC").outsider("XXX")
                .fact(disputeWithSides("triple", WAR, List.of(List.of("AAA", "BBB"), List.of("CCC"))),
                      disputeWithSides("allies-vs-outsider", WAR, List.of(List.of("AAA", "BBB"), List.of("XXX"))));

        assertFinding(given.onlyFindingOf(FORCE), "mutual-trust", points("trust.force.war"), "triple");
    }

    @Test
    void aWarInsideAMemberCostsTrustAndBackingItsRebelsCostsMore() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(internalConflict("civil-war", WAR, "AAA", "BBB"),
                      internalConflict("war-next-door", WAR, "XXX", "BBB"));

        assertFinding(given.onlyFindingOf(INTERNAL), "mutual-trust", points("trust.internal-conflict.war"), "civil-war");
        assertFinding(given.onlyFindingOf(BACKS_REBELS), "mutual-trust", points("trust.backs-armed-opposition"), "civil-war");
    }

    // --- Directed acts ---------------------------------------------------------------------------

    @Test
    void oneActTowardsSeveralMembersIsOneFinding() {
        Given given = members("AAA", "BBB", "CCC")
                .fact(actTowards("joint-rebuke", by("AAA"), Signal.CRITICISM, "BBB", "CCC"),
                      actTowards("rebuke-of-outsiders", by("AAA"), Signal.CRITICISM, "XXX"));

        assertFinding(given.onlyFindingOf(CRITICISM), "mutual-trust", points("trust.criticism"), "joint-rebuke");
        assertThat(given.onlyFindingOf(CRITICISM).text()).contains("BBB and CCC");
    }

    @Test
    void forcesStationedAgainstTheHostsWillCostTrustWhereInvitedBasingEarnsIt() {
        Given given = members("AAA", "BBB")
                .fact(act("garrison", by("AAA"), Signal.IMPOSED_BASING, "BBB"),
                      act("invited", by("BBB"), Signal.MILITARY_BASING, "AAA"));

        assertFinding(given.onlyFindingOf(IMPOSED_BASING), "mutual-trust", points("trust.imposed-basing"), "garrison");
        assertFinding(given.onlyFindingOf(INVITED_BASING), "mutual-trust", points("trust.military-basing"), "invited");
    }

    @Test
    void aFindingCitesEverySourceOfItsFactWithItsLocator() {
        Basis twoSources = new Basis("garrison", "test claim garrison",
                List.of(new SourceRef("treaty", null, null, "4", null, null, null), SourceRef.of("history")), 1.0, null, null, null, null);
        Given given = members("AAA", "BBB")
                .fact(new TrustSignal(twoSources, Signal.IMPOSED_BASING, List.of("AAA"), List.of("BBB"), null));

        assertThat(given.onlyFindingOf(IMPOSED_BASING).sources()).containsExactly("treaty art. 4", "history");
    }

    // --- Negative evidence, factor by factor -------------------------------------------------------

    @Test
    void aThreatTheHoldersDoNotPerceiveWeighsAgainstExternalThreats() {
        Given given = members("AAA", "BBB")
                .fact(new Threat(basis("no-common-threat"), "any common threat", ThreatScope.EXTERNAL, List.of("AAA", "BBB"),
                              Level.HIGH, List.of(), Stance.NEGATIVE),
                      threat("terror", Level.HIGH, List.of("AAA", "BBB")));

        assertFinding(given.onlyFindingOf(NOT_SHARED), "external-threats", points("threat.not-shared"), "no-common-threat");
        assertFinding(given.onlyFindingOf(COMMON_THREAT), "external-threats", points("threat.high"), "terror");
    }

    @Test
    void aReadingImposedOrDivisiveWeighsAgainstNewInterpretations() {
        Given given = members("AAA", "BBB")
                .fact(new Interpretation(basis("imposed"), List.of("BBB"), Level.HIGH, null, List.of("AAA")),
                      new Interpretation(basis("divisive"), List.of("AAA"), Level.HIGH, Stance.NEGATIVE, null),
                      new Interpretation(basis("shared"), List.of("AAA", "BBB"), Level.HIGH));

        assertFinding(given.onlyFindingOf(IMPOSED_READING), "new-interpretations", points("interpretation.imposed") / 2, "imposed");
        assertFinding(given.onlyFindingOf(DIVISIVE_READING), "new-interpretations", points("interpretation.divisive") / 2, "divisive");
        assertFinding(given.onlyFindingOf(SHARED_READING), "new-interpretations", points("interpretation.high"), "shared");
    }

    @Test
    void noCoreOrACoerciveCoreWeighsAgainstPower() {
        Given given = members("AAA", "BBB", "CCC")
                .fact(new CoreState(basis("leaderless"), CoreState.NONE, null, null, null, null, null),
                      new CoreState(basis("bully"), "AAA", null, null, null, null, List.of("BBB")),
                      new CoreState(basis("outsider-bully"), "XXX", null, null, null, null, List.of("BBB")));

        assertFinding(given.onlyFindingOf(NO_CORE), "power", points("core.none"), "leaderless");
        assertFinding(given.onlyFindingOf(COERCIVE_CORE), "power", points("core.coercive") / 2, "bully");
    }

    @Test
    void aValueProfessedUnderImpositionIsNotShared() {
        Given given = members("AAA", "BBB")
                .fact(new SharedValue(basis("imposed-doctrine"), "doctrine", List.of("AAA", "BBB"), null, null, null, List.of("AAA")),
                      new SharedValue(basis("sovereignty"), "sovereignty", List.of("AAA", "BBB"), null, null, null, null));

        assertFinding(given.onlyFindingOf(IMPOSED_VALUE), "knowledge", points("value.imposed"), "imposed-doctrine");
        assertFinding(given.onlyFindingOf(SHARED_VALUE), "knowledge", points("value.shared"), "sovereignty");
    }

    @Test
    void aShrinkingFlowAndABarrierBetweenMembersWeighAgainstTransactions() {
        Given given = members("AAA", "BBB").outsider("XXX")
                .fact(new Transaction(basis("trade"), FlowType.TRADE, List.of("AAA", "BBB"), Level.HIGH, false, Trend.SHRINKING, null),
                      new Transaction(basis("embargo"), FlowType.ARMS, List.of("AAA", "BBB"), Level.HIGH, false, null, Stance.NEGATIVE),
                      new Transaction(basis("embargo-of-outsider"), FlowType.ARMS, List.of("AAA", "XXX"), Level.HIGH, false, null, Stance.NEGATIVE));

        assertFinding(given.onlyFindingOf(FLOW), "transactions", points("transaction.high"), "trade");
        assertFinding(given.onlyFindingOf(SHRINKING), "transactions", points("transaction.shrinking"), "trade");
        assertFinding(given.onlyFindingOf(BARRIER), "transactions", points("transaction.barrier"), "embargo");
    }

    @Test
    void learningStoppedOrReversedWeighsAgainstSocialLearning() {
        Given given = members("AAA", "BBB")
                .fact(new Learning(basis("exchanges-ended"), LearningMarker.ELITE_SOCIALISATION, List.of("AAA"), Level.MEDIUM, false, Stance.NEGATIVE));

        assertFinding(given.onlyFindingOf(REVERSED), "social-learning", points("learning.reversed") / 2, "exchanges-ended");
    }

    @ParameterizedTest
    @EnumSource(value = InstitutionStatus.class, names = {"UNUSED", "BYPASSED", "PARALYSED", "COLLAPSED"})
    void aBodyOnPaperOrOneThatFailsWeighsAgainstInstitutions(InstitutionStatus status) {
        Given given = members("AAA", "BBB")
                .fact(new Institution(basis("body"), "body", InstitutionFunction.COLLECTIVE_DEFENCE, status, null),
                      operatingBody("working"));

        assertFinding(given.onlyFindingOf(FAILING_BODY), "institutions", points("institution." + status), "body");
        assertThat(points("institution." + status)).isNegative();
    }

    @Test
    void aContradictedIndicatorCountsAgainstWhereAnAbsentOneCountsForNothing() {
        Given given = members("AAA", "BBB")
                .fact(indicator("fortified", MatureIndicator.UNFORTIFIED_BORDERS, IndicatorStatus.CONTRADICTED),
                      indicator("not-seen", MatureIndicator.MULTILATERALISM, IndicatorStatus.ABSENT));

        assertFinding(given.onlyFindingOf(LOOSE), "loosely-coupled", points("indicator.loose.contradicted"), "fortified");
        assertFinding(given.onlyFindingOf(WAR_PLANNING), "mutual-trust", points("trust.war-planning"), "fortified");
    }

    // --- Membership with its history -----------------------------------------------------------------

    @Test
    void aFrozenParticipationWeighsAgainstIdentityAndASuspensionAgainstTrust() {
        Given given = members("AAA", "BBB", "CCC", "DDD").outsider("XXX")
                .fact(membership("freeze", "AAA", MembershipStatus.FROZEN),
                      membership("suspension", "BBB", MembershipStatus.SUSPENDED));

        assertFinding(given.onlyFindingOf(FROZEN), "collective-identity", points("membership.frozen") / 4, "freeze");
        assertFinding(given.onlyFindingOf(SUSPENDED), "mutual-trust", points("membership.suspended") / 4, "suspension");
    }

    // --- Past events that still bear ------------------------------------------------------------------

    @Test
    void aShockThatEndedStillBearsWithAWeightThatHalvesEachHalfLife() {
        double half = points("past.precipitant.half-life");
        LocalDate day = LocalDate.of(2020, 1, 1); // the harness assesses on this day
        Given given = members("AAA", "BBB")
                .fact(during(null, day.minusDays(Math.round(half * 365.25)), shock("collapse", Level.HIGH, "AAA", "BBB")),
                      during(day.plusDays(1), null, shock("not-yet", Level.HIGH, "AAA", "BBB")));

        assertFinding(given.onlyFindingOf(SHOCK), "material-change", points("shock.high") / 2, "collapse");
        assertThat(given.onlyFindingOf(SHOCK).text()).contains("ended " + Math.round(half) + " years before");
    }

    @Test
    void aPastWarBetweenMembersStillWeighsOnTrustAndWithinTheWindowRulesOutMaturity() {
        double half = points("past.force.half-life");
        LocalDate day = LocalDate.of(2020, 1, 1);
        Given recent = PhaseAndVerdictRulesTest.matureTightlyCoupled()
                .fact(during(null, day.minusDays(Math.round(half * 365.25)), militarisedDispute("old-war", WAR, "AAA", "BBB")));
        Given ancient = PhaseAndVerdictRulesTest.matureTightlyCoupled()
                .fact(during(null, day.minusDays(Math.round((points("force.window.years") + 1) * 365.25)),
                        militarisedDispute("ancient-war", WAR, "AAA", "BBB")));

        assertFinding(recent.onlyFindingOf(FORCE), "mutual-trust", points("trust.force.war") / 2, "old-war");
        assertThat(recent.assess().phase().value()).isEqualTo("nascent");
        assertThat(recent.assess().deutsch().value()).isEqualTo("not met");
        assertThat(recent.assess().deutsch().reason()).contains("large-scale force between members").contains("old-war");
        assertThat(ancient.onlyFindingOf(FORCE).points()).isNegative()
                .isGreaterThan(recent.onlyFindingOf(FORCE).points());
        assertThat(ancient.assess().phase().value()).isEqualTo("mature-tightly-coupled");
        assertThat(ancient.assess().deutsch().value()).isEqualTo("met");
    }

    @Test
    void aContestedInterventionWeighsByItsConfidence() {
        Given given = members("AAA", "BBB")
                .fact(withConfidence(0.5, intervention("alleged", USE, by("AAA"), "BBB")));

        assertFinding(given.onlyFindingOf(FORCE), "mutual-trust", points("trust.force.use") / 2, "alleged");
    }

    @Test
    void everyNewFindingIsPricedByTheProfile() {
        Assessment a = members("AAA", "BBB")
                .fact(intervention("invasion", WAR, by("AAA"), "BBB"), membership("freeze", "AAA", MembershipStatus.FROZEN))
                .assess();
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.points()).isNotZero());
    }
}
