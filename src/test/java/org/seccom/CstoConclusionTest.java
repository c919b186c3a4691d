package org.seccom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.engine.RuleHarness;
import org.seccom.engine.Engine;
import org.seccom.model.Assessment;
import org.seccom.model.Blocker;
import org.seccom.model.Fact;
import org.seccom.model.Finding;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.scenario.ScenarioReader;

/**
 * The essay's conclusion on the CSTO (Bescotti 2017), reached by the default rules and profile from
 * the facts of scenarios/csto-2017.yaml, and moved by changing those facts.
 */
class CstoConclusionTest {
    private static Engine engine;
    private static Profile profile;
    private static Scenario csto;
    private static Assessment assessment;

    @BeforeAll
    static void assess() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
        csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
        assessment = engine.assess(csto, profile);
    }

    @Test
    void encodesWellOverFortyFactsEachCitingTheEssay() {
        assertThat(csto.facts()).hasSizeGreaterThan(40);
        assertThat(csto.facts()).allSatisfy(f -> assertThat(csto.sources()).containsKey(f.source().key()));
    }

    @Test
    void tierOneIsMetTierTwoPartialTierThreeWeak() {
        assertThat(assessment.bandOf("tier-1")).isEqualTo("met");
        assertThat(assessment.bandOf("tier-2")).isEqualTo("partial");
        assertThat(assessment.bandOf("tier-3")).isEqualTo("weak");
    }

    @Test
    void theCommunityIsNascentAndDeutschsConditionsArePartlyMet() {
        assertThat(assessment.phase().value()).isEqualTo("nascent");
        assertThat(assessment.deutsch().value()).isEqualTo("partly met");
    }

    @Test
    void mutualTrustAndCollectiveIdentityHoldItBelowAscendant() {
        assertThat(assessment.blockers()).extracting(Blocker::phase).containsOnly("ascendant");
        assertThat(assessment.blockers()).extracting(Blocker::subject)
                .contains("mutual-trust", "collective-identity");
    }

    @Test
    void findingsNameTheEssaysEvidenceAgainstTrust() {
        Set<String> facts = assessment.findings().stream().filter(f -> f.points() < 0)
                .flatMap(f -> f.facts().stream()).collect(Collectors.toSet());
        assertThat(facts).contains(
                "arms-rus-aze",                 // Russia arms Azerbaijan
                "nk-no-member-backs-armenia",   // no member backs Armenia on Nagorno-Karabakh
                "blr-criticises-crimea", "kaz-criticises-crimea",
                "dispute-kgz-tjk-ferghana",     // Ferghana valley clashes
                "crisis-kgz-2010");             // non-intervention in Kyrgyzstan, June 2010
    }

    @Test
    void balancingAndArmingAdversariesMakeTheVerdictHybrid() {
        assertThat(assessment.notes()).anySatisfy(n -> assertThat(n.topic()).isEqualTo("hybrid"));
    }

    @Test
    void removingTheNegativeTrustFactsRaisesTierThree() {
        Set<String> negativeTrustFacts = assessment.findings().stream()
                .filter(f -> f.factor().equals("mutual-trust") && f.points() < 0)
                .flatMap(f -> f.facts().stream())
                .filter(id -> !id.startsWith("dispute-arm-aze")) // the dispute with an outsider stays
                .collect(Collectors.toSet());
        assertThat(negativeTrustFacts).isNotEmpty();
        List<Fact> kept = csto.facts().stream().filter(f -> !negativeTrustFacts.contains(f.id())).toList();
        Scenario trusting = csto.withFacts(kept);

        Assessment after = engine.assess(trusting, profile);

        assertThat(after.score("mutual-trust")).isGreaterThan(assessment.score("mutual-trust"));
        assertThat(after.score("tier-3")).isGreaterThan(assessment.score("tier-3"));
        assertThat(after.findings()).extracting(Finding::facts).noneMatch(ids -> ids.contains("arms-rus-aze"));
    }
}
