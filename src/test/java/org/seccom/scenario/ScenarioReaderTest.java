package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seccom.model.Basis;
import org.seccom.model.Dispute;
import org.seccom.model.Fact;
import org.seccom.model.Identity;
import org.seccom.model.Institution;
import org.seccom.model.Scenario;
import org.seccom.model.SourceRef;
import org.seccom.model.Stance;
import org.seccom.model.Threat;

/** What the reader makes of valid scenarios: shorthands, defaults and the days a fact holds. */
class ScenarioReaderTest {

    /** A valid scenario with two members, one outsider and the facts given (indented as list items). */
    private static Scenario withFacts(String facts) {
        String text = """
                scenario: Test
                grouping: Test Alliance
                asOf: 2017-10-19
                sources:
                  src1: "A. Author, A Book, 2017."
                members:
                  - {code: ARM, name: Armenia}
                  - {code: KAZ, name: Kazakhstan}
                  - {code: RUS, name: Russia}
                outsiders:
                  - {code: AZE, name: Azerbaijan}
                facts:
                """ + facts;
        return new ScenarioReader().read(text, "test.yaml");
    }

    private static Fact fact(Scenario scenario, String id) {
        return scenario.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCstoScenarioReadsWithAllItsFacts() {
        Scenario csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));

        assertThat(csto.facts()).hasSizeGreaterThan(40);
        assertThat(csto.members()).hasSize(6);
    }

    @Test
    void yesAndNoAreReadAsYamlBooleansWhileNoAsAStateCodeStaysText() {
        Scenario scenario = withFacts("""
                  - {id: armed, kind: dispute, claim: They clash., parties: [ARM, AZE], issue: border,
                     militarised: yes, status: ongoing, source: src1}
                  - {id: unarmed, kind: dispute, claim: They argue., parties: [KAZ, RUS], issue: oil,
                     militarised: no, status: ongoing, source: src1}
                """);

        assertThat(((Dispute) fact(scenario, "armed")).militarised()).isTrue();
        assertThat(((Dispute) fact(scenario, "unarmed")).militarised()).isFalse();
    }

    @Test
    void allInHoldersStandsForEveryMember() {
        Scenario scenario = withFacts("""
                  - {id: everyone, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: src1}
                  - {id: armenia-only, kind: threat, claim: Armenia fears it., threat: Azerbaijan, scope: external,
                     holders: [ARM], salience: high, source: src1}
                """);

        assertThat(((Threat) fact(scenario, "everyone")).holders()).containsExactly("ARM", "KAZ", "RUS");
        assertThat(((Threat) fact(scenario, "armenia-only")).holders()).containsExactly("ARM");
    }

    @Test
    void aFactWithoutConfidenceIsTakenAsCertain() {
        Scenario scenario = withFacts("""
                  - {id: unsure, kind: threat, claim: Some fear it., threat: terrorism, scope: transnational,
                     holders: [ARM], salience: high, source: src1, confidence: 0.6}
                  - {id: sure, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: src1}
                """);

        assertThat(fact(scenario, "sure").confidence()).isEqualTo(1.0);
        assertThat(fact(scenario, "unsure").confidence()).isEqualTo(0.6);
    }

    @Test
    void aMarkerWithoutStanceSpeaksForTheCommunity() {
        Scenario scenario = withFacts("""
                  - {id: we, kind: identity, claim: They speak of a we., marker: we-feeling, holders: [all],
                     source: src1}
                  - {id: apart, kind: identity, claim: They keep apart., marker: we-feeling, holders: [KAZ],
                     stance: negative, source: src1}
                """);

        assertThat(((Identity) fact(scenario, "we")).stance()).isEqualTo(Stance.POSITIVE);
        assertThat(((Identity) fact(scenario, "apart")).stance()).isEqualTo(Stance.NEGATIVE);
    }

    @Test
    void anInstitutionWithoutParticipantsHasEveryMemberTakingPart() {
        Scenario scenario = withFacts("""
                  - {id: council, kind: institution, claim: A council meets., name: Council, purpose: consultation,
                     status: operating, source: src1}
                  - {id: force, kind: institution, claim: A force exists., name: Force, purpose: rapid-reaction,
                     status: operating, participants: [RUS, KAZ], source: src1}
                """);

        assertThat(((Institution) fact(scenario, "council")).participants()).containsExactly("ARM", "KAZ", "RUS");
        assertThat(((Institution) fact(scenario, "force")).participants()).containsExactly("RUS", "KAZ");
    }

    @Test
    void aSourceGivenAsABareKeyIsThatKeyWithoutFootnoteOrPage() {
        Scenario scenario = withFacts("""
                  - {id: bare, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: src1}
                  - {id: mapped, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: {key: src1}}
                  - {id: paged, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: {key: src1, page: 12}}
                """);

        assertThat(fact(scenario, "bare").source())
                .isEqualTo(SourceRef.of("src1"))
                .isEqualTo(fact(scenario, "mapped").source())
                .isNotEqualTo(fact(scenario, "paged").source());
    }

    @Test
    void aFactMayCiteSeveralSourcesWithArticleSectionParagraphOrClause() {
        Scenario scenario = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2017-10-19
                sources: {src1: "A. Author, A Book, 2017.", treaty: "Collective Security Treaty, 1992."}
                members: [{code: ARM, name: Armenia}, {code: RUS, name: Russia}]
                facts:
                  - {id: pledge, kind: institution, claim: An attack on one is an attack on all., name: Treaty,
                     purpose: collective-defence, status: operating,
                     source: [src1, {key: treaty, article: "4", paragraph: "1", clause: "b", section: "2"}]}
                """, "test.yaml");

        assertThat(fact(scenario, "pledge").sources()).extracting(SourceRef::cite)
                .containsExactly("src1", "treaty art. 4 sec. 2 para. 1 cl. b");
        assertThat(fact(scenario, "pledge").source()).isEqualTo(SourceRef.of("src1"));
    }

    @Test
    void aMemberThatLeftAndCameBackIsAMemberOnlyInItsSpells() {
        Scenario scenario = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2017-10-19
                sources: {src1: "A. Author, A Book, 2017."}
                members:
                  - {code: ARM, name: Armenia}
                  - code: UZB
                    name: Uzbekistan
                    spells:
                      - {joined: 1992-05-15, left: 1999-04-02, leftBecause: did not renew the treaty}
                      - {joined: 2006-08-16, left: 2012-12-19, leftBecause: withdrew}
                facts:
                  - {id: t, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: src1}
                """, "test.yaml");

        assertThat(scenario.membersOn(LocalDate.of(1995, 1, 1))).containsExactly("ARM", "UZB");
        assertThat(scenario.membersOn(LocalDate.of(2003, 1, 1))).containsExactly("ARM");
        assertThat(scenario.membersOn(LocalDate.of(2010, 1, 1))).containsExactly("ARM", "UZB");
        assertThat(scenario.membersOn(LocalDate.of(2017, 1, 1))).containsExactly("ARM");
    }

    @Test
    void aTrustSignalTakesOneTargetOrSeveral() {
        Scenario scenario = withFacts("""
                  - {id: one, kind: trust, claim: Russia criticises Armenia., signal: criticism, actors: [RUS],
                     target: ARM, source: src1}
                  - {id: two, kind: trust, claim: Russia criticises both., signal: criticism, actors: [RUS],
                     target: [ARM, KAZ], source: src1}
                """);

        assertThat(((org.seccom.model.TrustSignal) fact(scenario, "one")).target()).containsExactly("ARM");
        assertThat(((org.seccom.model.TrustSignal) fact(scenario, "two")).target()).containsExactly("ARM", "KAZ");
    }

    @Test
    void aDisputeWithSeveralPartiesKeepsItsSidesAndAPeacefulSettlementSaysHow() {
        Scenario scenario = withFacts("""
                  - {id: war, kind: dispute, claim: Three fought., parties: [ARM, KAZ, RUS], sides: [[ARM, KAZ], [RUS]],
                     issue: border, militarised: true, hostility: war, status: ongoing, source: src1}
                  - {id: treaty, kind: dispute, claim: They settled., parties: [ARM, RUS], issue: border,
                     militarised: false, status: settled, settledBy: arbitration, settledOn: 2001-02-03, source: src1}
                """);

        Dispute war = (Dispute) fact(scenario, "war");
        assertThat(war.opponentsOf("ARM")).containsExactly("RUS");
        assertThat(war.opponentsOf("RUS")).containsExactly("ARM", "KAZ");
        Dispute treaty = (Dispute) fact(scenario, "treaty");
        assertThat(treaty.settledPeacefully()).isTrue();
        assertThat(treaty.settledOn()).isEqualTo(LocalDate.of(2001, 2, 3));
    }

    @Test
    void aSingleCodeWhereAListIsExpectedIsAListOfOne() {
        Scenario scenario = withFacts("""
                  - {id: one, kind: threat, claim: Russia fears it., threat: terrorism, scope: transnational,
                     holders: RUS, salience: high, posedBy: AZE, source: src1}
                """);

        Threat threat = (Threat) fact(scenario, "one");
        assertThat(threat.holders()).containsExactly("RUS");
        assertThat(threat.posedBy()).containsExactly("AZE");
    }

    @Test
    void aFactHoldsFromItsFirstDayToItsLastDayInclusive() {
        Scenario scenario = withFacts("""
                  - {id: spell, kind: threat, claim: All feared it for a year., threat: terrorism,
                     scope: transnational, holders: [all], salience: high, source: src1,
                     from: 2010-01-01, until: 2010-12-31}
                """);
        Basis spell = fact(scenario, "spell").basis();

        assertThat(spell.holdsOn(LocalDate.of(2009, 12, 31))).as("the day before the first").isFalse();
        assertThat(spell.holdsOn(LocalDate.of(2010, 1, 1))).as("the first day").isTrue();
        assertThat(spell.holdsOn(LocalDate.of(2010, 12, 31))).as("the last day").isTrue();
        assertThat(spell.holdsOn(LocalDate.of(2011, 1, 1))).as("the day after the last").isFalse();
        assertThat(scenario.factsOn(LocalDate.of(2010, 12, 31))).extracting(Fact::id).containsExactly("spell");
        assertThat(scenario.factsOn(LocalDate.of(2011, 1, 1))).isEmpty();
    }

    @Test
    void aFactWithoutDaysHoldsOnAnyDay() {
        Scenario scenario = withFacts("""
                  - {id: always, kind: threat, claim: All fear it., threat: terrorism, scope: transnational,
                     holders: [all], salience: high, source: src1}
                """);

        assertThat(fact(scenario, "always").basis().holdsOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(fact(scenario, "always").basis().holdsOn(LocalDate.of(2100, 1, 1))).isTrue();
    }
}
