package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.seccom.model.Assessment;
import org.seccom.model.Change;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.FindingChange;
import org.seccom.model.WhatIf;
import org.seccom.model.Whole;

/** Baseline and counterfactual side by side, and every finding that moved, traced to its change. */
public final class WhatIfReport {
    private WhatIfReport() {}

    public static String render(WhatIf w, Format format) {
        return switch (format) {
            case TEXT -> text(w);
            case JSON -> Json.write(tree(w));
            case MARKDOWN -> markdown(w);
            case HTML -> HtmlReport.whatIf(w);
            default -> throw new IllegalArgumentException("a what-if is not written as " + format);
        };
    }

    private static String text(WhatIf w) {
        Assessment b = w.baseline();
        Assessment c = w.whatIf();
        StringBuilder out = new StringBuilder();
        out.append("seccom what-if: ").append(b.scenario().scenario()).append(", as of ").append(c.asOf()).append('\n');
        for (int i = 0; i < w.counterfactual().overlays().size(); i++) {
            TextReport.wrap(out, "  ", "  overlay " + (i + 1) + ": " + w.counterfactual().overlays().get(i));
        }
        out.append("\nChanges\n");
        for (Change ch : w.counterfactual().changes()) {
            TextReport.wrap(out, String.format(Locale.ROOT, "  [%s] ", tag(w, ch)), "        ",
                    ch.op() + " " + ch.target() + (ch.because() == null ? "" : ": " + ch.because()));
        }
        out.append('\n').append(String.format(Locale.ROOT, "%-60s%-15s%-15s%s%n", "", "baseline", "what-if", "delta"));
        row(out, "Phase", b.phase().value(), c.phase().value(), "");
        row(out, "Deutsch", b.deutsch().value(), c.deutsch().value(), "");
        for (Whole t : c.wholes()) {
            if (t.name().equals("deutsch")) continue;
            scoreRow(out, c.isTier(t.name()) ? t.label() : "  " + t.label(), b, c, t.name());
            if (c.isTier(t.name())) {
                for (Factor f : c.factorsOf(t.name())) scoreRow(out, "    " + f.label(), b, c, f.name());
            }
        }
        for (Factor f : c.factorsOf("indicators")) scoreRow(out, "  " + f.label(), b, c, f.name());
        out.append("\nBlockers\n");
        out.append("  baseline: ").append(blockers(b)).append('\n');
        out.append("  what-if:  ").append(blockers(c)).append('\n');
        out.append("\nFindings that moved (").append(w.findingChanges().size()).append(")\n");
        if (w.findingChanges().isEmpty()) out.append("  none\n");
        for (FindingChange fc : w.findingChanges()) {
            Finding f = fc.finding();
            String points = switch (fc.kind()) {
                case FindingChange.APPEARED -> "appeared " + Numbers.points(f.points());
                case FindingChange.DISAPPEARED -> "gone " + Numbers.points(-f.points());
                default -> Numbers.points(fc.before().points()) + " -> " + Numbers.points(fc.after().points());
            };
            TextReport.wrap(out, String.format(Locale.ROOT, "  %-22s", points), "          ",
                    f.factor() + ": " + f.rule());
            TextReport.wrap(out, "          ", "          " + f.text());
            TextReport.wrap(out, "          ", "          facts: " + String.join(", ", f.facts()) + "; caused by: "
                    + causes(w, fc));
        }
        return out.toString();
    }

    private static String tag(WhatIf w, Change ch) {
        int overlay = w.counterfactual().overlays().indexOf(ch.overlay()) + 1;
        return overlay + "." + ch.number();
    }

    private static String causes(WhatIf w, FindingChange fc) {
        if (fc.causes().isEmpty()) return "the other changes, through the scores";
        return fc.causes().stream().map(ch -> "[" + tag(w, ch) + "] " + ch.op() + " " + ch.target())
                .collect(Collectors.joining(", "));
    }

    private static String blockers(Assessment a) {
        if (a.blockers().isEmpty()) return "none";
        return "below " + a.blockers().get(0).phase() + ": " + a.blockers().stream()
                .map(x -> x.subject() + " " + Numbers.score(x.actual()) + "/" + Numbers.plain(x.min()))
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder out, String label, String before, String after, String delta) {
        out.append(String.format(Locale.ROOT, "%-60s%-15s%-15s%s", label, before, after,
                before.equals(after) ? delta : "changed").stripTrailing()).append('\n');
    }

    private static void scoreRow(StringBuilder out, String label, Assessment b, Assessment c, String subject) {
        double before = b.score(subject);
        double after = c.score(subject);
        String text = label.length() > 58 ? label.substring(0, 55) + "..." : label;
        String delta = Math.abs(after - before) < 0.05 ? "" : String.format(Locale.ROOT, "%+.1f", after - before);
        out.append(String.format(Locale.ROOT, "%-60s%-15s%-15s%s", text,
                Numbers.score(before) + " " + b.band(before),
                Numbers.score(after) + " " + c.band(after), delta).stripTrailing()).append('\n');
    }

