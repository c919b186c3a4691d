package org.seccom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.seccom.engine.Robustness;
import org.seccom.model.Counterfactual;
import org.seccom.report.Format;
import org.seccom.report.RobustnessReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = {
            "How much does the verdict hang on contested facts and on the profile's numbers? Monte Carlo over"
                    + " the scenario (each fact kept with probability equal to its confidence, every profile number"
                    + " jittered), the facts whose removal moves it most, and where each phase threshold would flip"
                    + " it. Reproducible with --seed.",
            "",
            "Example: seccom robustness scenarios/my-grouping.yaml --samples 2000 --seed 7"})
final class RobustnessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario (YAML).")
    Path scenarioFile;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000", description = "Monte Carlo samples, at most 1000000 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--weight-jitter", paramLabel = "J", defaultValue = "0.2",
            description = "Each profile number is multiplied by a factor from 1-J to 1+J (default: ${DEFAULT-VALUE}; 0 keeps the profile).")
    double jitter;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Facts to list by influence (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--what-if", paramLabel = "OVERLAY", description = "Apply a what-if overlay first (repeatable).")
    List<Path> overlays = new java.util.ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Limits.count("--samples", samples, 1, Limits.SAMPLES, "each sample is a full assessment, kept in memory for the distribution");
        Limits.number("--weight-jitter", jitter, 0, 1, false, "a number from 0 to below 1");
        if (threads != null) Limits.count("--threads", threads, 1, Limits.THREADS, "more threads than that only add overhead");
        Limits.count("--top", top, 1, Limits.TOP, "a list longer than that is not read");
        ReportOptions.accept("robustness", format, List.of(Format.TEXT, Format.JSON, Format.MARKDOWN));
        Workbench bench = Workbench.of(rules);
        Counterfactual cf = bench.read(scenarioFile, overlays);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Robustness.Result result = Robustness.run(bench.engine(), bench.profileFor(cf), cf.scenario(), samples, seed, jitter,
                workers, progressBar());
        report.write(RobustnessReport.render(result, format, top), bench.inputs(scenarioFile, overlays), spec);
        return 0;
    }

    /** A progress line on standard error when it is a terminal; nothing otherwise. */
    private IntConsumer progressBar() {
        if (System.console() == null) return null;
        PrintWriter err = spec.commandLine().getErr();
        int step = Math.max(1, samples / 50);
        return done -> {
            if (done % step != 0 && done != samples) return;
            synchronized (err) {
                int filled = (int) (30L * done / samples);
                err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + samples);
                if (done == samples) err.print("\r" + " ".repeat(50) + "\r");
                err.flush();
            }
        };
    }
}
