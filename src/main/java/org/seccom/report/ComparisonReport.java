package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.model.Comparison.Separation;
import org.seccom.model.Factor;
import org.seccom.model.Whole;

/** Groupings side by side: ranked, scored, and what separates each from the next. */
public final class ComparisonReport {
    private ComparisonReport() {}

    /** Formats compare writes: the report formats, tidy CSV, HTML and a LaTeX table. */
    public enum CompareFormat { TEXT, JSON, MARKDOWN, CSV, HTML, LATEX;
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static String render(Comparison c, CompareFormat format) {
        return switch (format) {
            case TEXT -> text(c);
            case JSON -> Json.write(tree(c));
            case MARKDOWN -> markdown(c);
            case CSV -> csv(c);
            case HTML -> HtmlReport.comparison(c);
            case LATEX -> LatexTables.comparison(c);
        };
    }

    private static String text(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("seccom compare: ").append(c.ranked().size()).append(" groupings, most advanced first\n\n");
        List<Whole> tiers = c.ranked().isEmpty() ? List.of() : c.ranked().get(0).tiers();
        out.append(String.format(Locale.ROOT, "%-3s %-32s %-23s %-11s", "#", "grouping", "phase", "Deutsch"));
        for (Whole t : tiers) out.append(String.format(Locale.ROOT, " %6s", Assessment.shortLabel(t).toLowerCase(Locale.ROOT)));
        out.append('\n');
        for (int i = 0; i < c.ranked().size(); i++) {
            Assessment a = c.ranked().get(i);
            out.append(String.format(Locale.ROOT, "%-3d %-32s %-23s %-11s", i + 1, clip(a.scenario().scenario(), 32),
                    a.phase().value(), a.deutsch().value()));
            for (Whole t : tiers) out.append(String.format(Locale.ROOT, " %6s", Numbers.score(a.score(t.name()))));
            out.append('\n');
        }
        Assessment first = c.ranked().get(0);
        out.append("\nFactor scores\n");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-28s", ""));
        for (int i = 0; i < c.ranked().size(); i++) head.append(String.format(Locale.ROOT, "%7s", "#" + (i + 1)));
        out.append(head.toString().stripTrailing()).append('\n');
        for (Whole w : first.wholes()) {
            if (!first.isTier(w.name())) continue;
            for (Factor f : first.factorsOf(w.name())) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-28s", clip(f.name(), 28)));
                for (Assessment a : c.ranked()) row.append(String.format(Locale.ROOT, "%7s", Numbers.score(a.score(f.name()))));
                out.append(row).append('\n');
            }
        }
        out.append("\nWhat separates each from the next (points by rule)\n");
        for (int i = 0; i + 1 < c.ranked().size(); i++) {
            out.append(String.format(Locale.ROOT, "  #%d %s over #%d %s%n", i + 1, c.ranked().get(i).scenario().scenario(),
                    i + 2, c.ranked().get(i + 1).scenario().scenario()));
            for (Separation s : c.separations().get(i)) {
                TextReport.wrap(out, String.format(Locale.ROOT, "    %8s vs %8s  ", Numbers.points(s.points()),
                        Numbers.points(s.nextPoints())), "                          ", s.factor() + ": " + s.rule());
            }
        }
        return out.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }

