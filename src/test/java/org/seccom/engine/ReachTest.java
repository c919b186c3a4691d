package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.model.Assessment;
import org.seccom.model.Fact;
import org.seccom.model.SourceRef;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.report.Format;
import org.seccom.report.ReachReport;
import org.seccom.scenario.ScenarioReader;

/** The smallest change sets on groupings whose answer is known. */
class ReachTest {
    private static Engine engine;
    private static Profile profile;

    @BeforeAll
    static void load() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
    }

    /** Ascendant in all but trust, which one militarised dispute holds just under 34. */
    private static final String ALMOST_YAML = """
            scenario: Almost
            grouping: Two states
            asOf: 2020-01-01
            sources: {s: "A. Author, A Book, 2020."}
            members: [{code: AAA, name: A}, {code: BBB, name: B}]
            facts:
              - {id: collapse, kind: shock, claim: An empire fell., type: political, holders: [all], salience: high, source: s}
              - {id: piracy, kind: threat, claim: Piracy., threat: piracy, scope: transnational, holders: [all], salience: high, source: s}
              - {id: reading, kind: interpretation, claim: A new reading., holders: [all], salience: high, source: s}
              - {id: core, kind: core, claim: A leads., state: AAA, capability: high, costShare: 0.5, seenAs: benevolent, seenBy: [BBB], source: s}
              - {id: v1, kind: value, claim: V1., value: v1, holders: [all], source: s}
              - {id: v2, kind: value, claim: V2., value: v2, holders: [all], source: s}
              - {id: v3, kind: value, claim: V3., value: v3, holders: [all], source: s}
              - {id: t1, kind: transaction, claim: Trade., flow: trade, parties: [all], intensity: high, source: s}
              - {id: t2, kind: transaction, claim: Energy., flow: energy, parties: [all], intensity: high, source: s}
              - {id: i1, kind: institution, claim: Body 1., name: B1, purpose: consultation, status: operating, source: s}
              - {id: i2, kind: institution, claim: Body 2., name: B2, purpose: peacekeeping, status: operating, source: s}
              - {id: i3, kind: institution, claim: Body 3., name: B3, purpose: rapid-reaction, status: operating, source: s}
              - {id: i4, kind: institution, claim: Body 4., name: B4, purpose: collective-defence, status: operating, source: s}
              - {id: l1, kind: learning, claim: History., marker: shared-history, holders: [all], intensity: high, source: s}
              - {id: l2, kind: learning, claim: Days., marker: commemoration, holders: [all], intensity: high, source: s}
              - {id: help, kind: trust, claim: A helps B., signal: support, actors: [AAA], target: BBB, source: s}
              - {id: drill, kind: trust, claim: They drill., signal: joint-exercise, actors: [AAA], target: BBB, source: s}
              - {id: clash, kind: dispute, claim: They clash., parties: [AAA, BBB], issue: river, militarised: true, status: ongoing, source: s}
              - {id: we, kind: identity, claim: We., marker: we-feeling, holders: [all], source: s}
              - {id: talk, kind: identity, claim: Talk of community., marker: community-discourse, holders: [all], source: s}
            """;
    private static final Scenario ALMOST = new ScenarioReader().read(ALMOST_YAML, "almost.yaml");

    @Test
    void theSingleChangesThatReachAscendantAreFoundAndNothingLarger() {
        Assessment baseline = engine.assess(ALMOST, profile);
        assertThat(baseline.phase().value()).isEqualTo("nascent");
        assertThat(baseline.blockers()).extracting(b -> b.subject()).containsExactly("mutual-trust");

        Reach.Result r = Reach.search(engine, profile, ALMOST, "ascendant", 3, 1000, 10, List.of());

        assertThat(r.plans()).extracting(p -> String.join(" + ", p.changes())).containsExactlyInAnyOrder(
                "settle clash by agreement", "add unfortified-borders (present)", "add no-worst-case-planning (present)",
                "add: members backing one another where it costs something (hypothetical; find a source)");
        // Changes to what happened come before evidence the file would have to find.
        assertThat(r.plans().get(r.plans().size() - 1).hypothetical()).hasSize(1);
        assertThat(r.plans().subList(0, 3)).allSatisfy(p -> assertThat(p.hypothetical()).isEmpty());
        assertThat(r.plans()).allSatisfy(p -> assertThat(p.result().phase().value()).isEqualTo("ascendant"));
        assertThat(r.plans().get(0).rulesMoved()).isNotEmpty();
    }

    @Test
    void aDisputeWithAnOutsiderAmongItsPartiesCanStillBeSettled() {
        Scenario withOutsider = new ScenarioReader().read(ALMOST_YAML
                .replace("members: [{code: AAA, name: A}, {code: BBB, name: B}]",
                        "members: [{code: AAA, name: A}, {code: BBB, name: B}]\noutsiders: [{code: CCC, name: C}]")
                .replace("parties: [AAA, BBB], issue: river", "parties: [AAA, BBB, CCC], issue: river"), "outsider.yaml");

        Reach.Result r = Reach.search(engine, profile, withOutsider, "ascendant", 1, 1000, 10, List.of());

        assertThat(r.plans()).extracting(p -> String.join(" + ", p.changes())).contains("settle clash by agreement");
    }

    @Test
    void theSearchStopsAtItsBudgetAndSaysSo() {
        Reach.Result r = Reach.search(engine, profile, ALMOST, "mature-tightly-coupled", 3, 5, 10, List.of());
        assertThat(r.evaluations()).isEqualTo(5);
        assertThat(r.complete()).isFalse();
        assertThat(r.plans()).isEmpty();
    }

    @Test
    void goingDownLooksForTheFactsWhoseLossTakesThePhaseAway() {
        // No one or two precipitating conditions are indispensable: a factor left without evidence
        // drops out of tier 1 rather than counting 0, so tier 1 rests on what remains. Only with all
        // three gone has tier 1 no evidence, and the nascent phase cannot be claimed.
        assertThat(Reach.search(engine, profile, ALMOST, "none", 2, 1000, 10, List.of()).plans()).isEmpty();

        Scenario bare = new ScenarioReader().read(ALMOST_YAML.lines()
                .filter(l -> !l.contains("id: collapse") && !l.contains("id: piracy") && !l.contains("id: reading"))
                .collect(java.util.stream.Collectors.joining("\n")), "bare.yaml");
        Assessment a = engine.assess(bare, profile);
        assertThat(a.phase().value()).isEqualTo("none");
        assertThat(a.blockers()).anySatisfy(b -> assertThat(b.why()).contains("no evidence"));
    }

    /** A file with a shock and a council and nothing else: nascent, with almost nothing to retract. */
    static final String COLLAPSE = "{id: collapse, kind: shock, claim: An empire fell., type: political, holders: [all],"
            + " salience: high, source: s}";
    static final String COUNCIL = "{id: council, kind: institution, claim: A council meets., name: Council,"
            + " purpose: consultation, status: operating, source: s}";
    private static final Scenario THIN = RuleHarness.twoStates("Thin", COLLAPSE, COUNCIL);

    @Test
    void aThinFileIsOfferedHypotheticalEvidenceForEveryFactorItLacks() {
        Assessment baseline = engine.assess(THIN, profile);
        List<String> lacking = baseline.tiers().stream().flatMap(t -> baseline.factorsOf(t.name()).stream())
                .map(f -> f.name()).filter(f -> !baseline.hasEvidence(f)).toList();
        assertThat(lacking).contains("external-threats", "power", "mutual-trust", "collective-identity");

        Reach.Result r = Reach.search(engine, profile, THIN, "ascendant", 1, 1000, 10, List.of());

        assertThat(r.additions()).extracting(Reach.Addition::factor).containsAll(lacking);
        assertThat(r.additions()).allSatisfy(a -> {
            assertThat(a.label()).startsWith("add: ").endsWith(" (hypothetical; find a source)");
            assertThat(a.after()).isPositive();
        });
        assertThat(r.additions()).filteredOn(a -> lacking.contains(a.factor())).allSatisfy(a -> assertThat(a.before()).isNull());
        // Institutions have evidence (the council), but tier 2 holds the grouping below ascendant, so a
        // working body is proposed too, from the score the council gives.
        assertThat(baseline.blockers()).anySatisfy(b -> assertThat(b.subject()).isEqualTo("tier-2"));
        assertThat(r.additions()).filteredOn(a -> a.factor().equals("institutions")).singleElement()
                .satisfies(a -> assertThat(a.before()).isEqualTo(baseline.score("institutions")));
    }

    @Test
    void eachFactorIsOfferedTheFactsTheRulesScoreForItAndNoOther() {
        Reach.Result r = Reach.search(engine, profile, THIN, "ascendant", 1, 1000, 10, List.of());

        assertThat(r.additions()).filteredOn(a -> a.factor().equals("external-threats")).extracting(Reach.Addition::label)
                .containsExactly("add: a common external threat of high salience (hypothetical; find a source)");
        assertThat(r.additions()).filteredOn(a -> a.factor().equals("power")).extracting(Reach.Addition::label)
                .containsExactly("add: AAA as a capable core state all members see as benevolent (hypothetical; find a source)",
                        "add: BBB as a capable core state all members see as benevolent (hypothetical; find a source)");
        assertThat(r.additions()).filteredOn(a -> a.factor().equals("collective-identity")).extracting(Reach.Addition::label)
                .containsExactly("add: a we-feeling among all members (hypothetical; find a source)");
    }

    @Test
    void aHypotheticalFactCoversAllMembersIsCertainAndCitesNoRealSource() {
        for (HypotheticalEvidence.Template t : HypotheticalEvidence.templates(List.of("AAA", "BBB"))) {
            Fact f = t.fact();
            assertThat(f.confidence()).as(t.label()).isEqualTo(1.0);
            assertThat(f.sources()).as(t.label()).containsExactly(SourceRef.of(HypotheticalEvidence.SOURCE));
            assertThat(f.claim()).as(t.label()).startsWith("Hypothetical: ");
            assertThat(HypotheticalEvidence.isHypothetical(f)).isTrue();
        }
    }

    @Test
    void aThinFileCanReachAPhaseOnlyThroughEvidenceItLacksAndTheReportSaysSo() {
        Assessment baseline = engine.assess(THIN, profile);
        assertThat(baseline.phase().value()).isEqualTo("nascent");

        Reach.Result r = Reach.search(engine, profile, THIN, "ascendant", 4, 5000, 15, List.of());

        assertThat(r.plans()).isNotEmpty();
        assertThat(r.plans()).allSatisfy(p -> assertThat(p.hypothetical()).isNotEmpty());
        String text = ReachReport.render(r, Format.TEXT);
        assertThat(text).contains("hypothetical fact", "find a source before relying on this set",
                "Evidence the file lacks, each tried alone (hypothetical: none counts until a source says so)",
                "external-threats: no evidence -> ");
        assertThat(ReachReport.render(r, Format.JSON)).contains("\"additions\"", "\"hypothetical\"");
        assertThat(ReachReport.render(r, Format.MARKDOWN)).contains("## Evidence the file lacks");
    }

    @Test
    void goingDownProposesNoEvidence() {
        Reach.Result r = Reach.search(engine, profile, THIN, "none", 1, 1000, 10, List.of());

        assertThat(r.additions()).isEmpty();
        assertThat(r.plans()).allSatisfy(p -> assertThat(p.hypothetical()).isEmpty());
    }
}
