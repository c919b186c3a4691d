package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, where output goes, what errors say. */
class CliTest {
    private static final String CSTO = "scenarios/csto-2017.yaml";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void assessPrintsTheVerdictAndExitsZero() {
        CliRun r = run("assess", CSTO, "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("seccom assessment: CSTO 2017").contains("Phase        nascent");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void assessWithoutRulesFolderUsesTheRulesBuiltIntoTheJar() {
        CliRun r = run("assess", CSTO);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Phase        nascent");
    }

    @Test
    void textReportFitsAHundredColumnTerminal() {
        CliRun r = run("assess", CSTO, "--rules", "rules");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void jsonReportCarriesTheDocumentedKeys() throws IOException {
        CliRun r = run("assess", CSTO, "--format", "json", "--rules", "rules");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("scenario").asText()).isEqualTo("CSTO 2017");
        assertThat(json.get("phase").asText()).isEqualTo("nascent");
        assertThat(json.get("deutsch").get("verdict").asText()).isEqualTo("partly met");
        JsonNode tier = json.get("tiers").get(0);
        assertThat(tier.get("tier").asInt()).isEqualTo(1);
        assertThat(tier.get("score").isNumber()).isTrue();
        assertThat(tier.get("factors").get(0).has("factor")).isTrue();
        assertThat(tier.get("factors").get(0).has("score")).isTrue();
        assertThat(json.get("blockers").isArray()).isTrue();
        JsonNode finding = json.get("findings").get(0);
        for (String key : new String[] {"rule", "factor", "points", "facts", "sources", "text"}) {
            assertThat(finding.has(key)).as(key).isTrue();
        }
    }

    @Test
    void invalidScenarioExitsTwoWithFileLineAndColumnAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(CSTO)).replace("    salience: high\n", "    salience: hihg\n"));
        CliRun r = run("assess", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ":").contains("is 'hihg'; expected one of low, medium, high; did you mean 'high'?");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void stacktraceFlagShowsTheStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: [unclosed\n");
        CliRun r = run("validate", bad.toString(), "--stacktrace");
        assertThat(r.code()).isEqualTo(2);
        CliRun withTrace = run("assess", bad.toString(), "--stacktrace");
        assertThat(withTrace.err()).contains("InvalidInputException").contains("\tat ");
    }

    @Test
    void unknownOptionIsABadUsageExitTwo() {
        CliRun r = run("assess", CSTO, "--colour");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void validateReportsEachFileAndExitsTwoWhenAnyIsBad(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: x\n");
        CliRun r = run("validate", CSTO, bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("ok " + CSTO);
        assertThat(r.err()).contains(bad + ":1:1: missing field 'grouping' in the scenario").contains("1 of 2 files invalid");
    }

    @Test
    void outputFileIsWrittenWhole(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        CliRun r = run("assess", CSTO, "--format", "json", "-o", report.toString(), "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{").contains("\"phase\" : \"nascent\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void neverOverwritesItsInput(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("s.yaml");
        Files.copy(Path.of(CSTO), scenario);
        byte[] before = Files.readAllBytes(scenario);
        CliRun r = run("assess", scenario.toString(), "-o", scenario.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("refusing to write the report to " + scenario + ": it is an input");
        assertThat(Files.readAllBytes(scenario)).isEqualTo(before);
    }

    @Test
    void rulesListsEveryRuleWithTierAndFactor() {
        CliRun r = run("rules", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("rules/30-trust-and-identity.drl")
                .contains("tier 3, mutual-trust")
                .contains("Arming a member's adversary erodes mutual trust")
                .containsPattern("\\d+ rules\\n$");
    }

    @Test
    void addRulesLoadsAFurtherRuleFile(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("extra.drl");
        Files.writeString(extra, """
                package seccom.rules;
                import org.seccom.model.*;
                // A grouping with any member at all has a heartbeat (a test rule).
                rule "A test rule that is listed"
                    @tier("test")
                when
                    Grouping()
                then
                end
                """);
        CliRun r = run("rules", "--rules", "rules", "--add-rules", extra.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(extra.toString()).contains("A test rule that is listed");
    }

    @Test
    void ruleFileThatDoesNotCompileIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("broken.drl");
        Files.writeString(extra, "package seccom.rules;\nrule \"Broken\"\n    @tier(\"test\")\nwhn\nthen\nend\n");
        CliRun r = run("assess", CSTO, "--rules", "rules", "--add-rules", extra.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(extra + ":4:").contains("whn");
    }

    @Test
    void profileCanBeSwappedAndMovesTheScores(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, Files.readString(Path.of("rules/profile.yaml"), StandardCharsets.UTF_8)
                .replace("trust.arms-to-adversary: {value: -20,", "trust.arms-to-adversary: {value: -40,"));
        CliRun base = run("assess", CSTO, "--format", "json", "--rules", "rules");
        CliRun swapped = run("assess", CSTO, "--format", "json", "--rules", "rules", "--profile", profile.toString());
        assertThat(swapped.code()).isZero();
        assertThat(swapped.out()).contains("\"points\" : -40.00").isNotEqualTo(base.out());
    }

    @Test
    void aProfileParameterTheRulesNameIsMissingIsReportedWhereTheRulesNameIt(@TempDir Path dir) throws IOException {
        Path profile = withoutLine(dir, "trust.criticism:");
        CliRun r = run("assess", CSTO, "--rules", "rules", "--profile", profile.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).matches("(?s)rules/30-trust-and-identity\\.drl:\\d+:\\d+: the rules use profile parameter"
                + " 'trust\\.criticism', which is not defined in " + java.util.regex.Pattern.quote(profile.toString())
                + "; add it there with a value and a why\\R");
    }

    @Test
    void aProfileParameterARuleBuildsAtRunTimeIsReportedWithTheRule(@TempDir Path dir) throws IOException {
        // "shock." + salience: no literal names it, so it is caught when the rule fires.
        Path profile = withoutLine(dir, "shock.high:");
        CliRun r = run("assess", CSTO, "--rules", "rules", "--profile", profile.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("rules/10-precipitating-conditions.drl:")
                .contains("uses profile parameter 'shock.high', which is not defined in " + profile)
                .doesNotContain("Exception");
    }

    private static Path withoutLine(Path dir, String prefix) throws IOException {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, Files.readString(Path.of("rules/profile.yaml"), StandardCharsets.UTF_8)
                .lines().filter(l -> !l.startsWith(prefix)).reduce("", (a, b) -> a + b + "\n"));
        return profile;
    }

    @Test
    void schemaCommandPrintsThePublishedSchema() throws IOException {
        CliRun r = run("schema");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("schema/scenario.schema.json")));
    }

    @Test
    void whatifPrintsBaselineAndCounterfactualWithTheCauseOfEachMove() {
        CliRun r = run("whatif", CSTO, "scenarios/what-if/russia-stops-arming-azerbaijan.yaml", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("[1.1] remove arms-rus-aze")
                .containsPattern("Mutual trust +\\d+\\.\\d weak +\\d+\\.\\d weak +\\+\\d")
                .contains("caused by: [1.1] remove arms-rus-aze");
    }

    @Test
    void whatifJsonCarriesBothAssessmentsAndTheDeltas() throws IOException {
        CliRun r = run("whatif", CSTO, "scenarios/what-if/russia-stops-arming-azerbaijan.yaml", "--format", "json", "--rules", "rules");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("baseline").get("phase").asText()).isEqualTo("nascent");
        assertThat(json.get("whatIf").has("findings")).isTrue();
        assertThat(json.get("deltas").get("scores").get("mutual-trust").get("delta").asDouble()).isPositive();
        assertThat(json.get("findings").get(0).get("causes").get(0).asText()).isEqualTo("1.1");
    }

    @Test
    void assessWithWhatIfAssessesTheChangedScenarioAlone() {
        CliRun r = run("assess", CSTO, "--what-if", "scenarios/what-if/russia-stops-arming-azerbaijan.yaml", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("seccom assessment: CSTO 2017 + what if: Russia stops arming Azerbaijan")
                .doesNotContain("arms-rus-aze");
    }

    @Test
    void asOfAssessesTheWorldOfThatDay() {
        CliRun r = run("assess", CSTO, "--as-of", "1993-06-30", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("as of 1993-06-30").doesNotContain("Belarus (BLR)");
    }

    @Test
    void aBadDateIsABadUsage() {
        CliRun r = run("assess", CSTO, "--as-of", "19 October 2017");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'19 October 2017' is not a date; expected a day like 2017-10-19");
    }

    @Test
    void timelinePrintsOneRowPerDateAndWhatCameAndWent() {
        CliRun r = run("timeline", CSTO, "--from", "1992", "--to", "1995", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1992-12-31").contains("1995-12-31").contains("What came and went")
                .contains("members in: BLR");
    }

    @Test
    void timelineRefusesAnEndBeforeItsStart() {
        CliRun r = run("timeline", CSTO, "--from", "2000", "--to", "1995", "--rules", "rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the timeline would end (1995-12-31) before it begins (2000-12-31)");
    }

    @Test
    void benchReportsMediansAndTheRatio() {
        CliRun r = run("bench", CSTO, "--what-if", "scenarios/what-if/russia-stops-arming-azerbaijan.yaml",
                "--warmup", "5", "--iterations", "5", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("fresh assessment of CSTO 2017: median").contains("ratio incremental / fresh:");
    }

    @Test
    void eachSubcommandHasItsOwnHelp() {
        for (String command : new String[] {"assess", "whatif", "timeline", "compare", "subgroups", "robustness", "reach",
                "test", "validate", "rules", "schema", "bench"}) {
            CliRun r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: seccom " + command);
        }
        assertThat(run("assess", "--help").out()).contains("--format").contains("--add-rules").contains("--profile");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("assess").contains("validate").contains("rules").contains("Exit codes");
    }
}