    static Map<String, Object> tree(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT_VERSION);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < c.ranked().size(); i++) {
            Assessment a = c.ranked().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", i + 1);
            m.put("scenario", a.scenario().scenario());
            m.put("grouping", a.scenario().grouping());
            m.put("asOf", a.asOf().toString());
            m.put("phase", a.phase().value());
            m.put("deutsch", a.deutsch().value());
            Map<String, Object> scores = new LinkedHashMap<>();
            for (String s : a.scores().keySet().stream().sorted().toList()) scores.put(s, Numbers.decimal(a.score(s), 1));
            m.put("scores", scores);
            List<Object> seps = new ArrayList<>();
            for (Separation s : c.separations().get(i)) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("rule", s.rule());
                x.put("factor", s.factor());
                x.put("points", Numbers.decimal(s.points(), 2));
                x.put("nextPoints", Numbers.decimal(s.nextPoints(), 2));
                seps.add(x);
            }
            m.put("separatesFromNext", seps);
            list.add(m);
        }
        root.put("groupings", list);
        return root;
    }

    private static String markdown(Comparison c) {
        List<Whole> tiers = c.ranked().isEmpty() ? List.of() : c.ranked().get(0).tiers();
        StringBuilder out = new StringBuilder("# Comparison\n\n| # | grouping | phase | Deutsch |");
        for (Whole t : tiers) out.append(' ').append(Assessment.shortLabel(t).toLowerCase(Locale.ROOT)).append(" |");
        out.append("\n|---:|---|---|---|").append("---:|".repeat(tiers.size())).append('\n');
        for (int i = 0; i < c.ranked().size(); i++) {
            Assessment a = c.ranked().get(i);
            out.append("| ").append(i + 1).append(" | ").append(MarkdownReport.cell(a.scenario().scenario())).append(" | ")
                    .append(a.phase().value()).append(" | ").append(a.deutsch().value()).append(" |");
            for (Whole t : tiers) out.append(' ').append(Numbers.score(a.score(t.name()))).append(" |");
            out.append('\n');
        }
        out.append("\n## What separates each from the next\n");
        for (int i = 0; i + 1 < c.ranked().size(); i++) {
            out.append("\n**").append(MarkdownReport.cell(c.ranked().get(i).scenario().scenario())).append("** over **")
                    .append(MarkdownReport.cell(c.ranked().get(i + 1).scenario().scenario())).append("**\n\n")
                    .append("| rule | factor | points | next |\n|---|---|---:|---:|\n");
            for (Separation s : c.separations().get(i)) {
                out.append("| ").append(MarkdownReport.cell(s.rule())).append(" | ").append(s.factor()).append(" | ")
                        .append(Numbers.points(s.points())).append(" | ").append(Numbers.points(s.nextPoints())).append(" |\n");
            }
        }
        return out.toString();
    }

    /** Tidy: one row per grouping and factor (and per tier, Deutsch condition and indicator score). */
    private static String csv(Comparison c) {
        StringBuilder out = new StringBuilder("rank,scenario,grouping,as_of,phase,deutsch,level,group,subject,score,band\n");
        for (int i = 0; i < c.ranked().size(); i++) {
            Assessment a = c.ranked().get(i);
            String prefix = (i + 1) + "," + csvCell(a.scenario().scenario()) + "," + csvCell(a.scenario().grouping()) + ","
                    + a.asOf() + "," + csvCell(a.phase().value()) + "," + csvCell(a.deutsch().value()) + ",";
            for (Whole w : a.wholes()) {
                boolean tier = a.isTier(w.name());
                out.append(prefix).append(tier ? "tier" : "deutsch").append(',').append(csvCell(tier ? w.name() : "deutsch"))
                        .append(',').append(csvCell(w.name())).append(',').append(Numbers.score(a.score(w.name()))).append(',')
                        .append(csvCell(a.bandOf(w.name()))).append('\n');
                if (!tier) continue;
                for (Factor f : a.factorsOf(w.name())) {
                    out.append(prefix).append("factor,").append(csvCell(w.name())).append(',').append(csvCell(f.name())).append(',')
                            .append(Numbers.score(a.score(f.name()))).append(',').append(csvCell(a.bandOf(f.name())))
                            .append('\n');
                }
            }
            for (Factor f : a.factorsOf("indicators")) {
                out.append(prefix).append("indicators,indicators,").append(csvCell(f.name())).append(',')
                        .append(Numbers.score(a.score(f.name()))).append(',').append(csvCell(a.bandOf(f.name())))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /**
     * A CSV field: text that begins with {@code = + - @}, a tab or a carriage return gets a leading
     * single quote, so a spreadsheet shows it as text instead of running it as a formula (OWASP's
     * advice on CSV injection); then quoted when it holds a comma, a quote or a line break (RFC 4180).
     */
    static String csvCell(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
