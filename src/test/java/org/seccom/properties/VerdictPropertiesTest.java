package org.seccom.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seccom.engine.RuleHarness.actTowards;
import static org.seccom.engine.RuleHarness.by;
import static org.seccom.engine.RuleHarness.flow;
import static org.seccom.engine.RuleHarness.divergentValue;
import static org.seccom.engine.RuleHarness.identity;
import static org.seccom.engine.RuleHarness.indicator;
import static org.seccom.engine.RuleHarness.lackOfIdentity;
import static org.seccom.engine.RuleHarness.openDispute;
import static org.seccom.engine.RuleHarness.threat;
import static org.seccom.engine.RuleHarness.intervention;
import static org.seccom.engine.RuleHarness.militarisedDispute;
import static org.seccom.engine.RuleHarness.operatingBody;
import static org.seccom.engine.RuleHarness.points;
import static org.seccom.engine.RuleHarness.sharedValue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.seccom.engine.RuleHarness.Given;
import org.seccom.model.Assessment;
import org.seccom.model.Fact;
import org.seccom.model.Hostility;
import org.seccom.model.IdentityMarker;
import org.seccom.model.IndicatorStatus;
import org.seccom.model.MatureIndicator;
import org.seccom.model.Level;
import org.seccom.model.Signal;
import org.seccom.rules.PhaseAndVerdictRulesTest;

/**
 * Properties of the verdict over generated scenarios (jqwik): decisive evidence is decisive however
 * many other facts a file holds, and evidence moves scores only in its own direction.
 */
class VerdictPropertiesTest {

    static final List<String> MEMBERS = List.of("AAA", "BBB", "CCC");
    static final List<String> FACTORS = List.of("material-change", "new-interpretations", "external-threats", "power",
            "knowledge", "transactions", "institutions", "social-learning", "mutual-trust", "collective-identity");

