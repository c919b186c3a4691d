package org.seccom.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.seccom.engine.Subgroups;
import org.seccom.model.Assessment;
import org.seccom.model.Bands;
import org.seccom.model.Blocker;
import org.seccom.model.Comparison;
import org.seccom.model.Conclusion;
import org.seccom.model.Dyad;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.FindingChange;
import org.seccom.model.Member;
import org.seccom.model.Subgroup;
import org.seccom.model.TimelineStep;
import org.seccom.model.WhatIf;
import org.seccom.model.Whole;
import org.seccom.report.chart.Charts;
import org.seccom.report.chart.Figure;

/**
 * One self-contained HTML file per report (no network, no scripts: it opens from a USB stick and
 * prints to PDF), rendered by Pebble templates with HTML escaping on for everything a scenario
 * says; the figures are inline SVG drawn by {@link Charts}. The templates are in
 * {@code src/main/resources/seccom/templates}.
 */
public final class HtmlReport {
    private HtmlReport() {}

    private static final PebbleEngine PEBBLE = engine();

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("seccom/templates");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .defaultLocale(Locale.ROOT).newLineTrimming(false).build();
    }

    private static String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            PEBBLE.getTemplate(template).evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A page's common context; {@code bands} (null when no grouping was assessed) for the footer. */
    private static Map<String, Object> page(String title, String kind, Bands bands) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", title);
        c.put("kind", kind);
        c.put("bands", bands == null ? "" : bands.describe());
        String v = HtmlReport.class.getPackage().getImplementationVersion();
        c.put("generator", "seccom" + (v == null ? "" : " " + v));
        return c;
    }

    private static SafeString svg(Figure f) {
        return new SafeString(f.svgElement()); // drawn by our code; JFreeSVG escapes the text in it
    }

    // --- one grouping -----------------------------------------------------------------------------

    public static String assessment(Assessment a) {
        Map<String, Object> c = page(a.scenario().scenario(), "assessment", a.bands());
        c.put("v", verdict(a));
        c.put("tiersChart", svg(Charts.tiers(a)));
        c.put("pointsChart", svg(Charts.points(a)));
        TrustNetwork net = TrustNetwork.of(a);
        c.put("networkChart", svg(Charts.network(net)));
        List<Map<String, Object>> edges = new ArrayList<>();
        Map<String, String> names = names(a);
        for (Dyad d : net.edges()) {
            edges.add(Map.of("a", names.getOrDefault(d.a(), d.a()), "b", names.getOrDefault(d.b(), d.b()),
                    "net", Numbers.points(d.net()), "sign", d.net() > 0 ? "for" : "against", "facts", String.join(", ", d.facts())));
        }
        c.put("edges", edges);
        c.put("factorFindings", factorFindings(a));
        c.put("sources", sources(a, a.findings()));
        List<Map<String, Object>> idle = new ArrayList<>();
        for (org.seccom.model.Relevance.Idle i : a.idle()) {
            idle.add(Map.of("fact", i.fact(), "kind", i.kind(), "reason", i.reason(), "remedy", i.remedy()));
        }
        c.put("idle", idle);
        return render("assessment", c);
    }

    /** Phase, Deutsch's verdict, notes, scores and blockers: the head of a report on one grouping. */
    private static Map<String, Object> verdict(Assessment a) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("scenario", a.scenario().scenario());
        c.put("grouping", a.scenario().grouping());
        c.put("asOf", a.asOf().toString());
        c.put("description", a.scenario().description() == null ? "" : a.scenario().description().strip());
        List<String> members = new ArrayList<>();
        for (Member m : a.scenario().members()) if (a.members().contains(m.code())) members.add(m.name() + " (" + m.code() + ")");
        c.put("members", members);
        c.put("phase", a.phase().value());
        c.put("phaseReason", a.phase().reason());
        c.put("deutsch", a.deutsch().value());
        c.put("deutschReason", a.deutsch().reason());
        List<Map<String, Object>> notes = new ArrayList<>();
        for (Conclusion n : a.notes()) notes.add(Map.of("topic", n.topic(), "value", n.value(), "reason", n.reason()));
        c.put("notes", notes);
        c.put("scores", scoreRows(a));
        List<Map<String, Object>> blockers = new ArrayList<>();
        for (Blocker b : a.blockers()) {
            blockers.add(Map.of("phase", b.phase(), "subject", b.subject(), "actual", Numbers.score(b.actual()),
                    "min", Numbers.plain(b.min()), "why", b.why()));
        }
        c.put("blockers", blockers);
        c.put("nextPhase", a.blockers().isEmpty() ? "" : a.blockers().get(0).phase());
        c.put("tier1", Numbers.score(a.score("tier-1")));
        c.put("tier2", Numbers.score(a.score("tier-2")));
        c.put("tier3", Numbers.score(a.score("tier-3")));
        c.put("band1", a.bandOf("tier-1"));
        c.put("band2", a.bandOf("tier-2"));
        c.put("band3", a.bandOf("tier-3"));
        c.put("bands", a.bands().describe());
        c.put("findingCount", a.findings().size());
        c.put("factCount", a.scenario().factsOn(a.asOf()).size());
        return c;
    }

    /** The score table: each tier then its factors, Deutsch's conditions, the indicators. */
    private static List<Map<String, Object>> scoreRows(Assessment a) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Whole w : a.wholes()) {
            if (w.name().equals("deutsch")) continue;
            rows.add(row(w.label(), w.name(), a, a.isTier(w.name()) ? "tier" : "condition"));
            for (Factor f : a.factorsOf(w.name())) rows.add(row(f.label(), f.name(), a, "factor"));
        }
        for (Factor f : a.factorsOf("indicators")) rows.add(row(f.label(), f.name(), a, "indicators"));
        return rows;
    }

    private static Map<String, Object> row(String label, String name, Assessment a, String level) {
        double score = a.score(name);
        return Map.of("label", label, "name", name, "score", a.hasEvidence(name) ? Numbers.score(score) : "-", "band", a.bandOf(name),
                "level", level, "width", Numbers.score(Math.max(0, Math.min(100, score))));
    }

    private static List<Map<String, Object>> factorFindings(Assessment a) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Factor> ordered = new ArrayList<>();
        for (Factor f : a.factors()) if (!f.tier().equals("indicators")) ordered.add(f);
        for (Factor f : a.factors()) if (f.tier().equals("indicators")) ordered.add(f);
        for (Factor f : ordered) {
            List<Finding> fs = a.findingsFor(f.name());
            if (fs.isEmpty()) continue;
            double pro = 0;
            double contra = 0;
            for (Finding x : fs) if (x.points() > 0) pro += x.points(); else contra += x.points();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", f.label());
            m.put("name", f.name());
            m.put("score", Numbers.score(a.score(f.name())));
            m.put("for", Numbers.points(pro));
            m.put("against", contra == 0 ? "0.00" : Numbers.points(contra));
            m.put("findings", findings(fs));
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> findings(List<Finding> fs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding x : fs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("points", Numbers.points(x.points()));
            m.put("sign", x.points() > 0 ? "for" : x.points() < 0 ? "against" : "none");
            m.put("full", Numbers.points(x.fullPoints()));
            m.put("confidence", String.format(Locale.ROOT, "%.2f", x.confidence()));
            m.put("rule", x.rule());
            m.put("text", x.text());
            m.put("facts", String.join(", ", x.facts()));
            List<Map<String, Object>> cites = new ArrayList<>();
            for (String s : x.sources()) cites.add(Map.of("cite", s, "key", sourceKey(s)));
            m.put("cites", cites);
            out.add(m);
        }
        return out;
    }

    /** A citation's source key: "bescotti2017 fn. 343" is source bescotti2017. */
    private static String sourceKey(String cite) {
        int space = cite.indexOf(' ');
        return space < 0 ? cite : cite.substring(0, space);
    }

    private static List<Map<String, Object>> sources(Assessment a, List<Finding> findings) {
        Map<String, String> cited = new TreeMap<>();
        for (Finding f : findings) {
            for (String s : f.sources()) {
                String key = sourceKey(s);
                cited.put(key, a.scenario().sources().getOrDefault(key, "(not listed in the scenario's sources)"));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        cited.forEach((k, v) -> out.add(Map.of("key", k, "reference", v)));
        return out;
    }

    private static Map<String, String> names(Assessment a) {
        Map<String, String> names = new TreeMap<>();
        for (Member m : a.scenario().members()) names.put(m.code(), m.name());
        return names;
    }

    // --- a what-if ---------------------------------------------------------------------------------

    public static String whatIf(WhatIf w) {
        Map<String, Object> c = page(w.whatIf().scenario().scenario(), "what-if", w.whatIf().bands());
        c.put("base", verdict(w.baseline()));
        c.put("cf", verdict(w.whatIf()));
        c.put("chart", svg(Charts.whatIf(w)));
        List<Map<String, Object>> deltas = new ArrayList<>();
        for (Map<String, Object> r : scoreRows(w.baseline())) {
            String name = (String) r.get("name");
            double before = w.baseline().score(name);
            double after = w.whatIf().score(name);
            Map<String, Object> m = new LinkedHashMap<>(r);
            m.put("before", Numbers.score(before));
            m.put("after", Numbers.score(after));
            m.put("delta", String.format(Locale.ROOT, "%+.1f", after - before));
            m.put("moved", Math.abs(after - before) >= 0.05);
            deltas.add(m);
        }
        c.put("deltas", deltas);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (FindingChange fc : w.findingChanges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", fc.kind());
            m.put("rule", fc.finding().rule());
            m.put("factor", fc.finding().factor());
            m.put("text", fc.finding().text());
            m.put("delta", Numbers.points(fc.delta()));
            m.put("sign", fc.delta() > 0 ? "for" : "against");
            m.put("causes", fc.causes().stream().map(HtmlReport::describe).toList());
            changes.add(m);
        }
        c.put("changes", changes);
        return render("whatif", c);
    }

    /** A change as the reader knows it: its overlay's title, number, operation, target and reason (no file paths). */
    private static String describe(org.seccom.model.Change ch) {
        return ch.overlay() + ", change " + ch.number() + ": " + ch.op() + " " + ch.target()
                + (ch.because() == null ? "" : " (" + ch.because().strip() + ")");
    }

    // --- a timeline ----------------------------------------------------------------------------------

    public static String timeline(String title, List<TimelineStep> steps) {
        Map<String, Object> c = page(title, "timeline", steps.isEmpty() ? null : steps.get(0).assessment().bands());
        c.put("scenario", title);
        c.put("chart", svg(Charts.timeline(title, steps)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimelineStep s : steps) {
            Assessment a = s.assessment();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", s.day().toString());
            m.put("phase", a.phase().value());
            m.put("deutsch", a.deutsch().value());
            m.put("tier1", Numbers.score(a.score("tier-1")));
            m.put("tier2", Numbers.score(a.score("tier-2")));
            m.put("tier3", Numbers.score(a.score("tier-3")));
            m.put("turning", s.turningPoint());
            List<String> events = new ArrayList<>();
            if (rows.isEmpty()) {
                events.add("the start: " + a.members().size() + " members, " + s.factsIn().size() + " facts");
                m.put("events", events);
                rows.add(m);
                continue;
            }
            for (String id : s.membersIn()) events.add("joins: " + id);
            for (String id : s.membersOut()) events.add("leaves: " + id);
            for (String id : s.factsIn()) events.add("+ " + id);
            for (String id : s.factsOut()) events.add("- " + id);
            m.put("events", events);
            rows.add(m);
        }
        c.put("steps", rows);
        c.put("from", steps.isEmpty() ? "" : steps.get(0).day().toString());
        c.put("to", steps.isEmpty() ? "" : steps.get(steps.size() - 1).day().toString());
        return render("timeline", c);
    }

    // --- groupings compared ------------------------------------------------------------------------

    public static String comparison(Comparison cmp) {
        Map<String, Object> c = page("Groupings compared", "comparison", cmp.ranked().isEmpty() ? null : cmp.ranked().get(0).bands());
        c.put("chart", svg(Charts.comparison(cmp)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < cmp.ranked().size(); i++) {
            Assessment a = cmp.ranked().get(i);
            Map<String, Object> m = new LinkedHashMap<>(verdict(a));
            m.put("rank", i + 1);
            List<Map<String, Object>> seps = new ArrayList<>();
            if (i < cmp.separations().size()) {
                for (Comparison.Separation s : cmp.separations().get(i)) {
                    seps.add(Map.of("rule", s.rule(), "factor", s.factor(), "points", Numbers.points(s.points()),
                            "next", Numbers.points(s.nextPoints()), "gap", Numbers.points(s.gap())));
                }
            }
            m.put("separations", seps);
            m.put("nextName", i + 1 < cmp.ranked().size() ? cmp.ranked().get(i + 1).scenario().scenario() : "");
            rows.add(m);
        }
        c.put("groupings", rows);
        List<Map<String, Object>> factors = new ArrayList<>();
        if (!cmp.ranked().isEmpty()) {
            for (Map<String, Object> r : scoreRows(cmp.ranked().get(0))) {
                String name = (String) r.get("name");
                List<Map<String, Object>> cells = new ArrayList<>();
                for (Assessment a : cmp.ranked()) {
                    cells.add(Map.of("score", Numbers.score(a.score(name)), "band", a.bandOf(name)));
                }
                Map<String, Object> m = new LinkedHashMap<>(r);
                m.put("cells", cells);
                factors.add(m);
            }
        }
        c.put("factorRows", factors);
        return render("compare", c);
    }

    // --- sub-groups ----------------------------------------------------------------------------------

    public static String subgroups(Subgroups.Result result) {
        Assessment whole = result.whole();
        Map<String, Object> c = page(whole.scenario().scenario() + ": sub-groups", "subgroups", whole.bands());
        c.put("v", verdict(whole));
        c.put("integration", Numbers.score(Subgroups.integration(whole)));
        c.put("chart", svg(Charts.subgroups(result)));
        Map<String, String> names = names(whole);
        List<Map<String, Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Subgroup s : result.ranked()) {
            Assessment a = s.assessment();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.put("name", s.name());
            m.put("declared", s.declared());
            m.put("members", s.members().stream().map(code -> names.getOrDefault(code, code)).toList());
            m.put("phase", a.phase().value());
            m.put("integration", Numbers.score(Subgroups.integration(a)));
            m.put("tier2", Numbers.score(a.score("tier-2")));
            m.put("tier3", Numbers.score(a.score("tier-3")));
            List<Map<String, Object>> apart = new ArrayList<>();
            for (Dyad d : s.apart()) {
                apart.add(Map.of("a", names.getOrDefault(d.a(), d.a()), "b", names.getOrDefault(d.b(), d.b()),
                        "net", Numbers.points(d.net()), "facts", String.join(", ", d.facts())));
            }
            m.put("apart", apart);
            rows.add(m);
        }
        c.put("subgroups", rows);
        return render("subgroups", c);
    }
}
