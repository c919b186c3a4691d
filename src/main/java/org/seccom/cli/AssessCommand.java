package org.seccom.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.model.Assessment;
import org.seccom.model.Counterfactual;
import org.seccom.report.Format;
import org.seccom.report.chart.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {
            "Assess a scenario: score each factor and tier of Adler and Barnett's framework, place the grouping"
                    + " in a phase, give Deutsch's verdict and the blockers, with every finding traced to its rule,"
                    + " facts and sources.",
            "",
            "Example: seccom assess scenarios/my-grouping.yaml --format html -o report.html --chart scores.svg"})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario (YAML).")
    Path scenarioFile;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.Day.class,
            description = "Assess the world as it stood on DATE (members and facts of that day); default: the scenario's asOf.")
    LocalDate asOf;

    @Option(names = "--what-if", paramLabel = "OVERLAY",
            description = "Apply a what-if overlay before assessing (repeatable, applied in order).")
    List<Path> overlays = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown, html (one self-contained file with charts), graphml or dot (the members' trust network, for Gephi or Graphviz) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Mixin
    ChartOptions chart;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        ReportOptions.accept("assess", format, List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML,
                Format.GRAPHML, Format.DOT));
        chart.check();
        Workbench bench = Workbench.of(rules);
        Counterfactual cf = bench.read(scenarioFile, overlays);
        Assessment assessment = bench.engine().assess(cf.scenario(), bench.profileFor(cf),
                asOf == null ? cf.scenario().asOf() : asOf);
        List<Path> inputs = bench.inputs(scenarioFile, overlays);
        report.write(format.renderer().render(assessment), inputs, spec, chart);
        chart.write(() -> Charts.tiers(assessment), inputs);
        return 0;
    }
}
