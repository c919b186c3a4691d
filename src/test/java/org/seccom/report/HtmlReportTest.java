package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.engine.Comparisons;
import org.seccom.engine.Engine;
import org.seccom.engine.RuleHarness;
import org.seccom.engine.Subgroups;
import org.seccom.engine.Timelines;
import org.seccom.engine.WhatIfs;
import org.seccom.model.Assessment;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;
import org.seccom.report.chart.Charts;
import org.seccom.report.chart.Figure;
import org.seccom.scenario.OverlayReader;
import org.seccom.scenario.ScenarioReader;

/**
 * The HTML reports, the figures and the trust network's exports: structure pinned by golden
 * outlines (headings, sections, figures, table shapes; not pixels), GraphML and DOT pinned byte for
 * byte, and what every report must be: self-contained, deterministic, escaping scenario text.
 */
class HtmlReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-exports");

    static Engine engine;
    static Profile profile;
    static Scenario csto;
    static Assessment cstoAssessment;

    @BeforeAll
    static void assess() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
        csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
        cstoAssessment = engine.assess(csto, profile);
    }

    @Test
    void theCstoReportHasTheVerdictUpFrontThreeFiguresAndEveryFinding() throws IOException {
        String html = HtmlReport.assessment(cstoAssessment);
        Document doc = Jsoup.parse(html);
        assertThat(doc.getElementById("phase").text()).isEqualTo("nascent");
        assertThat(doc.getElementById("deutsch").text()).isEqualTo("partly met");
        assertThat(doc.getElementById("summary").text()).contains("nascent phase").contains("mutual-trust (23.1, needs 34)");
        for (String figure : List.of("figure-tiers", "figure-points", "figure-network")) {
            Element svg = doc.getElementById(figure).selectFirst("svg");
            assertThat(svg).as(figure).isNotNull();
            assertThat(svg.select("path, rect, line, text, ellipse").size()).as(figure).isGreaterThan(20);
        }
        assertThat(doc.select("table.findings tbody tr")).hasSize(cstoAssessment.findings().size());
        assertThat(doc.select("#sources tr")).extracting(Element::id).contains("source-bescotti2017");
        assertMatchesGolden("csto-2017.html.outline", outline(doc));
    }

    @Test
    void everyReportIsSelfContainedAndTheSameForTheSameInputs() {
        for (String html : allReports()) {
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, link, iframe, img[src], object")).isEmpty();
            assertThat(doc.select("[src], [href]")).allSatisfy(e -> {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertThat(ref).as("links stay inside the file").startsWith("#");
            });
            // Namespace names (xmlns) are identifiers, not addresses fetched; nothing else may point outside.
            assertThat(html.replaceAll("xmlns(:\\w+)?=['\"][^'\"]*['\"]", "")).doesNotContain("http://", "https://");
        }
        assertThat(allReports()).isEqualTo(allReports());
    }

    @Test
    void scenarioTextIsEscapedNotRun() {
        Scenario hostile = new Scenario("<script>alert('x')</script> & co", csto.grouping(), csto.asOf(),
                "A note with <script>document.title='pwned'</script> inside.", csto.sources(), csto.members(),
                csto.outsiders(), csto.groups(), csto.facts(), null);
        String html = HtmlReport.assessment(engine.assess(hostile, profile));
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;document.title=");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.title()).startsWith("<script>alert('x')</script> & co");
        assertThat(doc.body().text()).contains("A note with <script>document.title='pwned'</script> inside.");
        String svg = Charts.tiers(engine.assess(hostile, profile)).svgElement();
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void theWhatIfTimelineComparisonAndSubgroupReportsHaveTheirFiguresAndTables() throws IOException {
        List<String> names = List.of("whatif", "timeline", "compare", "subgroups");
        List<String> reports = allReports().subList(1, 5);
        for (int i = 0; i < names.size(); i++) {
            Document doc = Jsoup.parse(reports.get(i));
            assertThat(doc.select("figure svg")).as(names.get(i)).hasSize(1);
            assertThat(doc.select("table tbody tr")).as(names.get(i)).isNotEmpty();
            assertMatchesGolden(names.get(i) + ".html.outline", outline(doc));
        }
    }

    @Test
    void theTrustNetworkExportsAsGraphmlAndDotWithTheMembersAndTheCoreState() throws IOException {
        TrustNetwork net = TrustNetwork.of(cstoAssessment);
        assertThat(net.nodes()).hasSize(cstoAssessment.members().size());
        assertThat(net.nodes()).filteredOn(TrustNetwork.Node::core).extracting(TrustNetwork.Node::code).containsExactly("RUS");
        assertThat(net.edges()).anySatisfy(d -> assertThat(d.net()).isNegative()).anySatisfy(d -> assertThat(d.net()).isPositive());
        String graphml = net.graphml();
        Document xml = Jsoup.parse(graphml, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("node")).hasSize(net.nodes().size());
        assertThat(xml.select("edge")).hasSize(net.edges().size());
        assertMatchesGolden("csto-2017.graphml", graphml);
        String dot = net.dot();
        assertThat(dot).startsWith("strict graph \"trust\" {").contains("doublecircle");
        assertMatchesGolden("csto-2017.dot", dot);
    }

    @Test
    void figuresAreDeterministicSvgAndPrintResolutionPng() throws IOException {
        Figure tiers = Charts.tiers(cstoAssessment);
        assertThat(tiers.svgDocument()).startsWith("<?xml").contains("<svg").isEqualTo(Charts.tiers(cstoAssessment).svgDocument());
        byte[] png = tiers.png(4);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(tiers.width() * 4);
        assertThat(image.getHeight()).isEqualTo(tiers.height() * 4);
    }

    private static List<String> allReports() {
        List<String> out = new ArrayList<>();
        out.add(HtmlReport.assessment(cstoAssessment));
        out.add(HtmlReport.whatIf(WhatIfs.assess(engine, profile,
                new OverlayReader().read(Path.of("scenarios/csto-2017.yaml"),
                        List.of(Path.of("scenarios/what-if/russia-stops-arming-azerbaijan.yaml")), profile), null)));
        Scenario history = new ScenarioReader().read(Path.of("scenarios/csto-history.yaml"));
        List<TimelineStep> steps = Timelines.run(engine, profile, history, LocalDate.of(1992, 12, 31), history.asOf(),
                java.time.Period.ofYears(1));
        out.add(HtmlReport.timeline(history.scenario(), steps));
        List<Assessment> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(engine.assess(new ScenarioReader().read(p), profile));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out.add(HtmlReport.comparison(Comparisons.rank(all, 3)));
        out.add(HtmlReport.subgroups(Subgroups.find(engine, profile, csto, 5)));
        return out;
    }

    /** The structure of a page: headings, sections, figures and table shapes, one per line. */
    static String outline(Document doc) {
        StringBuilder s = new StringBuilder("title: ").append(doc.title()).append('\n');
        for (Element e : doc.body().select("h1, h2, h3, section, figure, table")) {
            switch (e.tagName()) {
                case "section" -> s.append("section #").append(e.id()).append('\n');
                case "figure" -> {
                    Element svg = e.selectFirst("svg");
                    s.append("  figure #").append(e.id()).append(": svg ")
                            .append(svg == null ? "missing" : svg.attr("width") + "x" + svg.attr("height")).append('\n');
                }
                case "table" -> {
                    s.append("  table.").append(e.className()).append(": ");
                    s.append(String.join(" | ", e.select("thead th").eachText()));
                    s.append(" (").append(e.select("tbody tr").size()).append(" rows)\n");
                }
                default -> s.append("  ".repeat(Integer.parseInt(e.tagName().substring(1)) - 1)).append(e.tagName())
                        .append(": ").append(e.text()).append('\n');
            }
        }
        return s.toString();
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        Golden.assertMatches(GOLDEN, name, actual);
    }
}