    /** A friendly fact about members, other than the pair at war: support, flows, bodies, values, identity. */
    @Provide
    Arbitrary<Fact> friendlyFact() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<String> a = Arbitraries.of(MEMBERS);
        Arbitrary<String> b = Arbitraries.of(MEMBERS);
        return Combinators.combine(Arbitraries.integers().between(0, 4), n, a, b).as((kind, id, x, y) -> switch (kind) {
            case 0 -> x.equals(y) ? operatingBody("body-" + id) : actTowards("support-" + id, by(x), Signal.SUPPORT, y);
            case 1 -> flow("flow-" + id, Level.HIGH, x, y.equals(x) ? "CCC" : y);
            case 2 -> operatingBody("body-" + id);
            case 3 -> sharedValue("value-" + id, "all");
            default -> identity("we-" + id, IdentityMarker.WE_FEELING, "all");
        });
    }

    /** Up to 40 friendly facts with distinct ids. */
    @Provide
    Arbitrary<List<Fact>> friendlyFacts() {
        return friendlyFact().list().ofMaxSize(40).uniqueElements(Fact::id);
    }

    @Property(tries = 40)
    void aWarBetweenTwoMembersMakesDeutschNotMetHoweverManyFriendlyFactsTheFileHolds(
            @ForAll("friendlyFacts") List<Fact> others) {
        Given given = PhaseAndVerdictRulesTest.matureTightlyCoupled().facts(others)
                .fact(militarisedDispute("the-war", Hostility.WAR, "AAA", "BBB"));
        Assessment a = given.assess();

        assertThat(a.deutsch().value()).isEqualTo("not met");
        assertThat(a.deutsch().reason()).contains("large-scale force between members").contains("the-war");
        assertThat(a.score("mutual-trust")).isLessThanOrEqualTo(points("force.large-scale.trust-cap"));
        assertThat(a.score("tier-3")).isLessThanOrEqualTo(points("force.large-scale.trust-cap"));
        assertThat(a.phaseRank()).isLessThan(a.phases().indexOf("ascendant"));
    }

    @Property(tries = 40)
    void anInterventionIsDecisiveAndABorderSkirmishIsNot(@ForAll("friendlyFacts") List<Fact> others) {
        Given invaded = PhaseAndVerdictRulesTest.matureTightlyCoupled().facts(others)
                .fact(intervention("invasion", Hostility.USE, List.of("AAA"), "BBB"));
        Given skirmish = PhaseAndVerdictRulesTest.matureTightlyCoupled().facts(others)
                .fact(militarisedDispute("skirmish", Hostility.USE, "AAA", "BBB"));

        assertThat(invaded.assess().deutsch().value()).isEqualTo("not met");
        assertThat(skirmish.assess().deutsch().value()).isNotEqualTo("not met");
        assertThat(skirmish.assess().score("mutual-trust")).isGreaterThan(points("force.large-scale.trust-cap"));
    }

    @Property(tries = 60)
    void addingAFriendlyFactNeverLowersAFactorScore(@ForAll("friendlyFacts") List<Fact> base,
                                                    @ForAll("friendlyFact") Fact added) {
        Given before = PhaseAndVerdictRulesTest.nascent().facts(base);
        List<Fact> more = new ArrayList<>(base);
        more.add(added);
        Given after = PhaseAndVerdictRulesTest.nascent().facts(more);
        Assessment b = before.assess();
        Assessment c = after.assess();
        for (String factor : FACTORS) {
            if (!b.hasEvidence(factor)) continue;
            assertThat(c.score(factor)).as(factor).isGreaterThanOrEqualTo(b.score(factor));
        }
    }

    @Property(tries = 30)
    void aFactorWithNoEvidenceNeverLowersItsTier(@ForAll @IntRange(min = 1, max = 3) int bodies) {
        Given institutionsOnly = org.seccom.engine.RuleHarness.members(MEMBERS.toArray(String[]::new))
                .facts(org.seccom.engine.RuleHarness.times(bodies, i -> operatingBody("body-" + i)));
        Assessment a = institutionsOnly.assess();

        assertThat(a.hasEvidence("power")).isFalse();
        assertThat(a.score("tier-2")).isEqualTo(a.score("institutions"));
        assertThat(a.bandOf("power")).isEqualTo("no evidence");
    }

    /** A hostile fact between members: criticism, refusal, coercion, an open dispute, a divergent value, identity lacking. */
    @Provide
    Arbitrary<Fact> hostileFact() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<String> a = Arbitraries.of(MEMBERS);
        Arbitrary<String> b = Arbitraries.of(MEMBERS);
        return Combinators.combine(Arbitraries.integers().between(0, 5), n, a, b).as((kind, id, x, y) -> {
            String other = y.equals(x) ? (x.equals("AAA") ? "BBB" : "AAA") : y;
            return switch (kind) {
                case 0 -> actTowards("criticism-" + id, by(x), Signal.CRITICISM, other);
                case 1 -> actTowards("refusal-" + id, by(x), Signal.REFUSAL, other);
                case 2 -> actTowards("coercion-" + id, by(x), Signal.COERCION, other);
                case 3 -> openDispute("dispute-" + id, x, other);
                case 4 -> divergentValue("divergence-" + id, x, other);
                default -> lackOfIdentity("no-we-" + id, IdentityMarker.WE_FEELING, "all");
            };
        });
    }

    @Property(tries = 60)
    void addingAHostileFactNeverRaisesAFactorScore(@ForAll("friendlyFacts") List<Fact> base,
                                                   @ForAll("hostileFact") Fact added) {
        List<Fact> more = new ArrayList<>(base);
        more.add(added);
        Assessment b = PhaseAndVerdictRulesTest.nascent().facts(base).assess();
        Assessment c = PhaseAndVerdictRulesTest.nascent().facts(more).assess();
        for (String factor : FACTORS) {
            if (!b.hasEvidence(factor)) continue;
            assertThat(c.score(factor)).as(factor).isLessThanOrEqualTo(b.score(factor));
        }
    }

    /** Which factor each mature-phase indicator is an instance of (Adler and Barnett 1998, ch. 2). */
    static String instanceOf(MatureIndicator indicator) {
        return switch (indicator) {
            case UNFORTIFIED_BORDERS, NO_WORST_CASE_PLANNING -> "mutual-trust";
            case FREE_MOVEMENT -> "transactions";
            case COMMUNITY_DISCOURSE, MULTIPERSPECTIVAL_POLITY -> "collective-identity";
            case COMMON_THREAT_DEFINITION -> "external-threats";
            default -> "institutions";
        };
    }

    @Property(tries = 60)
    void aMatureIndicatorCountsOnceForTheFactorItIsAnInstanceOf(@ForAll("friendlyFacts") List<Fact> base,
                                                               @ForAll MatureIndicator which) {
        List<Fact> more = new ArrayList<>(base);
        more.add(indicator("the-indicator", which, IndicatorStatus.PRESENT));
        Assessment b = PhaseAndVerdictRulesTest.nascent().facts(base).assess();
        Assessment c = PhaseAndVerdictRulesTest.nascent().facts(more).assess();
        String factor = instanceOf(which);

        List<String> factorsFed = c.findings().stream().filter(f -> f.facts().contains("the-indicator"))
                .map(f -> f.factor()).sorted().toList();
        assertThat(factorsFed).as("the factors the indicator feeds").containsOnlyOnce(factor)
                .hasSize(2).anyMatch(f -> f.endsWith("-coupled"));
        assertThat(c.hasEvidence(factor)).isTrue();
        if (b.hasEvidence(factor)) assertThat(c.score(factor)).isGreaterThanOrEqualTo(b.score(factor));
    }

    @Property(tries = 20)
    void aDiscourseOfCommunityEnteredAsMarkerAndIndicatorCountsOnceForIdentity(@ForAll("friendlyFacts") List<Fact> base) {
        List<Fact> marker = new ArrayList<>(base);
        marker.add(identity("the-marker", IdentityMarker.COMMUNITY_DISCOURSE, "all"));
        List<Fact> both = new ArrayList<>(marker);
        both.add(indicator("the-indicator", MatureIndicator.COMMUNITY_DISCOURSE, IndicatorStatus.PRESENT));

        Assessment once = PhaseAndVerdictRulesTest.nascent().facts(marker).assess();
        Assessment twice = PhaseAndVerdictRulesTest.nascent().facts(both).assess();
        assertThat(twice.score("collective-identity")).isEqualTo(once.score("collective-identity"));
        assertThat(twice.score("loosely-coupled")).isGreaterThan(once.score("loosely-coupled"));
    }

    @Property(tries = 10)
    void oneStrongCertainFactReachesThePartialBandOnItsOwn(@ForAll @IntRange(min = 0, max = 2) int which) {
        Fact strong = switch (which) {
            case 0 -> threat("the-threat", Level.HIGH, List.of("all"));
            case 1 -> identity("the-marker", IdentityMarker.POOLED_SOVEREIGNTY, "all");
            default -> flow("the-flow", Level.HIGH, "all");
        };
        String factor = switch (which) { case 0 -> "external-threats"; case 1 -> "collective-identity"; default -> "transactions"; };
        Assessment a = org.seccom.engine.RuleHarness.members(MEMBERS.toArray(String[]::new)).fact(strong).assess();
        assertThat(a.bandOf(factor)).as(factor).isIn("partial", "met");
    }

    static final List<String> FOUR = List.of("AAA", "BBB", "CCC", "DDD");
    static final java.time.LocalDate DAY = java.time.LocalDate.of(2015, 6, 1);

    @Property(tries = 60)
    void anActWrittenAsOneFactOrAsItsPairwisePartsGivesTheSameVerdict(
            @ForAll("friendlyFacts") List<Fact> others,
            @ForAll("directedSignal") Signal signal,
            @ForAll @IntRange(min = 1, max = 3) int actors,
            @ForAll @IntRange(min = 0, max = 3) int targetIndex) {
        String target = FOUR.get(targetIndex);
        List<String> by = FOUR.stream().filter(m -> !m.equals(target)).limit(actors).toList();
        Fact whole = org.seccom.engine.RuleHarness.during(DAY, null, actTowards("the-act", by, signal, target));
        List<Fact> parts = new ArrayList<>();
        for (String actor : by) {
            parts.add(org.seccom.engine.RuleHarness.during(DAY, null, actTowards("part-" + actor, by(actor), signal, target)));
        }
        assertSameVerdict(others, List.of(whole), parts);
    }

    @Property(tries = 40)
    void aDisputeWrittenWithSidesOrAsItsPairwisePartsGivesTheSameVerdict(
            @ForAll("friendlyFacts") List<Fact> others,
            @ForAll("disputeHostility") Hostility hostility) {
        Fact whole = org.seccom.engine.RuleHarness.during(DAY, null, org.seccom.engine.RuleHarness.disputeOver("the-dispute",
                "the border", hostility, List.of(List.of("AAA", "BBB"), List.of("CCC"))));
        List<Fact> parts = List.of(
                org.seccom.engine.RuleHarness.during(DAY, null, org.seccom.engine.RuleHarness.disputeOver("part-a",
                        "the border", hostility, List.of(List.of("AAA"), List.of("CCC")))),
                org.seccom.engine.RuleHarness.during(DAY, null, org.seccom.engine.RuleHarness.disputeOver("part-b",
                        "the border", hostility, List.of(List.of("BBB"), List.of("CCC")))));
        assertSameVerdict(others, List.of(whole), parts);
    }

    @Provide
    Arbitrary<Signal> directedSignal() {
        return Arbitraries.of(Signal.SUPPORT, Signal.CRITICISM, Signal.REFUSAL, Signal.COERCION, Signal.WITHHELD_SUPPORT,
                Signal.JOINT_EXERCISE, Signal.IMPOSED_BASING, Signal.NON_RECOGNITION, Signal.INTERVENTION_DOCTRINE);
    }

    @Provide
    Arbitrary<Hostility> disputeHostility() {
        return Arbitraries.of(Hostility.THREAT, Hostility.DISPLAY, Hostility.USE, Hostility.WAR);
    }

    private static void assertSameVerdict(List<Fact> others, List<Fact> oneFact, List<Fact> pairwise) {
        List<Fact> a = new ArrayList<>(others);
        a.addAll(oneFact);
        List<Fact> b = new ArrayList<>(others);
        b.addAll(pairwise);
        Assessment one = org.seccom.engine.RuleHarness.members(FOUR.toArray(String[]::new)).facts(a).assess();
        Assessment parts = org.seccom.engine.RuleHarness.members(FOUR.toArray(String[]::new)).facts(b).assess();
        assertThat(parts.phase().value()).isEqualTo(one.phase().value());
        assertThat(parts.deutsch().value()).isEqualTo(one.deutsch().value());
        for (String factor : FACTORS) {
            assertThat(parts.hasEvidence(factor)).as(factor).isEqualTo(one.hasEvidence(factor));
            if (one.hasEvidence(factor)) assertThat(parts.score(factor)).as(factor).isEqualTo(one.score(factor));
        }
    }
}
