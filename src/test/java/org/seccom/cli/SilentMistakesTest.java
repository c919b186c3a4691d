package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Mistakes that used to vanish without a word (issue 13), generated over the shipped files: a fact
 * moved wholly after asOf, a trust signal whose actors are no members, a member that joins after
 * asOf, a rule whose @factor or @tier is misspelt. Each must be named with its file and line by
 * validate (or by the rule compiler), and --strict must make the warning an error (exit 2).
 */
class SilentMistakesTest {
    private static final Path CSTO = Path.of("scenarios/csto-2017.yaml");
    private static final List<String> LINES = read(CSTO);
    private static final LocalDate AS_OF = LocalDate.parse("2017-10-19");
    private static final org.seccom.engine.Engine ENGINE = new org.seccom.engine.Engine(
            org.seccom.engine.RuleBase.compile(org.seccom.engine.RuleBase.readFolder(Path.of("rules"))));
    private static final org.seccom.model.Profile PROFILE = new org.seccom.scenario.ProfileReader().read(Path.of("rules/profile.yaml"));

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Lines (0-based) where a block-style fact starts: {@code   - id: x}. */
    private static List<Integer> factStarts() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) if (LINES.get(i).startsWith("  - id: ")) out.add(i);
        return out;
    }

    /** The end (exclusive) of the fact block starting at {@code start}. */
    private static int blockEnd(int start) {
        int i = start + 1;
        while (i < LINES.size() && (LINES.get(i).isBlank() || LINES.get(i).startsWith("    "))) i++;
        while (LINES.get(i - 1).isBlank()) i--;
        return i;
    }

    private static Path write(List<String> lines) throws IOException {
        Path dir = Files.createTempDirectory("issue13-a-");
        Path file = dir.resolve("mutated.yaml");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Example
    void theShippedCstoFileValidatesWithoutWarningsEvenStrictly() {
        CliRun r = CliRun.of("validate", "--strict", CSTO.toString(), "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Property(tries = 12)
    void aFactMovedPastAsOfIsNamedWhereItsDateIsWritten(@ForAll @IntRange(min = 0, max = 200) int pick,
                                                        @ForAll @IntRange(min = 1, max = 4000) int daysLater) throws IOException {
        List<Integer> starts = factStarts();
        int start = starts.get(pick % starts.size());
        int end = blockEnd(start);
        String id = LINES.get(start).substring("  - id: ".length()).strip();
        List<String> lines = new ArrayList<>();
        int fromLine = 0;
        for (int i = 0; i < LINES.size(); i++) {
            if (i > start && i < end && (LINES.get(i).startsWith("    from:") || LINES.get(i).startsWith("    until:"))) continue;
            lines.add(LINES.get(i));
            if (i == start) {
                lines.add("    from: " + AS_OF.plusDays(daysLater));
                fromLine = lines.size();
            }
        }
        Path file = write(lines);
        CliRun r = CliRun.of("validate", file.toString(), "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains(file + ":" + fromLine + ":11: warning: ").contains("('" + id + "') cannot count: out of date range");
        assertThat(CliRun.of("validate", "--strict", file.toString(), "--rules", "rules").code()).isEqualTo(2);
        // assess lists it among the facts that produced no finding, in the JSON and the text report
        org.seccom.model.Assessment a = ENGINE.assess(new org.seccom.scenario.ScenarioReader().read(file), PROFILE);
        assertThat(a.findings()).noneSatisfy(f -> assertThat(f.facts()).contains(id));
        JsonNode idle = new ObjectMapper().readTree(new org.seccom.report.JsonReport().render(a)).get("idleFacts");
        assertThat(idle.findValuesAsText("fact")).contains(id);
        assertThat(new org.seccom.report.TextReport().render(a)).contains("Facts that produced no finding, and why")
                .contains("  " + id + " (" );
    }

    @Provide
    Arbitrary<Integer> trustActorLines() {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) if (LINES.get(i).startsWith("    actors: [")) lines.add(i);
        return Arbitraries.of(lines);
    }

    @Property(tries = 10)
    void actorsThatAreNoMembersAreNamed(@ForAll("trustActorLines") int line,
                                        @ForAll @IntRange(min = 0, max = 5) int which) throws IOException {
        int start = line;
        while (!LINES.get(start).startsWith("  - id: ")) start--;
        int end = blockEnd(start);
        String block = String.join("\n", LINES.subList(start, end));
        List<String> outsiders = Stream.of("AZE", "GEO", "UKR", "UZB", "USA", "CHN").filter(o -> !block.contains(o)).toList();
        String outsider = outsiders.get(which % outsiders.size());
        List<String> lines = new ArrayList<>(LINES);
        lines.set(line, "    actors: [" + outsider + "]");
        Path file = write(lines);
        CliRun r = CliRun.of("validate", file.toString(), "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains(file + ":" + (line + 1) + ":13: warning: ").contains("no member involved: actors");
        assertThat(CliRun.of("validate", "--strict", file.toString(), "--rules", "rules").code()).isEqualTo(2);
    }

    @Property(tries = 6)
    void aMemberJoiningAfterAsOfIsNamed(@ForAll @IntRange(min = 0, max = 5) int member,
                                        @ForAll @IntRange(min = 1, max = 3000) int daysLater) throws IOException {
        List<String> lines = new ArrayList<>(LINES);
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) if (LINES.get(i).startsWith("  - {code: ") && LINES.get(i).contains("joined: ")) members.add(i);
        int line = members.get(member % members.size());
        String joined = AS_OF.plusDays(daysLater).toString();
        lines.set(line, lines.get(line).replaceFirst("joined: [0-9-]+", "joined: " + joined));
        Path file = write(lines);
        CliRun r = CliRun.of("validate", file.toString(), "--rules", "rules");
        assertThat(r.code()).isZero();
        int column = lines.get(line).indexOf(joined) + 1;
        assertThat(r.err()).contains(file + ":" + (line + 1) + ":" + column + ": warning: member ").contains("joins on " + joined);
        assertThat(CliRun.of("validate", "--strict", file.toString(), "--rules", "rules").code()).isEqualTo(2);
    }

    private static final Pattern FACTOR = Pattern.compile("@factor\\(\"([a-z-]+)\"\\)");
    private static final Pattern TIER = Pattern.compile("@tier\\(\"([0-9])\"\\)");

    /** Every (file, line) of a rule's @factor in the shipped rules. */
    @Provide
    Arbitrary<String[]> metadataLines() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = read(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (FACTOR.matcher(lines.get(i)).find() && TIER.matcher(lines.get(i)).find()) {
                        out.add(new String[] {f.getFileName().toString(), String.valueOf(i)});
                    }
                }
            }
        }
        return Arbitraries.of(out);
    }

    @Property(tries = 4)
    void aMisspeltFactorOrTierIsACompileErrorAtItsLine(@ForAll("metadataLines") String[] at,
                                                       @ForAll @IntRange(min = 0, max = 3) int how) throws IOException {
        Path dir = Files.createTempDirectory("issue13-a-rules-");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Path file = dir.resolve(at[0]);
        List<String> lines = new ArrayList<>(read(file));
        int line = Integer.parseInt(at[1]);
        String text = lines.get(line);
        Matcher factor = FACTOR.matcher(text);
        assertThat(factor.find()).isTrue();
        String expected;
        switch (how) {
            case 0 -> { // a letter dropped: transactions -> transaction
                String f = factor.group(1);
                text = text.replace("\"" + f + "\"", "\"" + f.substring(0, f.length() - 1) + "\"");
                expected = "has @factor(\"" + f.substring(0, f.length() - 1) + "\"), which no rule declares";
            }
            case 1 -> {
                text = text.replace("\"" + factor.group(1) + "\"", "\"" + factor.group(1) + "x\"");
                expected = "which no rule declares";
            }
            case 2 -> { // the tier in words
                text = TIER.matcher(text).replaceFirst("@tier(\"two\")");
                expected = "has @tier(\"two\"), but its factor";
            }
            default -> { // no @factor at all
                text = FACTOR.matcher(text).replaceFirst("");
                expected = "records a finding but has no @factor";
            }
        }
        lines.set(line, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("assess", CSTO.toString(), "--rules", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        // The line of the metadata; a rule without @factor is named at its rule "..." line, just above.
        String place = file + ":" + (how == 3 ? "" : String.valueOf(line + 1));
        assertThat(r.err()).contains(place).contains(expected).doesNotContain("unexpected failure");
    }

    @Example
    void everyShippedOverlayValidates() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", "--rules", "rules"));
        try (Stream<Path> files = Files.list(Path.of("scenarios/what-if"))) {
            files.sorted().forEach(f -> args.add(f.toString()));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(args.size() - 3).allSatisfy(l -> assertThat(l).startsWith("ok ").contains("overlay on"));
    }

    @Example
    void anOverlayWhoseBaseIsNowhereIsNamedAtItsBaseLine() throws IOException {
        Path file = write(List.of("overlay: x", "base: No Such Scenario", "changes:", "  - remove: y"));
        CliRun r = CliRun.of("validate", file.toString(), "--rules", "rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":2:1: this overlay's base 'No Such Scenario'");
    }
}
