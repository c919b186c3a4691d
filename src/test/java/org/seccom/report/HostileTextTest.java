package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.seccom.engine.Comparisons;
import org.seccom.engine.RuleHarness;
import org.seccom.engine.Timelines;
import org.seccom.engine.WhatIfs;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;
import org.seccom.model.WhatIf;
import org.seccom.scenario.OverlayReader;
import org.seccom.scenario.ScenarioReader;
import org.xml.sax.InputSource;

/**
 * Hostile text in every text field of a scenario (its title, grouping, member names, claims, notes,
 * source references, an overlay's reasons): quotes, backslashes, line breaks, HTML and table markup,
 * backticks, braces, DOT's {@code \l}, spreadsheet formulas, leading {@code + - @}, tabs, carriage
 * returns and terminal escapes. Each export must still parse or render as its format intends and
 * show the text as text.
 */
class HostileTextTest {
    private static final List<String> PIECES = List.of("\"", "'", "\\", "\n", "<script>alert(1)</script>", "</td>", "|",
            "`", "{", "}", "\\l", "\\\"", "=cmd|' /C calc'!A0", "+", "-", "@", "\t", "\r", "\u001b[31m", "&amp;", "&",
            "%", "$", "#", "_", "~", "^", "<b>", "-->", "]]>", "*", "[x](javascript:alert(1))", "a", "Z", " ");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l))
                .filter(s -> !s.isBlank());
    }

    // --- the scenario, with the hostile text written into its YAML ---------------------------------

    /** YAML double-quoted scalar of {@code s}. */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u001b' -> out.append("\\e");
                default -> out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    private static String replaceAll(String text, String regex, java.util.function.Function<Matcher, String> with) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        StringBuilder out = new StringBuilder();
        int[] n = {0};
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(out);
        return out.toString();
    }

    /** The CSTO scenario with {@code h} (made unique per field) in every text field. */
    static String hostileYaml(String h) throws IOException {
        String y = Files.readString(Path.of("scenarios/csto-2017.yaml"));
        int[] n = {0};
        y = replaceAll(y, "^scenario: .*$", m -> "scenario: " + yaml(h));
        y = replaceAll(y, "^grouping: .*$", m -> "grouping: " + yaml(h + " grouping"));
        y = replaceAll(y, "(\\{code: [A-Z]+, name: )(\"[^\"]*\"|[^,}]+)", m -> m.group(1) + yaml(h + " " + (n[0]++)));
        y = replaceAll(y, "^(\\s+)(claim|note|issue): .*$", m -> m.group(1) + m.group(2) + ": " + yaml(h + " " + (n[0]++)));
        y = replaceAll(y, "^(  [a-z0-9-]+): \".*\"$", m -> m.group(1) + ": " + yaml(h + " " + (n[0]++)));
        return y;
    }

    private static Path write(String name, String text) throws IOException {
        Path dir = Files.createTempDirectory("seccom-hostile");
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Scenario scenario(String h) throws IOException {
        return new ScenarioReader().read(write("hostile.yaml", hostileYaml(h)));
    }

    private static Assessment assess(Scenario s) {
        return RuleHarness.engine().assess(s, RuleHarness.profile());
    }

    // --- Markdown: no raw HTML, tables keep their columns ------------------------------------------

    @Property(tries = 15)
    void markdownShowsHostileTextAsTextAndKeepsTablesWhole(@ForAll("hostile") String h) throws IOException {
        Assessment a = assess(scenario(h));
        for (String md : List.of(new MarkdownReport().render(a),
                ComparisonReport.render(new Comparison(List.of(a, a), List.of(List.of(), List.of())),
                        ComparisonReport.CompareFormat.MARKDOWN))) {
            assertThat(md).doesNotContain("<").doesNotContain(">").doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\t");
            assertThat(md).doesNotContainPattern("(?<!\\\\)`");
            int columns = -1;
            for (String line : md.split("\n", -1)) {
                if (!line.startsWith("|")) {
                    columns = -1;
                    continue;
                }
                int pipes = unescaped(line, '|');
                if (columns < 0) columns = pipes;
                assertThat(pipes).as("pipes in %s", line).isEqualTo(columns);
            }
        }
    }

    /** Occurrences of {@code c} not preceded by an odd run of backslashes. */
    private static int unescaped(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (line.charAt(i) == c) n++;
        }
        return n;
    }

    // --- CSV: formulas neutralised, every record whole (RFC 4180) -----------------------------------

    @Property(tries = 15)
    void csvNeutralisesFormulasAndKeepsEveryRecordWhole(@ForAll("hostile") String h) throws IOException {
        Scenario s = scenario(h);
        Assessment a = assess(s);
        String compare = ComparisonReport.render(new Comparison(List.of(a, a), List.of(List.of(), List.of())),
                ComparisonReport.CompareFormat.CSV);
        List<TimelineStep> steps = Timelines.run(RuleHarness.engine(), RuleHarness.profile(), s, LocalDate.of(2015, 12, 31),
                s.asOf(), Period.ofYears(1));
        String timeline = TimelineCsv.render(s.scenario(), steps);
        for (String csv : List.of(compare, timeline)) {
            List<List<String>> records = parseCsv(csv);
            int width = records.get(0).size();
            for (List<String> r : records) {
                assertThat(r).as("record %s", r).hasSize(width);
                for (String cell : r) {
                    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) continue;
                    assertThat(cell).as("a cell a spreadsheet would run").matches("[-+]?[0-9.]+");
                }
            }
        }
        List<String> first = parseCsv(compare).get(1);
        String expected = "=+-@\t\r".indexOf(h.charAt(0)) >= 0 ? "'" + h : h;
        assertThat(first.get(1)).isEqualTo(expected);
    }

    /** A strict RFC 4180 reader: fails on a quote inside an unquoted field or after a closing quote. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    wasQuoted = true;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.length() > 0 || wasQuoted) throw new AssertionError("stray quote at " + i + " in " + csv);
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                records.add(record);
                record = new ArrayList<>();
            } else if (c == '\r') {
                throw new AssertionError("bare carriage return outside quotes at " + i);
            } else {
                if (wasQuoted) throw new AssertionError("text after a closing quote at " + i);
                field.append(c);
            }
            i++;
        }
        if (quoted) throw new AssertionError("unclosed quote");
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    // --- HTML: everything escaped ------------------------------------------------------------------

    @Property(tries = 8)
    void htmlReportsShowHostileTextAsTextWithNoScriptOrPath(@ForAll("hostile") String h) throws IOException {
        Path base = write("hostile.yaml", hostileYaml(h));
        Path overlay = base.resolveSibling("overlay.yaml");
        Files.writeString(overlay, "overlay: " + yaml(h + " overlay") + "\nbase: " + yaml(h) + "\nchanges:\n"
                + "  - remove: arms-rus-aze\n    because: " + yaml(h + " because") + "\n");
        Scenario s = new ScenarioReader().read(base);
        Assessment a = assess(s);
        WhatIf w = WhatIfs.assess(RuleHarness.engine(), RuleHarness.profile(),
                new OverlayReader().read(base, List.of(overlay), RuleHarness.profile()), null);
        List<TimelineStep> steps = Timelines.run(RuleHarness.engine(), RuleHarness.profile(), s, LocalDate.of(2016, 12, 31),
                s.asOf(), Period.ofYears(1));
        for (String html : List.of(HtmlReport.assessment(a), HtmlReport.whatIf(w), HtmlReport.timeline(s.scenario(), steps),
                HtmlReport.comparison(new Comparison(List.of(a, a), List.of(List.of(), List.of()))))) {
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script")).isEmpty();
            assertThat(doc.select("b")).isEmpty();
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(attr -> assertThat(attr.getKey()).doesNotStartWith("on"));
            }
            assertThat(html).doesNotContain(base.getParent().toString());
        }
        // Whitespace collapses in HTML text; the hostile title shows as text, not markup.
        String title = Jsoup.parse(HtmlReport.assessment(a)).select("h1").text();
        // Control characters other than whitespace do not survive HTML text (the parser drops them).
        String controls = "[\\p{Cntrl}&&[^\\s]]";
        assertThat(title.replaceAll(controls, "").replaceAll("\\s+", " ").strip())
                .contains(h.replaceAll(controls, "").replaceAll("\\s+", " ").strip());
        String because = Jsoup.parse(HtmlReport.whatIf(w)).select("table.changes").text();
        if (!w.findingChanges().isEmpty()) assertThat(because).contains("change 1: remove arms-rus-aze");
        assertThat(because).doesNotContain("Change[");
    }

    // --- LaTeX: every special escaped, rows keep their columns --------------------------------------

    @Property(tries = 15)
    void latexTablesEscapeEverySpecialAndKeepTheirColumns(@ForAll("hostile") String h) throws IOException {
        Scenario s = scenario(h);
        Assessment a = assess(s);
        List<TimelineStep> steps = Timelines.run(RuleHarness.engine(), RuleHarness.profile(), s, LocalDate.of(2016, 12, 31),
                s.asOf(), Period.ofYears(1));
        for (String tex : List.of(LatexTables.comparison(new Comparison(List.of(a, a), List.of(List.of(), List.of()))),
                LatexTables.timeline(s.scenario(), steps))) {
            assertThat(tex).doesNotContain("\u001b").doesNotContain("\t").doesNotContain("\r");
            String body = tex.substring(tex.indexOf("\\toprule"), tex.indexOf("\\bottomrule"));
            int columns = -1;
            for (String line : body.split("\n")) {
                if (!line.endsWith("\\\\")) continue;
                int amps = unescaped(line, '&');
                if (columns < 0) columns = amps;
                assertThat(amps).as(line).isEqualTo(columns);
                for (char c : "%$#_^~".toCharArray()) assertThat(unescaped(line, c)).as("%s in %s", c, line).isZero();
                assertThat(unescaped(line, '{')).as(line).isEqualTo(unescaped(line, '}'));
            }
            String caption = tex.lines().filter(l -> l.startsWith("\\caption{")).findFirst().orElseThrow();
            assertThat(unescaped(caption, '{')).isEqualTo(unescaped(caption, '}'));
            assertThat(unescaped(caption, '%')).isZero();
        }
    }

    // --- DOT, GraphML, JSON: read back by their own parsers -------------------------------------------

    @Property(tries = 15)
    void dotGraphmlAndJsonParseWithTheHostileTextIntact(@ForAll("hostile") String h) throws Exception {
        Assessment a = assess(scenario(h));
        TrustNetwork net = TrustNetwork.of(a);
        assertThat(new ObjectMapper().readTree(new JsonReport().render(a))
                .get("scenario").asText()).isEqualTo(h);
        org.w3c.dom.Document graphml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(net.graphml())));
        assertThat(graphml.getElementsByTagName("node").getLength()).isEqualTo(net.nodes().size());
        String svg = GraphvizTest.render(net.dot());
        assumeThat(svg).as("Graphviz's dot is not installed").isNotNull();
        Document doc = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(doc.select("g.node")).hasSize(net.nodes().size());
        assertThat(doc.select("g.edge")).hasSize(net.edges().size());
        assertThat(doc.select("g.node title").eachText()).containsExactlyElementsOf(net.nodes().stream().map(TrustNetwork.Node::code).toList());
    }
}
