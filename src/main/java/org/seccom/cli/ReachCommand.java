package org.seccom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seccom.engine.Reach;
import org.seccom.model.Counterfactual;
import org.seccom.model.Fact;
import org.seccom.model.Scenario;
import org.seccom.report.Format;
import org.seccom.report.ReachReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reach", mixinStandardHelpOptions = true,
        description = {
            "What would it take? Search for the smallest sets of changes that bring the grouping to a phase"
                    + " (up or down): retract a fact behind a negative finding, settle a dispute by agreement, have the"
                    + " grouping act in a crisis, make a body work, add a mature-phase indicator, or apply an"
                    + " overlay given with --candidates. Going up, it also proposes evidence the file lacks: for each"
                    + " factor with no evidence, or holding the grouping below the phase, a fact of a kind the rules"
                    + " score for it, across all members, marked hypothetical (find a source before relying on it)"
                    + " and listed apart with what it does alone. Bounded: it says what it did not explore.",
            "",
            "Example: seccom reach scenarios/my-grouping.yaml --phase ascendant --max-changes 3"})
final class ReachCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The scenario (YAML).")
    Path scenarioFile;

    @Option(names = "--phase", paramLabel = "PHASE", required = true, description = "The phase to reach.")
    String phase;

    @Option(names = "--max-changes", paramLabel = "K", defaultValue = "3", description = "Largest set of changes, at most 20 (default: ${DEFAULT-VALUE}).")
    int maxChanges;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "5000", description = "Most evaluations, at most 1000000 (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--beam", paramLabel = "N", defaultValue = "15",
            description = "Combine only the N changes that alone come closest (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(names = "--candidates", paramLabel = "OVERLAY", description = "An overlay to consider as one change (repeatable).")
    List<Path> candidates = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Limits.count("--max-changes", maxChanges, 1, Limits.MAX_CHANGES, "the sets to try grow combinatorially with it");
        Limits.count("--budget", budget, 1, Limits.BUDGET, "each evaluation is a full assessment; that many take hours");
        Limits.count("--beam", beam, 1, Limits.BEAM, "the changes combined; no scenario proposes more");
        ReportOptions.accept("reach", format, List.of(Format.TEXT, Format.JSON, Format.MARKDOWN));
        Workbench bench = Workbench.of(rules);
        Scenario scenario = bench.read(scenarioFile, List.of()).scenario();
        List<Reach.Candidate> extra = new ArrayList<>();
        for (Path overlay : candidates) extra.add(asCandidate(bench.read(scenarioFile, List.of(overlay)), overlay));
        Reach.Result result;
        try {
            result = Reach.search(bench.engine(), bench.profile(), scenario, phase, maxChanges, budget, beam, extra);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        report.write(ReachReport.render(result, format), bench.inputs(scenarioFile, candidates), spec);
        return 0;
    }

    /** An overlay as one change: its facts removed, changed and added (membership and profile changes are not carried). */
    private static Reach.Candidate asCandidate(Counterfactual cf, Path overlay) {
        Map<String, Fact> before = cf.base().facts().stream().collect(Collectors.toMap(Fact::id, Function.identity()));
        Map<String, Fact> after = cf.scenario().facts().stream().collect(Collectors.toMap(Fact::id, Function.identity()));
        return new Reach.Candidate("apply " + overlay.getFileName(), sc -> {
            List<Fact> facts = new ArrayList<>();
            for (Fact f : sc.facts()) {
                if (before.containsKey(f.id()) && !after.containsKey(f.id())) continue;
                facts.add(after.getOrDefault(f.id(), f));
            }
            for (Fact f : after.values()) if (!before.containsKey(f.id())) facts.add(f);
            return sc.withFacts(facts);
        });
    }
}
