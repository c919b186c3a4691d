package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report formats and figures from the command line: what each command writes, and refuses. */
class ReportFormatsTest {
    private static final String CSTO = "scenarios/csto-2017.yaml";
    private static final String HISTORY = "scenarios/csto-history.yaml";
    private static final String OVERLAY = "scenarios/what-if/russia-stops-arming-azerbaijan.yaml";

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void assessWritesOneSelfContainedHtmlFileAndItsMainFigure(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Path svg = dir.resolve("scores.svg");
        CliRun r = run("assess", CSTO, "--rules", "rules", "--format", "html", "-o", html.toString(), "--chart", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains(">nascent</div>");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("CSTO 2017: scores against the bands");
    }

    @Test
    void aPngFigureComesAtPrintResolution(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("timeline.png");
        CliRun r = run("timeline", HISTORY, "--rules", "rules", "--chart", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(820 * 4);
    }

    @Test
    void theTrustNetworkComesAsGraphmlOrDot() {
        CliRun graphml = run("assess", CSTO, "--rules", "rules", "--format", "graphml");
        assertThat(graphml.code()).isZero();
        assertThat(graphml.out()).contains("<graphml").contains("<node id=\"RUS\">");
        CliRun dot = run("assess", CSTO, "--rules", "rules", "--format", "dot");
        assertThat(dot.code()).isZero();
        assertThat(dot.out()).startsWith("strict graph \"trust\" {");
    }

    @Test
    void timelineAndCompareExportTidyCsvAndLatex() {
        CliRun csv = run("timeline", HISTORY, "--rules", "rules", "--from", "2010", "--to", "2012", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("date,phase,deutsch,subject,score\n").contains("2011-12-31,nascent,partly met,tier-3,");
        CliRun latex = run("timeline", HISTORY, "--rules", "rules", "--from", "2010", "--to", "2012", "--format", "latex");
        assertThat(latex.out()).contains("\\toprule").contains("2011-12-31");
        CliRun compare = run("compare", CSTO, "scenarios/nato.yaml", "--rules", "rules", "--format", "latex");
        assertThat(compare.code()).isZero();
        assertThat(compare.out()).contains("\\begin{tabular}").contains("NATO 2024");
        CliRun html = run("compare", CSTO, "scenarios/nato.yaml", "--rules", "rules", "--format", "html");
        assertThat(html.out()).contains("<figure id=\"figure-comparison\">");
    }

    @Test
    void whatIfAndSubgroupsWriteHtml() {
        CliRun whatIf = run("whatif", CSTO, OVERLAY, "--rules", "rules", "--format", "html");
        assertThat(whatIf.code()).as(whatIf.err()).isZero();
        assertThat(whatIf.out()).contains("Findings that changed, and why").contains("<svg");
        CliRun subgroups = run("subgroups", CSTO, "--rules", "rules", "--format", "html");
        assertThat(subgroups.code()).as(subgroups.err()).isZero();
        assertThat(subgroups.out()).contains("Sub-groups, ranked").contains("<svg");
    }

    @Test
    void aFormatACommandDoesNotWriteIsRefusedWithTheFormatsItDoes() {
        CliRun r = run("assess", CSTO, "--rules", "rules", "--format", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("assess does not write csv; it writes text, json, markdown, html, graphml or dot");
        CliRun robustness = run("robustness", CSTO, "--rules", "rules", "--format", "html", "--samples", "1");
        assertThat(robustness.code()).isEqualTo(2);
        assertThat(robustness.err()).contains("robustness does not write html; it writes text, json or markdown");
    }

    @Test
    void aChartFileMustBeSvgOrPngAndIsCheckedBeforeAnyWork(@TempDir Path dir) {
        CliRun r = run("assess", CSTO, "--rules", "rules", "--chart", dir.resolve("figure.jpg").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the file must end in .svg or .png");
        assertThat(r.out()).isEmpty();
    }
}
