package org.seccom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.seccom.engine.Engine;
import org.seccom.engine.Expectations;
import org.seccom.engine.RuleBase;
import org.seccom.model.Counterfactual;
import org.seccom.model.Expect;
import org.seccom.model.ExpectationResult;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.report.ExpectationReport;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;
import org.seccom.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {
            "Check every scenario and overlay that states expectations (an expect: block) under the paths given:"
                    + " pass or fail per expectation, with the reason a failure failed. Exit code 1 when any fails;"
                    + " 2 when a file cannot be read or is invalid (each such file is reported with its place and the"
                    + " others are still tested).",
            "",
            "Example: seccom test scenarios/ --junit target/seccom-test.xml"})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario or overlay files, or folders to search for *.yaml.")
    List<Path> paths;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Path junit;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        List<Path> files = files();
        List<Path> scenarioFiles = new ArrayList<>();
        List<Path> overlayFiles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                String text = org.seccom.scenario.InputFiles.readUtf8(f);
                texts.put(f, text);
                (isOverlay(text) ? overlayFiles : scenarioFiles).add(f);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        Workbench bench = Workbench.of(rules);
        List<Path> inputs = bench.inputs(null, files);
        inputs.addAll(paths);
        Output.check(junit, "--junit", inputs);
        RuleBase ruleBase = bench.ruleBase();
        Engine engine = bench.engine();
        Profile profile = bench.profile();
        ScenarioReader reader = new ScenarioReader();
        Map<String, Path> byTitle = new LinkedHashMap<>();
        Map<Path, Scenario> scenarios = new LinkedHashMap<>();
        for (Path f : scenarioFiles) {
            try {
                Scenario s = reader.read(f);
                scenarios.put(f, s);
                byTitle.putIfAbsent(s.scenario(), f);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        List<ExpectationResult> results = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (Map.Entry<Path, Scenario> e : scenarios.entrySet()) {
            Expect expect = e.getValue().expect();
            if (expect == null) {
                without.add(e.getKey().toString());
                continue;
            }
            headers.put(e.getKey().toString(), header(e.getValue().scenario(), expect));
            results.addAll(Expectations.check(e.getKey().toString(), expect, engine.assess(e.getValue(), profile), ruleBase));
        }
        for (Path f : overlayFiles) {
            try {
                String base = baseTitle(texts.get(f));
                Path baseFile = byTitle.get(base);
                if (baseFile == null) {
                    problems.add(new Problem(f.toString(), 0, 0, "its base '" + base
                            + "' is not among the scenarios given; give the base scenario's file or folder too"));
                    continue;
                }
                Counterfactual cf = bench.read(baseFile, List.of(f));
                if (cf.expect() == null) {
                    without.add(f.toString());
                    continue;
                }
                headers.put(f.toString(), header(cf.scenario().scenario(), cf.expect()));
                results.addAll(Expectations.check(f.toString(), cf.expect(), engine.assess(cf.scenario(), bench.profileFor(cf)),
                        ruleBase));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (junit != null) Output.write(ExpectationReport.junit(results), junit, "--junit", inputs, spec.commandLine().getOut());
        Output.write(ExpectationReport.text(results, headers, without), null, null, List.of(), spec.commandLine().getOut());
        if (!problems.isEmpty()) {
            // Every file that could be read was tested; those that could not are reported, and the run fails.
            java.io.PrintWriter err = spec.commandLine().getErr();
            List<Problem> sorted = problems.stream().sorted().toList();
            for (Problem p : sorted) err.println(p);
            long bad = sorted.stream().map(Problem::file).distinct().count();
            err.printf("%d of %d files could not be tested%n", bad, files.size());
            err.flush();
            return 2;
        }
        return results.stream().noneMatch(ExpectationResult::failed) ? 0 : 1;
    }

    private static String header(String title, Expect expect) {
        return title + " (expected by " + expect.source() + (expect.contested() == null ? "" : "; contested: " + expect.contested()) + ")";
    }

    private List<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw InvalidInputException.of(p.toString(), 0, 0, "no such file or folder");
            }
        }
        return new ArrayList<>(files);
    }

    /** Overlays name their counterfactual with a top-level `overlay:` key. */
    private static boolean isOverlay(String text) {
        return text.lines().anyMatch(l -> l.startsWith("overlay:"));
    }

    private static String baseTitle(String text) {
        return text.lines().filter(l -> l.startsWith("base:")).map(l -> l.substring("base:".length()).strip())
                .map(t -> t.replaceAll("^[\"']|[\"']$", "")).findFirst().orElse("");
    }
}
