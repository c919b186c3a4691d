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
            if (!p.hypothetical().isEmpty()) {
                TextReport.wrap(out, "      ", "    rests on " + p.hypothetical().size() + " hypothetical "
                        + (p.hypothetical().size() == 1 ? "fact" : "facts") + ": find a source before relying on this set");
            }
        }
        if (r.plans().size() > 10) out.append("\n(").append(r.plans().size() - 10).append(" more sets of the same size)\n");
        if (!r.additions().isEmpty()) {
            out.append("\nEvidence the file lacks, each tried alone (hypothetical: none counts until a source says so)\n");
            for (Reach.Addition a : r.additions()) {
                TextReport.wrap(out, "  ", "      ", a.label());
                TextReport.wrap(out, "      ", "      ", a.factor() + ": " + before(a) + " -> " + Numbers.score(a.after())
                        + "; phase " + a.phase());
            }
        }
        return out.toString();
    }

    private static String before(Reach.Addition a) {
        return a.before() == null ? "no evidence" : Numbers.score(a.before());
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
            m.put("hypothetical", p.hypothetical());
            plans.add(m);
        }
        root.put("plans", plans);
        List<Object> additions = new ArrayList<>();
        for (Reach.Addition a : r.additions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", a.label());
            m.put("factor", a.factor());
            m.put("before", a.before() == null ? null : Numbers.decimal(a.before(), 1)); // null: no evidence
            m.put("after", Numbers.decimal(a.after(), 1));
            m.put("phase", a.phase());
            additions.add(m);
        }
        root.put("additions", additions);
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
        if (!r.additions().isEmpty()) {
            out.append("\n## Evidence the file lacks (hypothetical: none counts until a source says so)\n\n")
                    .append("| change | factor | before | alone | phase |\n|---|---|---:|---:|---|\n");
            for (Reach.Addition a : r.additions()) {
                out.append("| ").append(MarkdownReport.cell(a.label())).append(" | ").append(a.factor()).append(" | ")
                        .append(before(a)).append(" | ").append(Numbers.score(a.after())).append(" | ").append(a.phase())
                        .append(" |\n");
            }
        }
        return out.toString();
    }
}
