package org.seccom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.engine.Subgroups;
import org.seccom.report.Format;
import org.seccom.report.SubgroupReport;
import org.seccom.report.chart.Charts;
import org.seccom.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subgroups", mixinStandardHelpOptions = true,
        description = {
            "Where is the community? Assess subsets of the members with the same rules: the directions or"
                    + " regions the scenario declares, and the largest sets of members with no conflict between"
                    + " them (net trust points above -CONFLICT for every pair), ranked, each with its phase and the"
                    + " conflicts that hold the rest apart.",
            "",
            "Example: seccom subgroups scenarios/my-grouping.yaml --conflict 10"})
final class SubgroupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario (YAML).")
    Path scenarioFile;

    @Option(names = "--conflict", paramLabel = "POINTS", defaultValue = "5",
            description = "Two members are in conflict when the trust findings between them net below -POINTS (default: ${DEFAULT-VALUE}).")
    double conflict;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Mixin
    ChartOptions chart;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Limits.number("--conflict", conflict, 0, Double.MAX_VALUE, true, "a finite number of points, 0 or more");
        ReportOptions.accept("subgroups", format, List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML));
        chart.check();
        Workbench bench = Workbench.of(rules);
        Subgroups.Result result = Subgroups.find(bench.engine(), bench.profile(), new ScenarioReader().read(scenarioFile), conflict);
        List<Path> inputs = bench.inputs(scenarioFile, List.of());
        report.write(SubgroupReport.render(result, format), inputs, spec, chart);
        chart.write(() -> Charts.subgroups(result), inputs);
        return 0;
    }
}
