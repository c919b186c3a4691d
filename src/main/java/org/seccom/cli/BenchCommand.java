package org.seccom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seccom.engine.Engine;
import org.seccom.engine.Evaluation;
import org.seccom.engine.RuleBase;
import org.seccom.model.Counterfactual;
import org.seccom.model.Profile;
import org.seccom.scenario.OverlayReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measure how long an assessment takes once the rule base is compiled: a fresh assessment (a new"
                    + " session), and with --what-if the counterfactual applied to a live session of the baseline"
                    + " (only the changed facts retracted and inserted). Prints medians and their ratio. Timings"
                    + " vary from run to run; compare medians, not single runs.",
            "",
            "Example: seccom bench scenarios/my-grouping.yaml --what-if scenarios/what-if/my-counterfactual.yaml"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario (YAML).")
    Path scenarioFile;

    @Option(names = "--what-if", paramLabel = "OVERLAY", description = "Also time this counterfactual, applied incrementally.")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000", description = "Runs before timing (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "2000", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Limits.count("--warmup", warmup, 0, Limits.BENCH_RUNS, "each run is a full assessment");
        Limits.count("--iterations", iterations, 1, Limits.BENCH_RUNS, "each run is a full assessment and its time is kept");
        long compileStart = System.nanoTime();
        Engine engine = new Engine(RuleBase.compile(rules.sources()));
        long compileNanos = System.nanoTime() - compileStart;
        Profile profile = rules.profile();
        Counterfactual cf = new OverlayReader().read(scenarioFile, overlays, profile);
        if (!cf.profileChanges().isEmpty()) {
            throw new UsageException("the overlays change the profile, which needs a fresh session; bench them without profile changes");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "rule base compiled in %.0f ms (once per run)%n", compileNanos / 1e6);
        double fresh = median(warmup, iterations, () -> engine.assess(cf.base(), profile));
        out.printf(Locale.ROOT, "fresh assessment of %s: median %.3f ms over %d runs%n", cf.base().scenario(), fresh, iterations);
        if (!overlays.isEmpty()) {
            try (Evaluation live = engine.open(profile)) {
                live.assess(cf.base());
                boolean[] toCounterfactual = {true};
                double incremental = median(warmup, iterations, () -> {
                    live.assess(toCounterfactual[0] ? cf.scenario() : cf.base());
                    toCounterfactual[0] = !toCounterfactual[0];
                });
                double freshCounterfactual = median(warmup, iterations, () -> engine.assess(cf.scenario(), profile));
                out.printf(Locale.ROOT, "fresh assessment of the counterfactual: median %.3f ms%n", freshCounterfactual);
                out.printf(Locale.ROOT, "counterfactual applied to a live session (and undone): median %.3f ms%n", incremental);
                out.printf(Locale.ROOT, "ratio incremental / fresh: %.2f%n", incremental / freshCounterfactual);
            }
        }
        out.flush();
        return 0;
    }

    private static double median(int warmup, int iterations, Runnable run) {
        for (int i = 0; i < warmup; i++) run.run();
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            run.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[iterations / 2] / 1e6;
    }
}
