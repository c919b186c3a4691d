package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seccom.model.Change;
import org.seccom.model.Counterfactual;
import org.seccom.model.CrisisResponse;
import org.seccom.model.Member;
import org.seccom.model.Outcome;
import org.seccom.model.Outsider;
import org.seccom.model.Profile;

/** What each kind of overlay change does to the base scenario, and in what order. */
class OverlayReaderTest {
    @TempDir
    Path dir;

    private Path base;
    private final Profile profile = new ProfileReader().read(Path.of("rules/profile.yaml"));

    @BeforeEach
    void writeBase() throws IOException {
        base = dir.resolve("base.yaml");
        Files.writeString(base, """
                scenario: Base
                grouping: Test Alliance
                asOf: 2017-10-19
                sources: {src1: "A. Author, A Book, 2017."}
                members: [{code: AAA, name: Aland}, {code: BBB, name: Bland}]
                outsiders: [{code: XXX, name: Exland}]
                facts:
                  - {id: crisis, kind: crisis, claim: A crisis., crisis: riots, state: AAA, requested: true,
                     outcome: declined, source: src1}
                  - {id: ties, kind: learning, claim: Shared past., marker: shared-history, holders: [all],
                     intensity: high, source: src1}
                """);
    }

    private Path overlay(String name, String changes) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "overlay: " + name + "\nbase: Base\nsources: {src2: \"B. Author, Another Book, 2019.\"}\n"
                + "changes:\n" + changes);
        return file;
    }

    private Counterfactual read(Path... overlays) {
        return new OverlayReader().read(base, List.of(overlays), profile);
    }

    @Test
    void removeTakesTheFactOutAndRecordsWhichChangeDidIt() throws IOException {
        Counterfactual cf = read(overlay("o", "  - remove: ties\n"));
        assertThat(cf.scenario().facts()).extracting(f -> f.id()).containsExactly("crisis");
        assertThat(cf.base().facts()).hasSize(2);
        assertThat(cf.changeOfFact().get("ties").label()).isEqualTo("1 remove ties");
    }

    @Test
    void addPutsAFactInCitingTheOverlaysOwnSource() throws IOException {
        Counterfactual cf = read(overlay("o", """
                  - add: {id: help, kind: trust, claim: B helps A., signal: support, actors: [BBB], target: AAA,
                          source: {key: src2, page: "12"}}
                """));
        assertThat(cf.scenario().facts()).extracting(f -> f.id()).containsExactly("crisis", "ties", "help");
        assertThat(cf.scenario().sources()).containsKeys("src1", "src2");
    }

    @Test
    void changeSetsTheGivenFieldsAndKeepsTheRest() throws IOException {
        Counterfactual cf = read(overlay("o", "  - change: crisis\n    set: {outcome: acted}\n"));
        CrisisResponse crisis = (CrisisResponse) cf.scenario().facts().get(0);
        assertThat(crisis.outcome()).isEqualTo(Outcome.ACTED);
        assertThat(crisis.requested()).isTrue();
        assertThat(crisis.crisis()).isEqualTo("riots");
    }

    @Test
    void anOutsiderThatJoinsIsAMemberAndNoLongerAnOutsiderAndAllNowIncludesIt() throws IOException {
        Counterfactual cf = read(overlay("o", "  - addMember: {code: XXX, name: Exland, joined: 2010-01-01}\n"));
        assertThat(cf.scenario().members()).extracting(Member::code).containsExactly("AAA", "BBB", "XXX");
        assertThat(cf.scenario().outsiders()).isEmpty();
        assertThat(cf.scenario().facts().get(1)).extracting("holders").asList().containsExactly("AAA", "BBB", "XXX");
    }

    @Test
    void aMemberThatLeavesAsAnOutsiderKeepsTheFactsAboutIt() throws IOException {
        Counterfactual cf = read(overlay("o", "  - removeMember: {code: AAA, becomesOutsider: true}\n"));
        assertThat(cf.scenario().members()).extracting(Member::code).containsExactly("BBB");
        assertThat(cf.scenario().outsiders()).extracting(Outsider::code).contains("AAA");
        assertThat(cf.scenario().facts()).hasSize(2);
    }

    @Test
    void profileChangesAreCollectedForTheCounterfactualOnly() throws IOException {
        Counterfactual cf = read(overlay("o", "  - profile: {trust.support: 30}\n"));
        assertThat(cf.profileChanges()).containsExactly(java.util.Map.entry("trust.support", 30.0));
        assertThat(cf.groupingChanges()).extracting(Change::op).containsExactly("profile");
    }

    @Test
    void stackedOverlaysApplyInOrderSoALaterOneCanChangeWhatAnEarlierOneAdded() throws IOException {
        Path first = overlay("first", """
                  - add: {id: help, kind: trust, claim: B helps A., signal: support, actors: [BBB], target: AAA, source: src2}
                """);
        Path second = overlay("second", "  - change: help\n    set: {signal: criticism}\n");
        Counterfactual cf = read(first, second);
        assertThat(cf.overlays()).containsExactly("first", "second");
        assertThat(cf.scenario().facts().get(2)).extracting("signal").hasToString("criticism");
        assertThat(cf.changeOfFact().get("help").overlay()).isEqualTo("second");
        assertThat(cf.scenario().scenario()).isEqualTo("Base + what if: first; second");
    }

    @Test
    void theSameOverlaysInTheOtherOrderFailWhereTheChangeComesFirst() throws IOException {
        Path first = overlay("first", """
                  - add: {id: help, kind: trust, claim: B helps A., signal: support, actors: [BBB], target: AAA, source: src2}
                """);
        Path second = overlay("second", "  - change: help\n    set: {signal: criticism}\n");
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> read(second, first));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(second + ":5:13: change names fact 'help', which the base does not have");
    }
}
