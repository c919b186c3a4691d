package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.model.Dyad;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.Subgroup;
import org.seccom.scenario.ScenarioReader;

/** Sub-groups on a small hand-made grouping whose answer is known, and on the CSTO. */
class SubgroupsTest {
    private static Engine engine;
    private static Profile profile;

    @BeforeAll
    static void load() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
    }

    /** A, B and C back each other and work multilaterally; D fights A and B. */
    private static final String FOUR = """
            scenario: Four
            grouping: Four states
            asOf: 2020-01-01
            sources: {s: "A. Author, A Book, 2020."}
            members: [{code: AAA, name: A}, {code: BBB, name: B}, {code: CCC, name: C}, {code: DDD, name: D}]
            groups: [{id: west, name: Western three, members: [AAA, BBB, CCC]}]
            facts:
              - {id: shock, kind: shock, claim: An empire fell., type: political, holders: [all], salience: high, source: s}
              - {id: council, kind: institution, claim: A council., name: Council, purpose: consultation, status: operating, source: s}
              - {id: ab, kind: trust, claim: A backs B., signal: support, actors: [AAA], target: BBB, source: s}
              - {id: bc, kind: trust, claim: B backs C., signal: support, actors: [BBB], target: CCC, source: s}
              - {id: ca, kind: trust, claim: C backs A., signal: support, actors: [CCC], target: AAA, source: s}
              - {id: da, kind: dispute, claim: D fights A., parties: [DDD, AAA], issue: border, militarised: true, status: ongoing, source: s}
              - {id: db, kind: dispute, claim: D fights B., parties: [DDD, BBB], issue: water, militarised: true, status: ongoing, source: s}
              - {id: multi, kind: indicator, claim: The three act together., indicator: multilateralism, status: present,
                 holders: [AAA, BBB, CCC], source: s}
            """;

    @Test
    void theDyadsAreTheTrustFindingsSplitOverThePairsTheyConcern() {
        Scenario four = new ScenarioReader().read(FOUR, "four.yaml");
        Subgroups.Result r = Subgroups.find(engine, profile, four, 5);

        assertThat(r.dyads()).extracting(d -> d.a() + "-" + d.b())
                .containsExactly("AAA-BBB", "AAA-CCC", "AAA-DDD", "BBB-CCC", "BBB-DDD");
        assertThat(r.dyads()).filteredOn(d -> d.involves("DDD")).allSatisfy(d -> assertThat(d.net()).isNegative());
        assertThat(r.dyads()).filteredOn(d -> !d.involves("DDD")).allSatisfy(d -> assertThat(d.net()).isPositive());
    }

    @Test
    void theMembersWithoutConflictAreFoundAndTheMostIntegratedRanksFirst() {
        Scenario four = new ScenarioReader().read(FOUR, "four.yaml");
        Subgroups.Result r = Subgroups.find(engine, profile, four, 5);

        assertThat(r.ranked()).extracting(Subgroup::members)
                .containsExactlyInAnyOrder(List.of("AAA", "BBB", "CCC"), List.of("CCC", "DDD"));
        Subgroup first = r.ranked().get(0);
        assertThat(first.members()).containsExactly("AAA", "BBB", "CCC");
        assertThat(first.declared()).isTrue();
        assertThat(first.assessment().score("mutual-trust")).isGreaterThan(r.whole().score("mutual-trust"));
        assertThat(first.apart()).extracting(Dyad::facts).containsExactlyInAnyOrder(List.of("da"), List.of("db"));
    }

    @Test
    void aHigherConflictThresholdToleratesMoreAndFindsLargerSets() {
        Scenario four = new ScenarioReader().read(FOUR, "four.yaml");
        Subgroups.Result tolerant = Subgroups.find(engine, profile, four, 100);

        assertThat(tolerant.ranked()).extracting(Subgroup::members).containsExactly(List.of("AAA", "BBB", "CCC"));
    }

    @Test
    void theCstosCentralAsianDirectionIsMoreIntegratedThanTheWhole() {
        Scenario csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
        Subgroups.Result r = Subgroups.find(engine, profile, csto, 5);

        Subgroup centralAsia = r.ranked().stream().filter(s -> s.name().equals("Central Asian direction")).findFirst().orElseThrow();
        assertThat(Subgroups.integration(centralAsia.assessment())).isGreaterThan(Subgroups.integration(r.whole()));
        assertThat(r.ranked().get(0)).isSameAs(centralAsia);
        for (String direction : List.of("Eastern European direction", "South Caucasus direction")) {
            Subgroup other = r.ranked().stream().filter(s -> s.name().equals(direction)).findFirst().orElseThrow();
            assertThat(Subgroups.integration(centralAsia.assessment())).as(direction)
                    .isGreaterThan(Subgroups.integration(other.assessment()));
        }
    }
}