    static Map<String, Object> tree(WhatIf w) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT_VERSION);
        root.put("base", w.baseline().scenario().scenario());
        root.put("overlays", w.counterfactual().overlays());
        List<Object> changes = new ArrayList<>();
        for (Change ch : w.counterfactual().changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", tag(w, ch));
            m.put("overlay", ch.overlay());
            m.put("op", ch.op());
            m.put("target", ch.target());
            if (ch.because() != null) m.put("because", ch.because());
            changes.add(m);
        }
        root.put("changes", changes);
        Map<String, Object> deltas = new LinkedHashMap<>();
        deltas.put("phase", pair(w.baseline().phase().value(), w.whatIf().phase().value()));
        deltas.put("deutsch", pair(w.baseline().deutsch().value(), w.whatIf().deutsch().value()));
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String subject : w.whatIf().scores().keySet().stream().sorted().toList()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("baseline", Numbers.decimal(w.baseline().score(subject), 1));
            s.put("whatIf", Numbers.decimal(w.whatIf().score(subject), 1));
            s.put("delta", Numbers.decimal(w.whatIf().score(subject) - w.baseline().score(subject), 1));
            scores.put(subject, s);
        }
        deltas.put("scores", scores);
        root.put("deltas", deltas);
        List<Object> moved = new ArrayList<>();
        for (FindingChange fc : w.findingChanges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", fc.kind());
            m.put("rule", fc.finding().rule());
            m.put("factor", fc.finding().factor());
            m.put("before", fc.before() == null ? null : Numbers.decimal(fc.before().points(), 2));
            m.put("after", fc.after() == null ? null : Numbers.decimal(fc.after().points(), 2));
            m.put("facts", fc.finding().facts());
            m.put("text", fc.finding().text());
            m.put("causes", fc.causes().stream().map(ch -> tag(w, ch)).toList());
            moved.add(m);
        }
        root.put("findings", moved);
        root.put("baseline", JsonReport.tree(w.baseline()));
        root.put("whatIf", JsonReport.tree(w.whatIf()));
        return root;
    }

    /** Baseline and what-if, in that order (Map.of would not keep it). */
    private static Map<String, Object> pair(Object baseline, Object whatIf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline", baseline);
        m.put("whatIf", whatIf);
        return m;
    }

    private static String markdown(WhatIf w) {
        Assessment b = w.baseline();
        Assessment c = w.whatIf();
        StringBuilder out = new StringBuilder();
        out.append("# What if: ").append(MarkdownReport.cell(String.join("; ", w.counterfactual().overlays()))).append("\n\n");
        out.append("Base: ").append(MarkdownReport.cell(b.scenario().scenario())).append(", as of ").append(c.asOf()).append(".\n\n");
        out.append("## Changes\n\n");
        for (Change ch : w.counterfactual().changes()) {
            out.append("- **").append(tag(w, ch)).append("** ").append(MarkdownReport.cell(ch.op())).append(' ').append(MarkdownReport.cell(ch.target()))
                    .append(ch.because() == null ? "" : ": " + MarkdownReport.cell(ch.because())).append('\n');
        }
        out.append("\n## Verdict\n\n| | baseline | what-if | delta |\n|---|---|---|---:|\n");
        out.append("| Phase | ").append(b.phase().value()).append(" | ").append(c.phase().value()).append(" | |\n");
        out.append("| Deutsch | ").append(b.deutsch().value()).append(" | ").append(c.deutsch().value()).append(" | |\n");
        for (Whole t : c.wholes()) {
            if (t.name().equals("deutsch")) continue;
            mdRow(out, t.label(), b, c, t.name());
            if (c.isTier(t.name())) for (Factor f : c.factorsOf(t.name())) mdRow(out, "— " + f.label(), b, c, f.name());
        }
        out.append("\n## Findings that moved\n\n| change | points | rule | finding | facts | caused by |\n|---|---:|---|---|---|---|\n");
        for (FindingChange fc : w.findingChanges()) {
            out.append("| ").append(fc.kind()).append(" | ").append(Numbers.points(fc.delta())).append(" | ")
                    .append(MarkdownReport.cell(fc.finding().rule())).append(" | ").append(MarkdownReport.cell(fc.finding().text()))
                    .append(" | ").append(MarkdownReport.cell(String.join(", ", fc.finding().facts()))).append(" | ")
                    .append(MarkdownReport.cell(causes(w, fc))).append(" |\n");
        }
        return out.toString();
    }

    private static void mdRow(StringBuilder out, String label, Assessment b, Assessment c, String subject) {
        double d = c.score(subject) - b.score(subject);
        out.append("| ").append(label).append(" | ").append(Numbers.score(b.score(subject))).append(" | ")
                .append(Numbers.score(c.score(subject))).append(" | ")
                .append(Math.abs(d) < 0.05 ? "" : String.format(Locale.ROOT, "%+.1f", d)).append(" |\n");
    }
}
