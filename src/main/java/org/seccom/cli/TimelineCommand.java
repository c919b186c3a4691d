package org.seccom.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.engine.Timelines;
import org.seccom.model.Counterfactual;
import org.seccom.model.Fact;
import org.seccom.model.Member;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;
import org.seccom.report.Format;
import org.seccom.report.TimelineReport;
import org.seccom.report.chart.Charts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {
            "Assess a scenario at regular dates: phase, tier scores and Deutsch's verdict on each, the facts and"
                    + " members that came in or went out since the date before, and the turning points.",
            "",
            "A year stands for its last day: --from 1992 is 1992-12-31.",
            "Example: seccom timeline scenarios/my-grouping-history.yaml --from 1992 --to 2025 --step 1y"})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario (YAML).")
    Path scenarioFile;

    @Option(names = "--from", paramLabel = "YEAR|DATE", converter = Dates.DayOrYear.class,
            description = "First date (default: the end of the year of the first dated fact or membership).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YEAR|DATE", converter = Dates.DayOrYear.class,
            description = "Last date (default: the scenario's asOf).")
    LocalDate to;

    @Option(names = "--step", paramLabel = "STEP", converter = Dates.Step.class, defaultValue = "1y",
            description = "Time between dates: 1y, 6m, 2w, 30d (default: 1y); a timeline has at most 10000 dates.")
    Period step;

    @Option(names = "--what-if", paramLabel = "OVERLAY", description = "Apply a what-if overlay first (repeatable).")
    List<Path> overlays = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown, html, csv (tidy: one row per date and score) or latex (a booktabs table) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Mixin
    ChartOptions chart;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        ReportOptions.accept("timeline", format, List.of(Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML, Format.CSV, Format.LATEX));
        chart.check();
        Workbench bench = Workbench.of(rules);
        Counterfactual cf = bench.read(scenarioFile, overlays);
        Scenario scenario = cf.scenario();
        LocalDate first = from != null ? from : LocalDate.of(firstYear(scenario), 12, 31);
        LocalDate last = to != null ? to : scenario.asOf();
        if (last.isBefore(first)) {
            throw new UsageException("the timeline would end (" + last + ") before it begins (" + first + ")");
        }
        if (Timelines.count(first, last, step, Limits.TIMELINE_DATES) > Limits.TIMELINE_DATES) {
            throw new UsageException("a timeline from " + first + " to " + last + " by --step " + Dates.describe(step)
                    + " has more than " + Limits.TIMELINE_DATES + " dates, the most it can have (each date is a full"
                    + " assessment, kept for the report); give a longer --step or a shorter span (--from, --to)");
        }
        List<TimelineStep> steps = Timelines.run(bench.engine(), bench.profileFor(cf), scenario, first, last, step);
        List<Path> inputs = bench.inputs(scenarioFile, overlays);
        report.write(TimelineReport.render(scenario.scenario(), steps, format), inputs, spec, chart);
        chart.write(() -> Charts.timeline(scenario.scenario(), steps), inputs);
        return 0;
    }

    /** The year of the earliest date in the scenario: a membership or a fact's start. */
    private static int firstYear(Scenario s) {
        LocalDate first = s.asOf();
        for (Member m : s.members()) if (m.joined() != null && m.joined().isBefore(first)) first = m.joined();
        for (Fact f : s.facts()) if (f.basis().from() != null && f.basis().from().isBefore(first)) first = f.basis().from();
        return first.getYear();
    }
}
