package org.seccom.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.engine.WhatIfs;
import org.seccom.model.WhatIf;
import org.seccom.report.Format;
import org.seccom.report.WhatIfReport;
import org.seccom.report.chart.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {
            "Assess a base scenario and a counterfactual side by side: the overlays' changes, phase, Deutsch's"
                    + " verdict, every tier and factor with its delta, and each finding that appeared, disappeared"
                    + " or changed points, traced to the change that caused it.",
            "",
            "Example: seccom whatif scenarios/my-grouping.yaml scenarios/what-if/my-counterfactual.yaml"})
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The base scenario (YAML).")
    Path base;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "OVERLAY",
            description = "What-if overlays (YAML), applied in order.")
    List<Path> overlays;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.Day.class,
            description = "Compare the two as they stood on DATE; default: the base's asOf.")
    LocalDate asOf;

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
        ReportOptions.accept("whatif", format, List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML));
        chart.check();
        Workbench bench = Workbench.of(rules);
        WhatIf result = WhatIfs.assess(bench.engine(), bench.profile(), bench.read(base, overlays), asOf);
        List<Path> inputs = bench.inputs(base, overlays);
        report.write(WhatIfReport.render(result, format), inputs, spec, chart);
        chart.write(() -> Charts.whatIf(result), inputs);
        return 0;
    }
}
