package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: java -jar target/seccom.jar, in a process of its own. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/seccom.jar");

    record Result(int code, String out, String err) {}

    private static Result java(Path workDir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("seccom-it", ".out");
        Path err = Files.createTempFile("seccom-it", ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarAssessesTheCstoWithItsBuiltInRules(@TempDir Path elsewhere) throws Exception {
        Path scenario = elsewhere.resolve("csto.yaml");
        Files.copy(Path.of("scenarios/csto-2017.yaml"), scenario);
        Result r = java(elsewhere, "assess", "csto.yaml", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"phase\" : \"nascent\"").contains("\"verdict\" : \"partly met\"");
    }

    @Test
    void theJarReportsBadInputWithExitTwoAndNoStackTrace(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("bad.yaml"), "scenario: [unclosed\n");
        Result r = java(elsewhere, "validate", "bad.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("bad.yaml:2:1: malformed YAML").doesNotContain("\tat ");
    }

    @Test
    void theJarIsQuietOnStandardErrorWhenAllIsWell(@TempDir Path elsewhere) throws Exception {
        Result r = java(Path.of("").toAbsolutePath(), "rules");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("(built-in) rules/50-phase-and-verdict.drl");
    }
}
