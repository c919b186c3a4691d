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

    private static String tiers(org.seccom.model.Assessment a, org.seccom.model.Assessment base) {
        return String.format(Locale.ROOT, "tiers %s / %s / %s (%+.1f / %+.1f / %+.1f)", Numbers.score(a.score("tier-1")),
                Numbers.score(a.score("tier-2")), Numbers.score(a.score("tier-3")),
                a.score("tier-1") - base.score("tier-1"), a.score("tier-2") - base.score("tier-2"),
                a.score("tier-3") - base.score("tier-3"));
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
            for (String t : List.of("tier-1", "tier-2", "tier-3")) m.put(t, Numbers.decimal(p.result().score(t), 1));
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
