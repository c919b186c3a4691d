package org.seccom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seccom.engine.Engine;
import org.seccom.engine.RuleBase;
import org.seccom.model.Assessment;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.report.Format;
import org.seccom.scenario.ScenarioReader;
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

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        Scenario scenario = new ScenarioReader().read(scenarioFile);
        Engine engine = new Engine(RuleBase.compile(rules.sources()));
        Profile profile = rules.profile();
        Assessment assessment = engine.assess(scenario, profile);
        List<Path> inputs = new ArrayList<>(rules.inputs());
        inputs.add(scenarioFile);
        Output.write(format.renderer().render(assessment), output, inputs, spec.commandLine().getOut());
        return 0;
    }
}
