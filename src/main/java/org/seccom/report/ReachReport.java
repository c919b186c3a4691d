package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seccom.engine.Reach;

/** The smallest sets of changes found that bring a grouping to a phase. */
public final class ReachReport {
    private ReachReport() {}

    public static String render(Reach.Result r, Format format) {
        return switch (format) {
            case TEXT -> text(r);
            case JSON -> Json.write(tree(r));
            case MARKDOWN -> markdown(r);
            default -> throw new IllegalArgumentException("not written as " + format);
        };
    }

    /** "tiers 45.0 / 50.2 / 30.1 (+0.0 / +2.1 / +5.3)", over the tiers the rules declare; "-" where one has no evidence. */
    private static String tiers(org.seccom.model.Assessment a, org.seccom.model.Assessment base) {
        List<String> scores = new ArrayList<>();
        List<String> deltas = new ArrayList<>();
        for (String t : base.tierNames()) {
            scores.add(a.hasEvidence(t) ? Numbers.score(a.score(t)) : "-");
            deltas.add(!a.hasEvidence(t) ? "-" : !base.hasEvidence(t) ? "new"
                    : String.format(Locale.ROOT, "%+.1f", a.score(t) - base.score(t)));
        }
        return "tiers " + String.join(" / ", scores) + " (" + String.join(" / ", deltas) + ")";
    }

    private static String text(Reach.Result r) {
        StringBuilder out = new StringBuilder();
        out.append("seccom reach: ").append(r.baseline().scenario().scenario()).append(", from ")
                .append(r.baseline().phase().value()).append(" to ").append(r.target()).append('\n');
        TextReport.wrap(out, "  ", String.format(Locale.ROOT, "%d candidate changes, %d tried alone; %d evaluations of a budget of %d; %s",
                r.candidates(), r.tried(), r.evaluations(), r.budget(),
                r.complete() ? "every combination up to the size found was explored"
                        : "not every combination was explored (beyond the most promising, or past the budget)"));
        if (!r.note().isEmpty()) TextReport.wrap(out, "  ", r.note());
        int i = 1;
        for (Reach.Plan p : r.plans().subList(0, Math.min(10, r.plans().size()))) {
            out.append('\n');
            TextReport.wrap(out, String.format(Locale.ROOT, "%2d. ", i++), "    ", String.join(" + ", p.changes()));
            TextReport.wrap(out, "    ", "    " + p.result().phase().value() + "; " + tiers(p.result(), r.baseline()));
            TextReport.wrap(out, "      ", "    rules moved: " + String.join("; ", p.rulesMoved()));
        }
        if (r.plans().size() > 10) out.append("\n(").append(r.plans().size() - 10).append(" more sets of the same size)\n");
        return out.toString();
    }

    static Map<String, Object> tree(Reach.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT_VERSION);
        root.put("scenario", r.baseline().scenario().scenario());
        root.put("from", r.baseline().phase().value());
        root.put("to", r.target());
        root.put("candidates", r.candidates());
        root.put("triedAlone", r.tried());
        root.put("evaluations", r.evaluations());
        root.put("budget", r.budget());
        root.put("complete", r.complete());
        root.put("note", r.note());
        List<Object> plans = new ArrayList<>();
        for (Reach.Plan p : r.plans()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("changes", p.changes());
            m.put("phase", p.result().phase().value());
            for (String t : r.baseline().tierNames()) {
                m.put(t, p.result().hasEvidence(t) ? Numbers.decimal(p.result().score(t), 1) : null); // null: no evidence
            }
            m.put("rulesMoved", p.rulesMoved());
            plans.add(m);
        }
        root.put("plans", plans);
        return root;
    }

    private static String markdown(Reach.Result r) {
        StringBuilder out = new StringBuilder("# Reach: ").append(MarkdownReport.cell(r.baseline().scenario().scenario()))
                .append(", ").append(r.baseline().phase().value()).append(" to ").append(r.target()).append("\n\n")
                .append("| # | changes | phase | tiers | rules moved |\n|---:|---|---|---|---|\n");
        int i = 1;
        for (Reach.Plan p : r.plans()) {
            out.append("| ").append(i++).append(" | ").append(MarkdownReport.cell(String.join(" + ", p.changes()))).append(" | ")
                    .append(p.result().phase().value()).append(" | ").append(tiers(p.result(), r.baseline())).append(" | ")
                    .append(MarkdownReport.cell(String.join("; ", p.rulesMoved()))).append(" |\n");
        }
        if (!r.note().isEmpty()) out.append('\n').append(MarkdownReport.cell(r.note())).append('\n');
        return out.toString();
    }
}
