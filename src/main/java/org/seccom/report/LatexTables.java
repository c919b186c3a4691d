package org.seccom.report;

import java.util.List;
import org.seccom.model.Assessment;
import org.seccom.model.Comparison;
import org.seccom.model.TimelineStep;

/**
 * Comparisons and timelines as LaTeX tables for papers: booktabs rules ({@code \toprule},
 * {@code \midrule}, {@code \bottomrule}), no vertical rules, numbers right-aligned with one decimal.
 * Text taken from scenarios and rules is escaped; the same inputs give the same bytes.
 */
public final class LatexTables {
    private LatexTables() {}

    /** The ranked groupings: rank, grouping, as-of date, phase, Deutsch's verdict and the three tier scores. */
    public static String comparison(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("% seccom compare, most advanced first; needs \\usepackage{booktabs}\n");
        out.append("\\begin{table}[htbp]\n");
        out.append("\\centering\n");
        out.append("\\caption{Groupings ranked by phase, then by the mean of the tier scores}\n");
        out.append("\\label{tab:seccom-comparison}\n");
        out.append("\\begin{tabular}{rllllrrr}\n");
        out.append("\\toprule\n");
        out.append("\\# & grouping & as of & phase & Deutsch & tier 1 & tier 2 & tier 3 \\\\\n");
        out.append("\\midrule\n");
        for (int i = 0; i < c.ranked().size(); i++) {
            Assessment a = c.ranked().get(i);
            out.append(i + 1).append(" & ").append(escape(a.scenario().scenario())).append(" & ").append(a.asOf())
                    .append(" & ").append(escape(a.phase().value())).append(" & ").append(escape(a.deutsch().value()))
                    .append(tiers(a)).append(" \\\\\n");
        }
        out.append("\\bottomrule\n");
        out.append("\\end{tabular}\n");
        out.append("\\end{table}\n");
        return out.toString();
    }

    /** One row per date: date, phase, Deutsch's verdict, the three tier scores and a mark for turning points. */
    public static String timeline(String title, List<TimelineStep> steps) {
        StringBuilder out = new StringBuilder();
        out.append("% seccom timeline; needs \\usepackage{booktabs}\n");
        out.append("\\begin{table}[htbp]\n");
        out.append("\\centering\n");
        out.append("\\caption{").append(escape(title)).append(": phase, Deutsch's verdict and tier scores by date}\n");
        out.append("\\label{tab:seccom-timeline}\n");
        out.append("\\begin{tabular}{lllrrrc}\n");
        out.append("\\toprule\n");
        out.append("date & phase & Deutsch & tier 1 & tier 2 & tier 3 & turn \\\\\n");
        out.append("\\midrule\n");
        for (TimelineStep s : steps) {
            Assessment a = s.assessment();
            out.append(s.day()).append(" & ").append(escape(a.phase().value())).append(" & ")
                    .append(escape(a.deutsch().value())).append(tiers(a)).append(" & ").append(s.turningPoint() ? "*" : "")
                    .append(" \\\\\n");
        }
        out.append("\\bottomrule\n");
        out.append("\\end{tabular}\n");
        out.append("\\par\\smallskip\n");
        out.append("{\\footnotesize * marks a turning point: the phase or Deutsch's verdict changed since the date before.}\n");
        out.append("\\end{table}\n");
        return out.toString();
    }

    private static String tiers(Assessment a) {
        return " & " + Numbers.score(a.score("tier-1")) + " & " + Numbers.score(a.score("tier-2")) + " & "
                + Numbers.score(a.score("tier-3"));
    }

    /**
     * Text as LaTeX typesets it literally: the ten special characters, and {@code < > |}, which the
     * default OT1 font encoding would print as other glyphs; line breaks, tabs and other control
     * characters (which TeX rejects or reads as commands) become spaces.
     */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '|' -> out.append("\\textbar{}");
                default -> out.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return out.toString();
    }
}
