package org.seccom.report;

import java.util.List;
import org.seccom.model.Assessment;
import org.seccom.model.Blocker;
import org.seccom.model.Conclusion;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.Whole;

/** The Markdown report: plain tables and lists, no raw HTML, for notes, wikis and course pages. */
public final class MarkdownReport implements Renderer {

    @Override
    public String render(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(cell(a.scenario().scenario())).append("\n\n");
        out.append(cell(a.scenario().grouping())).append(", as of ").append(a.asOf()).append(". Members: ")
                .append(String.join(", ", a.members().stream().sorted().map(c -> cell(a.scenario().nameOf(c))).toList()))
                .append(".\n\n");
        out.append("- **Phase:** ").append(a.phase().value()).append(" (").append(cell(a.phase().reason())).append(")\n");
        out.append("- **Deutsch:** ").append(a.deutsch().value()).append(" (").append(cell(a.deutsch().reason())).append(")\n");
        for (Conclusion c : a.notes()) {
            out.append("- **").append(cell(c.topic())).append(":** ").append(cell(c.value())).append(" (").append(cell(c.reason())).append(")\n");
        }
        out.append("\n## Scores\n\n| | score | band |\n|---|---:|---|\n");
        for (Whole w : a.wholes()) {
            if (!a.isTier(w.name())) continue;
            row(out, "**" + w.label() + "**" + TextReport.coverage(a, w.name()), a, w.name());
            for (Factor f : a.factorsOf(w.name())) row(out, "— " + f.label(), a, f.name());
        }
        out.append("\n### Deutsch's conditions\n\n| | score | band |\n|---|---:|---|\n");
        for (Whole w : a.wholes()) {
            if (a.isTier(w.name()) || w.name().equals("deutsch")) continue;
            row(out, w.label(), a, w.name());
        }
        out.append("\n### Indicators of a mature community\n\n| | score | band |\n|---|---:|---|\n");
        for (Factor f : a.factorsOf("indicators")) row(out, f.label(), a, f.name());
        out.append("\n## Blockers\n\n");
        if (a.blockers().isEmpty()) {
            out.append("None.\n");
        } else {
            out.append("What holds the grouping below **").append(a.blockers().get(0).phase()).append("**:\n\n");
            out.append("| subject | score | needs | why |\n|---|---:|---:|---|\n");
            for (Blocker b : a.blockers()) {
                out.append("| ").append(cell(b.subject())).append(" | ").append(Numbers.score(b.actual())).append(" | ")
                        .append(Numbers.plain(b.min())).append(" | ").append(cell(b.why())).append(" |\n");
            }
        }
        out.append("\n## Findings\n");
        for (Whole w : a.wholes()) {
            if (!a.isTier(w.name())) continue;
            for (Factor f : a.factorsOf(w.name())) findings(out, a, f);
        }
        for (Factor f : a.factorsOf("indicators")) findings(out, a, f);
        out.append("\n## Facts that produced no finding\n\n");
        if (a.idle().isEmpty()) {
            out.append("None.\n");
        } else {
            out.append("| fact | kind | why | what would make it count |\n|---|---|---|---|\n");
            for (org.seccom.model.Relevance.Idle i : a.idle()) {
                out.append("| ").append(cell(i.fact())).append(" | ").append(i.kind()).append(" | ").append(cell(i.reason()))
                        .append(" | ").append(cell(i.remedy())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static void findings(StringBuilder out, Assessment a, Factor f) {
        List<Finding> list = a.findingsFor(f.name());
        out.append("\n### ").append(f.label()).append(" (").append(Numbers.score(a.score(f.name()))).append(")\n\n");
        if (list.isEmpty()) {
            out.append("No findings.\n");
            return;
        }
        out.append("| points | rule | finding | facts | sources |\n|---:|---|---|---|---|\n");
        for (Finding x : list) {
            out.append("| ").append(Numbers.points(x.points())).append(" | ").append(cell(x.rule())).append(" | ")
                    .append(cell(x.text())).append(" | ").append(cell(String.join(", ", x.facts()))).append(" | ")
                    .append(cell(String.join("; ", x.sources()))).append(" |\n");
        }
    }

    private static void row(StringBuilder out, String label, Assessment a, String subject) {
        out.append("| ").append(label).append(" | ").append(a.hasEvidence(subject) ? Numbers.score(a.score(subject)) : "-")
                .append(" | ").append(a.bandOf(subject)).append(" |\n");
    }

    /**
     * Text safe anywhere in the report, table cells included: shown as written, never as HTML (the
     * characters {@code & < >} as entities), no table pipes, code spans or line breaks (backslash
     * escapes), other control characters (tabs, terminal escapes) as spaces.
     */
    static String cell(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '|', '`' -> out.append('\\').append(ch);
                default -> out.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return out.toString();
    }
}
