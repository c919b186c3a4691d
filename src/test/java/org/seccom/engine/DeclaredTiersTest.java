package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.report.ComparisonReport;
import org.seccom.report.Format;
import org.seccom.report.ReachReport;
import org.seccom.report.RobustnessReport;
import org.seccom.report.SubgroupReport;
import org.seccom.report.TimelineReport;
import org.seccom.report.chart.Charts;

/**
 * The tiers are the ones the rules declare, not three assumed by Java: the default rules with a
 * fourth tier added are read, sampled, searched and drawn over four.
 */
class DeclaredTiersTest {
    /** A fourth tier of one factor, scored by the shared values the default rules already read. */
    private static final String FOURTH_TIER = """
            package seccom.rules;

            import org.seccom.model.*;
            import org.seccom.engine.Findings;

            rule "A fourth tier of one factor"
                @tier("framework")
            when
            then
                insert(new Whole("tier-4", 4, "Tier 4: a tier the default rules lack"));
                insert(new Factor("extra", "tier-4", 1, "An extra factor"));
                insert(new Weighted("tier-4", "extra", "weight.extra"));
            end

            rule "A shared value counts for the extra factor too"
                @tier("4") @factor("extra")
            when
                $v : SharedValue(stance == Stance.POSITIVE)
            then
                insertLogical(Findings.of(drools, "value.shared", "extra: " + $v.claim(), $v));
            end
            """;

    private static final Engine FOUR = fourTiers();
    private static final Profile PROFILE = RuleHarness.profile().with(Map.of("weight.extra", 1.0));

    private static Engine fourTiers() {
        List<RuleSource> sources = new ArrayList<>(RuleBase.readFolder(Path.of("rules")));
        sources.add(new RuleSource("60-fourth-tier.drl", FOURTH_TIER));
        return new Engine(RuleBase.compile(sources));
    }

    private static final Scenario SMALL = RuleHarness.twoStates("Small", ReachTest.COLLAPSE, ReachTest.COUNCIL,
            "{id: v1, kind: value, claim: Both value the rule of law., value: rule of law, holders: [all], source: s}");

    @Test
    void theTiersAreTheWholesFactorsBelongToInTheirOrderAndTheIndicatorsAreNone() {
        Assessment a = FOUR.assess(SMALL, PROFILE);

        assertThat(a.tierNames()).containsExactly("tier-1", "tier-2", "tier-3", "tier-4");
        assertThat(a.lastTier()).isEqualTo("tier-4");
        assertThat(a.isTier("indicators")).isFalse();
        assertThat(a.isTier("compatible-values")).isFalse();
        assertThat(a.hasEvidence("tier-4")).isTrue();
        assertThat(RuleHarness.engine().assess(SMALL, RuleHarness.profile()).tierNames())
                .containsExactly("tier-1", "tier-2", "tier-3");
    }

    @Test
    void robustnessSamplesAndLeavesOutFactsOverEveryDeclaredTier() {
        Robustness.Result r = Robustness.run(FOUR, PROFILE, SMALL, 20, 3, 0, 1, null);

        assertThat(r.draws()).allSatisfy(s -> assertThat(s.tiers()).hasSize(4));
        Robustness.Influence value = r.influence().stream().filter(i -> i.fact().equals("v1")).findFirst().orElseThrow();
        assertThat(value.tierDeltas()).hasSize(4);
        assertThat(value.tierDeltas()[3]).isNegative(); // the only evidence of tier 4 goes
        assertThat(RobustnessReport.render(r, Format.TEXT, 10)).contains("tier 4");
        assertThat(RobustnessReport.render(r, Format.MARKDOWN, 10)).contains("| tier 1 | tier 2 | tier 3 | tier 4 | phase |");
    }

    @Test
    void reachReportsEveryDeclaredTierAndATierLeftWithoutEvidenceAsADash() {
        Reach.Result r = Reach.search(FOUR, PROFILE, SMALL, "none", 1, 200, 5, List.of());

        assertThat(r.plans()).extracting(p -> String.join(" + ", p.changes())).contains("retract collapse");
        String text = ReachReport.render(r, Format.TEXT);
        // Tier 1 loses its only evidence; tier 3 never had any; tier 4 stands on the shared value.
        assertThat(text).contains("retract collapse\n    none; tiers - / 38.4 / - / 44.4 (- / +0.0 / - / +0.0)");
        assertThat(ReachReport.render(r, Format.JSON)).contains("\"tier-1\" : null", "\"tier-4\"");
        assertThat(Charts.comparison(Comparisons.rank(List.of(r.baseline()), 1)).svgElement()).contains("tier 4");
    }

    @Test
    void aComparisonRanksByTheMeanOfTheDeclaredTiers() {
        Assessment a = FOUR.assess(SMALL, PROFILE);
        double mean = (a.score("tier-1") + a.score("tier-2") + a.score("tier-3") + a.score("tier-4")) / 4;

        assertThat(Comparison.meanTier(a)).isEqualTo(mean);
    }

    @Test
    void timelineComparisonAndSubgroupTablesHaveAColumnPerDeclaredTier() {
        Assessment a = FOUR.assess(SMALL, PROFILE);
        List<org.seccom.model.TimelineStep> steps = Timelines.run(FOUR, PROFILE, SMALL,
                java.time.LocalDate.of(2019, 1, 1), SMALL.asOf(), java.time.Period.ofYears(1));

        assertThat(ComparisonReport.render(Comparisons.rank(List.of(a), 1), ComparisonReport.CompareFormat.MARKDOWN))
                .contains("| # | grouping | phase | Deutsch | tier 1 | tier 2 | tier 3 | tier 4 |\n|---:|---|---|---|---:|---:|---:|---:|\n");
        assertThat(TimelineReport.render("Small", steps, Format.MARKDOWN))
                .contains("| date | phase | tier 1 | tier 2 | tier 3 | tier 4 | Deutsch | came | went |");
        assertThat(TimelineReport.render("Small", steps, Format.TEXT)).containsPattern("tier 3 +tier 4 +Deutsch");
        assertThat(SubgroupReport.render(Subgroups.find(FOUR, PROFILE, SMALL, 10), Format.JSON)).contains("\"tier-4\"");
    }
}
