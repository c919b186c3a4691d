package org.seccom.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seccom.engine.RuleHarness.actTowards;
import static org.seccom.engine.RuleHarness.by;
import static org.seccom.engine.RuleHarness.flow;
import static org.seccom.engine.RuleHarness.identity;
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
}
