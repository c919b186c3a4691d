package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seccom.engine.Robustness;
import org.seccom.engine.Robustness.Influence;
import org.seccom.engine.Robustness.Sweep;
import org.seccom.model.Assessment;
import org.seccom.model.Whole;

/** How robust a verdict is: its distribution under resampling, the facts it hangs on, its tipping thresholds. */
public final class RobustnessReport {
    private RobustnessReport() {}

    public static String render(Robustness.Result r, Format format, int top) {
        return switch (format) {
            case TEXT -> text(r, top);
            case JSON -> Json.write(tree(r, top));
            case MARKDOWN -> markdown(r, top);
            default -> throw new IllegalArgumentException("not written as " + format);
        };
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String distribution(Map<String, Double> d) {
        List<String> parts = new ArrayList<>();
        d.forEach((k, v) -> parts.add(k + " " + pct(v)));
        return String.join(", ", parts);
    }

    private static String text(Robustness.Result r, int top) {
        StringBuilder out = new StringBuilder();
        out.append("seccom robustness: ").append(r.baseline().scenario().scenario()).append('\n');
        TextReport.wrap(out, "  ", String.format(Locale.ROOT, "%d samples, seed %d: each fact kept with probability equal to its"
                + " confidence; every profile number times a factor from %.2f to %.2f", r.samples(), r.seed(),
                1 - r.jitter(), 1 + r.jitter()));
        out.append('\n');
        TextReport.wrap(out, "Phase        ", "             ", distribution(r.distribution(Robustness.Sample::phase))
                + " (baseline " + r.baseline().phase().value() + ")");
        TextReport.wrap(out, "Deutsch      ", "             ", distribution(r.distribution(Robustness.Sample::deutsch))
                + " (baseline " + r.baseline().deutsch().value() + ")");
        out.append('\n').append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", "", "baseline", "5%", "median", "95%"));
        List<Whole> tiers = r.baseline().tiers();
        for (int t = 0; t < tiers.size(); t++) {
            out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", Assessment.shortLabel(tiers.get(t)).toLowerCase(Locale.ROOT),
                    Numbers.score(r.baseline().score(tiers.get(t).name())), Numbers.score(r.quantile(t, 0.05)),
                    Numbers.score(r.quantile(t, 0.5)), Numbers.score(r.quantile(t, 0.95))));
        }
        out.append("\nBlockers, and how often they hold\n");
        Map<String, Integer> blockers = new java.util.TreeMap<>();
        for (Robustness.Sample s : r.draws()) for (String b : s.blockers()) blockers.merge(b, 1, Integer::sum);
        blockers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %7s  %s%n", pct(e.getValue() / (double) r.samples()), e.getKey())));
        out.append("\nFacts the verdict hangs on (each left out in turn; tier deltas)\n");
        for (Influence i : r.influence().subList(0, Math.min(top, r.influence().size()))) {
            StringBuilder deltas = new StringBuilder("  ");
            for (double d : i.tierDeltas()) deltas.append(String.format(Locale.ROOT, "%+6.1f ", d));
            deltas.append(' ');
            TextReport.wrap(out, deltas.toString(), " ".repeat(deltas.length() + 1), i.fact() + (i.flips() ? " (phase becomes " + i.phase() + ")" : "") + ": " + i.claim());
        }
        out.append("\nWhere the phase would flip (each threshold alone, the others as they are; a threshold alone\n"
                + "cannot move the phase while another requirement of the same phase also fails)\n");
        for (Sweep s : r.sweeps()) {
            TextReport.wrap(out, "  ", "      ", s.key() + " (now " + Numbers.plain(s.now()) + "): "
                    + (s.flipsAt() == null ? "no value from 0 to 100 changes the phase"
                            : "at " + Numbers.plain(s.flipsAt()) + " the phase would be " + s.phaseThere()));
        }
        return out.toString();
    }

    static Map<String, Object> tree(Robustness.Result r, int top) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT_VERSION);
        root.put("scenario", r.baseline().scenario().scenario());
        root.put("samples", r.samples());
        root.put("seed", r.seed());
        root.put("jitter", Numbers.decimal(r.jitter(), 3));
        root.put("baseline", Map.of("phase", r.baseline().phase().value()));
        Map<String, Object> phases = new LinkedHashMap<>();
        r.distribution(Robustness.Sample::phase).forEach((k, v) -> phases.put(k, Numbers.decimal(v, 4)));
        root.put("phases", phases);
        Map<String, Object> deutsch = new LinkedHashMap<>();
        r.distribution(Robustness.Sample::deutsch).forEach((k, v) -> deutsch.put(k, Numbers.decimal(v, 4)));
        root.put("deutsch", deutsch);
        List<Object> tiers = new ArrayList<>();
        List<Whole> tierList = r.baseline().tiers();
        for (int t = 0; t < tierList.size(); t++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tier", t + 1);
            m.put("baseline", Numbers.decimal(r.baseline().score(tierList.get(t).name()), 1));
            m.put("p05", Numbers.decimal(r.quantile(t, 0.05), 1));
            m.put("median", Numbers.decimal(r.quantile(t, 0.5), 1));
            m.put("p95", Numbers.decimal(r.quantile(t, 0.95), 1));
            tiers.add(m);
        }
        root.put("tiers", tiers);
        List<Object> influence = new ArrayList<>();
        for (Influence i : r.influence().subList(0, Math.min(top, r.influence().size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fact", i.fact());
            m.put("flipsPhase", i.flips());
            m.put("phase", i.phase());
            m.put("tierDeltas", java.util.Arrays.stream(i.tierDeltas()).mapToObj(d -> Numbers.decimal(d, 1)).toList());
            influence.add(m);
        }
        root.put("influence", influence);
        List<Object> sweeps = new ArrayList<>();
        for (Sweep s : r.sweeps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.key());
            m.put("now", Numbers.decimal(s.now(), 1));
            m.put("flipsAt", s.flipsAt() == null ? null : Numbers.decimal(s.flipsAt(), 1));
            m.put("phaseThere", s.phaseThere());
            sweeps.add(m);
        }
        root.put("sweeps", sweeps);
        return root;
    }

    private static String markdown(Robustness.Result r, int top) {
        StringBuilder out = new StringBuilder("# Robustness: ").append(MarkdownReport.cell(r.baseline().scenario().scenario()))
                .append("\n\n").append(r.samples()).append(" samples, seed ").append(r.seed()).append(".\n\n")
                .append("- **Phase:** ").append(distribution(r.distribution(Robustness.Sample::phase))).append('\n')
                .append("- **Deutsch:** ").append(distribution(r.distribution(Robustness.Sample::deutsch))).append("\n\n")
                .append("| fact left out | ");
        for (Whole t : r.baseline().tiers()) out.append(Assessment.shortLabel(t).toLowerCase(Locale.ROOT)).append(" | ");
        out.append("phase |\n|---|").append("---:|".repeat(r.baseline().tiers().size())).append("---|\n");
        for (Influence i : r.influence().subList(0, Math.min(top, r.influence().size()))) {
            out.append("| ").append(i.fact()).append(" | ");
            for (double d : i.tierDeltas()) out.append(String.format(Locale.ROOT, "%+.1f | ", d));
            out.append(i.phase()).append(" |\n");
        }
        return out.toString();
    }
}
