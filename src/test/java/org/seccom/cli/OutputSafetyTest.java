package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command that writes a file, with targets that must not be written: an input reached through
 * a symlink or a hard link, the target itself a symlink, a FIFO, a device or a folder, a rule file or
 * the profile. Each ends in a clear error with exit 2, and the target is left as it was.
 */
class OutputSafetyTest {

    /** A command that writes a file: its arguments given the scenario, the profile, an added rule file and the target. */
    record Cmd(String name, Function<Paths, List<String>> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Paths(Path scenario, Path profile, Path rule, Path target) {}

    static Stream<Cmd> writers() {
        return Stream.of(
                new Cmd("assess -o", p -> List.of("assess", p.scenario().toString(), "-o", p.target().toString())),
                new Cmd("assess --chart", p -> List.of("assess", p.scenario().toString(), "--chart", p.target() + "")),
                new Cmd("assess --format dot -o", p -> List.of("assess", p.scenario().toString(), "--format", "dot", "-o", p.target() + "")),
                new Cmd("whatif -o", p -> List.of("whatif", p.scenario().toString(), "scenarios/what-if/russia-leaves.yaml", "-o", p.target() + "")),
                new Cmd("timeline -o", p -> List.of("timeline", p.scenario().toString(), "--from", "2016", "-o", p.target() + "")),
                new Cmd("compare -o", p -> List.of("compare", p.scenario().toString(), "scenarios/nato.yaml", "-o", p.target() + "")),
                new Cmd("subgroups -o", p -> List.of("subgroups", p.scenario().toString(), "-o", p.target() + "")),
                new Cmd("robustness -o", p -> List.of("robustness", p.scenario().toString(), "--samples", "3", "-o", p.target() + "")),
                new Cmd("reach -o", p -> List.of("reach", p.scenario().toString(), "--phase", "nascent", "-o", p.target() + "")),
                new Cmd("test --junit", p -> List.of("test", p.scenario().toString(), "--junit", p.target() + "")));
    }

    /** Where the target points, given the inputs: each must be refused. */
    enum Target { SYMLINK_TO_SCENARIO, SCENARIO_THROUGH_LINKED_FOLDER, HARD_LINK_TO_SCENARIO, PROFILE, ADDED_RULE,
        SYMLINK_TO_NEW_FILE, FIFO, DEVICE, FOLDER }

    static Stream<Arguments> cases() {
        // Every command with the three ways to reach an input or a special file; two commands with all of them
        // (each run compiles the rules, so the full matrix would take minutes for the same checks).
        List<Target> everyCommand = List.of(Target.SYMLINK_TO_SCENARIO, Target.HARD_LINK_TO_SCENARIO, Target.FIFO);
        return writers().flatMap(w -> Stream.of(Target.values())
                .filter(t -> everyCommand.contains(t) || w.name().equals("assess -o") || w.name().equals("test --junit"))
                .map(t -> Arguments.of(w, t)));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("cases")
    void refusesTargetsThatAreInputsLinksOrSpecialFiles(Cmd w, Target t, @TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        String yaml = Files.readString(Path.of("scenarios/csto-2017.yaml"));
        Files.writeString(scenario, yaml);
        Path profile = dir.resolve("profile.yaml");
        Files.copy(Path.of("rules/profile.yaml"), profile);
        Path rule = dir.resolve("extra.drl");
        Files.writeString(rule, "package org.seccom.rules\n");
        Path target = switch (t) {
            case SYMLINK_TO_SCENARIO -> Files.createSymbolicLink(dir.resolve("link.out"), scenario);
            case SCENARIO_THROUGH_LINKED_FOLDER -> Files.createSymbolicLink(dir.resolve("linked"), dir).resolve("s.yaml");
            case HARD_LINK_TO_SCENARIO -> Files.createLink(dir.resolve("hard.out"), scenario);
            case PROFILE -> profile;
            case ADDED_RULE -> rule;
            case SYMLINK_TO_NEW_FILE -> Files.createSymbolicLink(dir.resolve("dangling.out"), dir.resolve("elsewhere.out"));
            case FIFO -> mkfifo(dir.resolve("fifo.out"));
            case DEVICE -> Path.of("/dev/null");
            case FOLDER -> Files.createDirectory(dir.resolve("folder.out"));
        };
        if (w.name().contains("--chart") && t != Target.DEVICE) {
            // --chart wants .svg or .png: the same cases, named so
            Path svg = target.resolveSibling(target.getFileName() + ".svg");
            if (t == Target.FOLDER) target = Files.createDirectory(svg);
            else if (Files.isSymbolicLink(target)) target = Files.createSymbolicLink(svg, Files.readSymbolicLink(target));
            else if (t == Target.FIFO) target = mkfifo(svg);
            else if (t == Target.HARD_LINK_TO_SCENARIO) target = Files.createLink(svg, scenario);
            else if (t == Target.SCENARIO_THROUGH_LINKED_FOLDER || t == Target.PROFILE || t == Target.ADDED_RULE) {
                return; // these names do not end in .svg; the cases above cover the same check
            }
        }
        List<String> args = new ArrayList<>(w.args().apply(new Paths(scenario, profile, rule, target)));
        args.addAll(List.of("--profile", profile.toString(), "--add-rules", rule.toString(), "--rules", "rules"));

        CliRun r = CliRun.of(args.toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("seccom: ").doesNotContain("unexpected failure").doesNotContain("\tat ");
        assertThat(Files.readString(scenario)).isEqualTo(yaml);
        assertThat(Files.readString(profile)).isEqualTo(Files.readString(Path.of("rules/profile.yaml")));
        assertThat(Files.readString(rule)).isEqualTo("package org.seccom.rules\n");
        if (t == Target.SYMLINK_TO_NEW_FILE) assertThat(dir.resolve("elsewhere.out")).doesNotExist();
        if (t == Target.FIFO) assertThat(Files.isRegularFile(target)).isFalse();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static Path mkfifo(Path p) throws IOException, InterruptedException {
        Process proc;
        try {
            proc = new ProcessBuilder("mkfifo", p.toString()).start();
        } catch (IOException e) {
            assumeThat(false).as("mkfifo is not available").isTrue();
            return p;
        }
        assumeThat(proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0).as("mkfifo failed").isTrue();
        return p;
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAClearErrorAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("file.txt");
        Files.writeString(file, "x");
        for (Path bad : List.of(file.resolve("report.txt"), Path.of("/proc/self/report.txt"))) {
            CliRun r = CliRun.of("assess", "scenarios/csto-2017.yaml", "-o", bad.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("seccom: cannot write " + bad).doesNotContain("unexpected failure");
        }
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aReadOnlyFolderIsAClearErrorAndKeepsTheOldReport(@TempDir Path dir) throws IOException {
        assumeThat(System.getProperty("user.name")).as("root writes read-only folders").isNotEqualTo("root");
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "old");
        assertThat(dir.toFile().setWritable(false)).isTrue();
        try {
            CliRun r = CliRun.of("assess", "scenarios/csto-2017.yaml", "-o", report.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("cannot write " + report).contains("permission denied");
            assertThat(Files.readString(report)).isEqualTo("old");
        } finally {
            dir.toFile().setWritable(true);
        }
    }

    @Test
    void theSameFileForReportAndChartIsRefused(@TempDir Path dir) {
        Path f = dir.resolve("x.svg");
        CliRun r = CliRun.of("assess", "scenarios/csto-2017.yaml", "-o", f.toString(), "--chart", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("-o and --chart name the same file");
        assertThat(f).doesNotExist();
    }

    /** A writer that fails like a full disk. */
    private static PrintWriter full() {
        return new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {}
        });
    }

    static Stream<List<String>> printers() {
        return Stream.of(List.of("assess", "scenarios/csto-2017.yaml"), List.of("validate", "scenarios/csto-2017.yaml"),
                List.of("rules"), List.of("schema"), List.of("test", "scenarios/csto-2017.yaml"),
                List.of("assess", "scenarios/csto-2017.yaml", "--format", "html"));
    }

    @ParameterizedTest
    @MethodSource("printers")
    void aReportCutShortOnStandardOutputExitsTwo(List<String> args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(full());
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("could not write the report to standard output").doesNotContain("\tat ");
    }
}
