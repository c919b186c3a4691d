package org.seccom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.engine.Comparisons;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.report.ComparisonReport;
import org.seccom.report.chart.Charts;
import org.seccom.report.ComparisonReport.CompareFormat;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;
import org.seccom.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {
            "Assess several groupings with the same rules and profile and print them side by side, most"
                    + " advanced first (by phase, then the mean of the tier scores), with the rules whose points"
                    + " most separate each grouping from the next. CSV is tidy: one row per grouping and factor.",
            "",
            "Example: seccom compare scenarios/*.yaml --format csv -o groupings.csv"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "2..*", description = "Scenario files (YAML).")
    List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown, csv (tidy: one row per grouping and score), html or latex"
                    + " (a booktabs table) (default: ${DEFAULT-VALUE}).")
    CompareFormat format;

    @Mixin
    ReportOptions report;

    @Mixin
    ChartOptions chart;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3", description = "Separating rules per pair (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Limits.count("--top", top, 1, Limits.TOP, "a list longer than that is not read");
        chart.check();
        Workbench bench = Workbench.of(rules);
        List<Assessment> assessments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader();
        for (Path f : files) {
            try {
                assessments.add(bench.engine().assess(reader.read(f), bench.profile()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Comparison ranked = Comparisons.rank(assessments, top);
        List<Path> inputs = bench.inputs(null, files);
        report.write(ComparisonReport.render(ranked, format), inputs, spec, chart);
        chart.write(() -> Charts.comparison(ranked), inputs);
        return 0;
    }
}
