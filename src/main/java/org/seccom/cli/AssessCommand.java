package org.seccom.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.engine.Engine;
import org.seccom.engine.RuleBase;
import org.seccom.model.Assessment;
import org.seccom.model.Counterfactual;
import org.seccom.model.Profile;
import org.seccom.report.Format;
import org.seccom.scenario.OverlayReader;
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
            "Example: seccom assess scenarios/my-grouping.yaml --format json -o report.json"})
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

    @Mixin
    ReportOptions report;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Engine engine = new Engine(RuleBase.compile(rules.sources()));
        Profile profile = rules.profile();
        Counterfactual cf = new OverlayReader().read(scenarioFile, overlays, profile);
        Profile used = cf.profileChanges().isEmpty() ? profile : profile.with(cf.profileChanges());
        Assessment assessment = engine.assess(cf.scenario(), used, asOf == null ? cf.scenario().asOf() : asOf);
        List<Path> inputs = new ArrayList<>(rules.inputs());
        inputs.add(scenarioFile);
        inputs.addAll(overlays);
        report.write(report.format.renderer().render(assessment), inputs, spec);
        return 0;
    }
}
