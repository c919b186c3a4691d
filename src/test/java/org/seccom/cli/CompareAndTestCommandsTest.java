package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** seccom compare and seccom test, as a user runs them. */
class CompareAndTestCommandsTest {
    private static final String CSTO = "scenarios/csto-2017.yaml";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A copy of the CSTO scenario with other expectations, and only as many facts as it needs. */
    private static Path withExpect(Path dir, String name, String expect) throws IOException {
        String text = Files.readString(Path.of(CSTO));
        text = text.substring(0, text.indexOf("\nexpect:")) + "\n" + expect;
        text = text.replace("scenario: CSTO 2017", "scenario: CSTO 2017 (" + name + ")");
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void compareCsvIsTidyOneRowPerGroupingAndSubject() {
        CliRun r = run("compare", CSTO, "scenarios/csto-history.yaml", "--format", "csv", "--rules", "rules");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,scenario,grouping,as_of,phase,deutsch,level,group,subject,score,band");
        // per grouping: 3 tiers + 10 factors + 4 Deutsch wholes + 2 indicator scores
        assertThat(lines).hasSize(1 + 2 * 19);
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(11));
        assertThat(lines).anyMatch(l -> l.contains(",factor,tier-3,mutual-trust,"));
    }

    @Test
    void compareRanksAndNamesWhatSeparatesNeighbours() {
        CliRun r = run("compare", CSTO, "scenarios/csto-history.yaml", "--rules", "rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 groupings, most advanced first").contains("What separates each from the next")
                .contains("#1").contains("#2");
    }

    @Test
    void testPassesOnTheShippedExpectationsAndWritesJunitXml(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("results.xml");
        CliRun r = run("test", "scenarios/", "--junit", xml.toString(), "--rules", "rules");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("expectations: \\d+ passed, 0 failed\\n$");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isGreaterThanOrEqualTo(2);
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(Integer.parseInt(suites.getAttribute("tests")));
    }

    @Test
    void aFailedExpectationSaysWhyAndExitsOne(@TempDir Path dir) throws Exception {
        Path file = withExpect(dir, "too-hopeful", """
                expect:
                  source: a test
                  phase: [ascendant, mature-loosely-coupled]
                  deutsch: met
                  bands: {tier-3: met}
                  findings: ["Members settled a dispute between them peacefully"]
                  noFindings: ["Arming a member's adversary erodes mutual trust", "No such rule"]
                """);
        Path xml = dir.resolve("results.xml");
        CliRun r = run("test", file.toString(), "--junit", xml.toString(), "--rules", "rules");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().replaceAll("\\s*\\n\\s*", " ")) // as read, without the line breaks of wrapping
                .contains("FAIL  phase: nascent (expected ascendant or mature-loosely-coupled): the phase is nascent; below"
                        + " ascendant it falls short on collective-identity")
                .contains("FAIL  deutsch: partly met (expected met): Deutsch's verdict is partly met")
                .contains("FAIL  band of tier-3: weak")
                .contains("FAIL  finding of \"Members settled a dispute between them peacefully\": absent (expected present): no"
                        + " finding of this rule: none of its patterns matched the facts")
                .contains("FAIL  no finding of \"Arming a member's adversary erodes mutual trust\": present (expected"
                        + " absent): it fired on arms-rus-aze, dispute-arm-aze-nk")
                .contains("no rule is named \"No such rule\"")
                .contains("expectations: 0 passed, 6 failed");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(6);
        assertThat(((Element) doc.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("expected ascendant or mature-loosely-coupled, found nascent");
    }

    @Test
    void anExpectedBandMustBeABand(@TempDir Path dir) throws Exception {
        Path file = withExpect(dir, "bad-band", """
                expect:
                  source: a test
                  bands: {tier-1: strong}
                """);
        CliRun r = run("test", file.toString(), "--rules", "rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":").contains("expect.bands.tier-1 names the band 'strong'; expected weak, partial or met");
    }

    @Test
    void anOverlayWhoseBaseIsNotGivenIsReported() {
        CliRun r = run("test", "scenarios/what-if/russia-stops-arming-azerbaijan.yaml", "--rules", "rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("its base 'CSTO 2017' is not among the scenarios given");
    }
}
