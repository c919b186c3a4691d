package org.seccom.report;

import java.util.List;
import java.util.Locale;
import org.seccom.model.Assessment;
import org.seccom.model.Blocker;
import org.seccom.model.Conclusion;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.Whole;

/** The plain-text report, for a terminal of 100 columns. */
public final class TextReport implements Renderer {
    static final int WIDTH = 100;

    @Override
    public String render(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append("seccom assessment: ").append(a.scenario().scenario()).append('\n');
        wrap(out, "", a.scenario().grouping() + ", as of " + a.asOf() + ". Members: "
                + String.join(", ", a.members().stream().sorted().map(c -> a.scenario().nameOf(c) + " (" + c + ")").toList())
                + ".");
        out.append('\n');
        labelled(out, "Phase", a.phase().value(), a.phase().reason());
        labelled(out, "Deutsch", a.deutsch().value(), a.deutsch().reason());
        for (Conclusion note : a.notes()) labelled(out, capitalise(note.topic()), note.value(), note.reason());

        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-84s%7s  %s%n", "Scores (0-100)", "score", "band"));
        for (Whole w : a.wholes()) {
            if (!a.isTier(w.name())) continue;
            scoreLine(out, "  ", w.label() + coverage(a, w.name()), a, w.name());
            for (Factor f : a.factorsOf(w.name())) scoreLine(out, "    ", f.label(), a, f.name());
        }
        out.append("  Deutsch's pluralistic security community\n");
        for (Whole w : a.wholes()) {
            if (a.isTier(w.name()) || w.name().equals("deutsch")) continue;
            scoreLine(out, "    ", w.label(), a, w.name());
        }
        out.append("  Indicators of a mature community\n");
        for (Factor f : a.factorsOf("indicators")) scoreLine(out, "    ", f.label(), a, f.name());

        out.append('\n');
        if (a.blockers().isEmpty()) {
            out.append("Blockers: none; no higher phase is defined or every requirement of the next is met.\n");
        } else {
            out.append("Blockers: what holds the grouping below ").append(a.blockers().get(0).phase()).append('\n');
            for (Blocker b : a.blockers()) {
                wrap(out, String.format(Locale.ROOT, "  %-22s %5s, needs %s: ", b.subject(),
                        Numbers.score(b.actual()), Numbers.plain(b.min())), "    ", b.why());
            }
        }

        out.append('\n').append("Findings: every point, with its rule, facts and sources\n");
        for (Whole w : a.wholes()) {
            if (!a.isTier(w.name())) continue;
            for (Factor f : a.factorsOf(w.name())) findings(out, a, f);
        }
        for (Factor f : a.factorsOf("indicators")) findings(out, a, f);
        out.append('\n').append(String.format(Locale.ROOT, "%d findings from %d facts; %d rule firings.%n",
                a.findings().size(), a.scenario().factsOn(a.asOf()).size(), a.firings()));
        idle(out, a);
        return out.toString();
    }

    private static void idle(StringBuilder out, Assessment a) {
        out.append('\n');
        if (a.idle().isEmpty()) {
            out.append("Facts that produced no finding: none.\n");
            return;
        }
        out.append("Facts that produced no finding, and why\n");
        for (org.seccom.model.Relevance.Idle i : a.idle()) {
            wrap(out, "  " + i.fact() + " (" + i.kind() + "): ", "    ", i.sentence());
        }
    }

    private static void findings(StringBuilder out, Assessment a, Factor f) {
        List<Finding> list = a.findingsFor(f.name());
        double pro = list.stream().mapToDouble(Finding::points).filter(p -> p > 0).sum();
        double contra = list.stream().mapToDouble(Finding::points).filter(p -> p < 0).sum();
        String bounded = list.isEmpty() ? "" : " (points for " + Numbers.points(pro) + ", against "
                + Numbers.points(contra).replace('+', '-') + ")";
        out.append('\n');
        wrap(out, "", "  ", f.label() + " [" + f.name() + "]: "
                + (a.hasEvidence(f.name()) ? Numbers.score(a.score(f.name())) : "no evidence") + bounded);
        if (list.isEmpty()) {
            out.append("  (no findings)\n");
            return;
        }
        for (Finding x : list) {
            String confidence = x.confidence() < 1
                    ? String.format(Locale.ROOT, " (%s x confidence %.2f)", Numbers.points(x.fullPoints()), x.confidence())
                    : "";
            wrap(out, String.format(Locale.ROOT, "  %7s  ", Numbers.points(x.points())), "           ", x.rule() + confidence);
            wrap(out, "           ", "           " + x.text());
            wrap(out, "           ", "           facts: " + String.join(", ", x.facts()) + "; sources: "
                    + String.join("; ", x.sources()));
        }
    }

    private static void scoreLine(StringBuilder out, String indent, String label, Assessment a, String subject) {
        String text = indent + label;
        if (text.length() > 83) text = text.substring(0, 80) + "...";
        out.append(String.format(Locale.ROOT, "%-84s%7s  %s%n", text,
                a.hasEvidence(subject) ? Numbers.score(a.score(subject)) : "-", a.bandOf(subject)));
    }

    /** " (evidence on 2 of 3 parts by weight: 67%)" where part of a whole has no evidence, else "". */
    static String coverage(Assessment a, String whole) {
        double c = a.coverage(whole);
        return c >= 100 ? "" : String.format(Locale.ROOT, " (evidence covers %.0f%%)", c);
    }

    private static void labelled(StringBuilder out, String label, String value, String reason) {
        wrap(out, String.format(Locale.ROOT, "%-12s ", label), "             ", value + ": " + reason);
    }

    /** As {@link #wrap(StringBuilder, String, String, String)}, with the text's own leading spaces as prefix. */
    static void wrap(StringBuilder out, String indent, String text) {
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') lead++;
        wrap(out, text.substring(0, lead), indent, text.substring(lead));
    }

    /**
     * Appends {@code prefix} and {@code body} wrapped at spaces to the report width, continuation
     * lines indented by {@code indent}. A word longer than a line is left whole.
     */
    public static void wrap(StringBuilder out, String prefix, String indent, String body) {
        StringBuilder line = new StringBuilder(prefix);
        boolean lineHasWord = false;
        for (String word : body.strip().split(" +")) {
            if (lineHasWord && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
                lineHasWord = false;
            }
            if (lineHasWord) line.append(' ');
            line.append(word);
            lineHasWord = true;
        }
        out.append(line).append('\n');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
