package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seccom.engine.Comparisons;
import org.seccom.engine.Engine;
import org.seccom.engine.RuleHarness;
import org.seccom.engine.Timelines;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.model.Conclusion;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;
import org.seccom.scenario.ScenarioReader;

/**
 * LaTeX tables and tidy timeline CSV, the exports for papers and statistics packages. Their golden
 * files live in src/test/resources/golden-exports/ (not golden/, whose files GoldenReportTest
 * requires to be exactly one per scenario and format); rewrite them with -Dseccom.updateGolden=true,
 * then read the diff before committing.
 */
class ExportTablesTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path GOLDEN = Path.of("src/test/resources/golden-exports");
    private static final String HISTORY_TITLE = "CSTO 1992-2025";
    private static final String AWKWARD = "R&D_50% #1 {x} ~ ^ \\";

    // --- Golden files -------------------------------------------------------------------------------

    @Test
    void comparisonOfEveryScenarioMatchesItsGoldenLatexTable() throws IOException {
        assertMatchesGolden("compare.tex", LatexTables.comparison(comparison()));
    }

    @Test
    void cstoHistoryTimelineMatchesItsGoldenLatexTable() throws IOException {
        assertMatchesGolden("timeline-csto-history.tex", LatexTables.timeline(HISTORY_TITLE, history()));
    }

    @Test
    void cstoHistoryTimelineMatchesItsGoldenCsv() throws IOException {
        assertMatchesGolden("timeline-csto-history.csv", TimelineCsv.render(HISTORY_TITLE, history()));
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertThat(LatexTables.comparison(rankAll())).isEqualTo(LatexTables.comparison(comparison()));
        assertThat(LatexTables.timeline(HISTORY_TITLE, runHistory())).isEqualTo(LatexTables.timeline(HISTORY_TITLE, history()));
        assertThat(TimelineCsv.render(HISTORY_TITLE, runHistory())).isEqualTo(TimelineCsv.render(HISTORY_TITLE, history()));
    }

    // --- LaTeX --------------------------------------------------------------------------------------

    @Test
    void latexEscapesEverySpecialCharacterInAGroupingName() {
        Comparison c = new Comparison(List.of(titled(assessment("nato.yaml"), AWKWARD)), List.of(List.of()));

        String tex = LatexTables.comparison(c);

        assertThat(tex).contains("R\\&D\\_50\\% \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}");
        assertThat(tex).doesNotContain(AWKWARD);
    }

    @Test
    void latexEscapesTheTimelineTitleInTheCaption() {
        String tex = LatexTables.timeline(AWKWARD + " $5", history().subList(0, 2));

        assertThat(tex).contains("\\caption{R\\&D\\_50\\% \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{}"
                + " \\textbackslash{} \\$5: ");
    }

    @Test
    void latexOutputsAreBalancedBooktabsTablesWithoutVerticalRules() {
        Map<String, String> outputs = Map.of(
                "comparison", LatexTables.comparison(comparison()),
                "timeline", LatexTables.timeline(HISTORY_TITLE, history()),
                "escaped", LatexTables.comparison(
                        new Comparison(List.of(titled(assessment("nato.yaml"), "a|b")), List.of(List.of()))));
        outputs.forEach((name, tex) -> {
            assertThat(environmentsBalance(tex)).as("\\begin/\\end balance in %s", name).isTrue();
            assertThat(tex).as(name).startsWith("% ").contains("\\usepackage{booktabs}")
                    .contains("\\begin{table}", "\\caption{", "\\label{tab:seccom-")
                    .contains("\\toprule\n", "\\midrule\n", "\\bottomrule\n")
                    .doesNotContain("|", "\\hline", "\\vline");
            assertThat(tex.lines().filter(l -> l.equals("\\toprule") || l.equals("\\bottomrule")).count())
                    .as("one top and one bottom rule in %s", name).isEqualTo(2);
            assertThat(tex).as(name).endsWith("\\end{table}\n").doesNotContain("\r");
        });
    }

    @Test
    void latexRightAlignsTheNumericColumns() {
        assertThat(LatexTables.comparison(comparison())).contains("\\begin{tabular}{rllllrrr}\n")
                .contains("\\label{tab:seccom-comparison}");
        assertThat(LatexTables.timeline(HISTORY_TITLE, history())).contains("\\begin{tabular}{lllrrrc}\n")
                .contains("\\label{tab:seccom-timeline}");
    }

    @Test
    void latexComparisonHasOneRowPerGroupingInRankOrderWithOneDecimal() {
        Comparison c = comparison();
        List<String> rows = bodyRows(LatexTables.comparison(c));

        assertThat(rows).hasSize(c.ranked().size());
        for (int i = 0; i < rows.size(); i++) {
            Assessment a = c.ranked().get(i);
            assertThat(rows.get(i)).startsWith((i + 1) + " & ").contains(" & " + a.asOf() + " & ")
                    .endsWith(String.format(java.util.Locale.ROOT, " & %.1f & %.1f & %.1f \\\\",
                            a.score("tier-1"), a.score("tier-2"), a.score("tier-3")));
        }
    }

    @Test
    void latexTimelineHasOneRowPerDateAndMarksOnlyTurningPoints() {
        List<TimelineStep> steps = new ArrayList<>(history().subList(0, 3));
        TimelineStep s = steps.get(1);
        steps.set(1, new TimelineStep(s.day(), s.assessment(), s.factsIn(), s.factsOut(), s.membersIn(),
                s.membersOut(), true));

        String tex = LatexTables.timeline(HISTORY_TITLE, steps);
        List<String> rows = bodyRows(tex);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith(steps.get(0).day() + " & ").endsWith(" &  \\\\");
        assertThat(rows.get(1)).startsWith(steps.get(1).day() + " & ").endsWith(" & * \\\\");
        assertThat(rows.get(2)).startsWith(steps.get(2).day() + " & ").endsWith(" &  \\\\");
        assertThat(tex).contains("* marks a turning point");
    }

    // --- CSV ----------------------------------------------------------------------------------------

    @Test
    void csvHasAHeaderAndExactlyOneRowPerDateAndSubject() {
        List<TimelineStep> steps = history();
        List<String> lines = TimelineCsv.render(HISTORY_TITLE, steps).lines().toList();

        assertThat(lines.get(0)).isEqualTo("date,phase,deutsch,subject,score");
        List<String> rows = lines.subList(1, lines.size());
        int expected = steps.stream().mapToInt(s -> s.assessment().scores().size()).sum();
        assertThat(rows).hasSize(expected);
        Set<String> dateAndSubject = new HashSet<>();
        for (String row : rows) {
            String[] f = row.split(",", -1);
            assertThat(f).as(row).hasSize(5);
            assertThat(f[4]).as(row).matches("-?\\d+\\.\\d");
            dateAndSubject.add(f[0] + "|" + f[3]);
        }
        assertThat(dateAndSubject).hasSize(expected);
        for (TimelineStep s : steps) {
            for (String subject : s.assessment().scores().keySet()) {
                assertThat(dateAndSubject).contains(s.day() + "|" + subject);
            }
        }
        assertThat(rows).anyMatch(r -> r.contains(",tier-1,")).anyMatch(r -> r.contains(",deutsch,"));
    }

    @Test
    void csvQuotesAFieldHoldingACommaOrAQuoteAndNothingElse() {
        TimelineStep step = history().get(0);
        Assessment a = step.assessment();
        Map<String, Double> scores = new HashMap<>();
        scores.put("plain", 12.34);
        scores.put("with, comma", 50.0);
        Assessment odd = new Assessment(a.scenario(), a.asOf(), a.members(), a.wholes(), a.factors(), a.parts(),
                scores, new Conclusion("phase", "say \"nascent\"", ""), a.deutsch(), a.notes(), a.blockers(),
                a.findings(), a.phases(), a.bands(), a.firings());
        TimelineStep oddStep = new TimelineStep(step.day(), odd, List.of(), List.of(), List.of(), List.of(), false);

        String csv = TimelineCsv.render("t", List.of(oddStep));

        String deutsch = a.deutsch().value();
        assertThat(csv).isEqualTo("date,phase,deutsch,subject,score\n"
                + step.day() + ",\"say \"\"nascent\"\"\"," + deutsch + ",plain,12.3\n"
                + step.day() + ",\"say \"\"nascent\"\"\"," + deutsch + ",\"with, comma\",50.0\n");
    }

    // --- Inputs, built the way the commands build them -----------------------------------------------

    private static Comparison comparison;
    private static List<TimelineStep> history;

    private static synchronized Comparison comparison() {
        if (comparison == null) comparison = rankAll();
        return comparison;
    }

    private static synchronized List<TimelineStep> history() {
        if (history == null) history = runHistory();
        return history;
    }

    /** Every shipped scenario, as {@code seccom compare scenarios/*.yaml} ranks them (--top 3). */
    private static Comparison rankAll() {
        Engine engine = RuleHarness.engine();
        List<Assessment> all = new ArrayList<>();
        for (Path p : scenarios()) all.add(engine.assess(new ScenarioReader().read(p), RuleHarness.profile()));
        return Comparisons.rank(all, 3);
    }

    /** As {@code seccom timeline scenarios/csto-history.yaml --from 1992} (to its asOf, 2025-06-30, yearly). */
    private static List<TimelineStep> runHistory() {
        Scenario s = new ScenarioReader().read(SCENARIOS.resolve("csto-history.yaml"));
        assertThat(s.scenario()).isEqualTo(HISTORY_TITLE);
        return Timelines.run(RuleHarness.engine(), RuleHarness.profile(), s, LocalDate.of(1992, 12, 31), s.asOf(),
                Period.ofYears(1));
    }

    private static Assessment assessment(String file) {
        return RuleHarness.engine().assess(new ScenarioReader().read(SCENARIOS.resolve(file)), RuleHarness.profile());
    }

    /** The same assessment of a scenario with another title. */
    private static Assessment titled(Assessment a, String title) {
        Scenario s = a.scenario();
        Scenario renamed = new Scenario(title, s.grouping(), s.asOf(), s.description(), s.sources(), s.members(),
                s.outsiders(), s.groups(), s.facts(), s.expect());
        return new Assessment(renamed, a.asOf(), a.members(), a.wholes(), a.factors(), a.parts(), a.scores(), a.phase(),
                a.deutsch(), a.notes(), a.blockers(), a.findings(), a.phases(), a.bands(), a.firings());
    }

    private static List<Path> scenarios() {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Golden.assertMatches(GOLDEN, name, actual);
    }

    // --- Reading LaTeX back -------------------------------------------------------------------------

    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\{([^}]*)}");

    /** Whether every \begin{x} is closed by an \end{x}, properly nested, outside comments. */
    private static boolean environmentsBalance(String tex) {
        Deque<String> open = new ArrayDeque<>();
        for (String line : tex.lines().toList()) {
            if (line.startsWith("%")) continue;
            Matcher m = ENVIRONMENT.matcher(line);
            while (m.find()) {
                if (m.group(1).equals("begin")) {
                    open.push(m.group(2));
                } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }

    /** The lines between \midrule and \bottomrule. */
    private static List<String> bodyRows(String tex) {
        List<String> lines = tex.lines().toList();
        return lines.subList(lines.indexOf("\\midrule") + 1, lines.indexOf("\\bottomrule"));
    }
}
