package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seccom.model.Assessment;
import org.seccom.model.Factor;
import org.seccom.model.TimelineStep;
import org.seccom.model.Whole;

/** Phase, tier scores and Deutsch's verdict date by date, and the facts that came and went. */
public final class TimelineReport {
    private TimelineReport() {}

    public static String render(String title, List<TimelineStep> steps, Format format) {
        return switch (format) {
            case TEXT -> text(title, steps);
            case JSON -> Json.write(tree(title, steps));
            case MARKDOWN -> markdown(title, steps);
            case HTML -> HtmlReport.timeline(title, steps);
            case CSV -> TimelineCsv.render(title, steps);
            case LATEX -> LatexTables.timeline(title, steps);
            default -> throw new IllegalArgumentException("a timeline is not written as " + format);
        };
    }

    private static String text(String title, List<TimelineStep> steps) {
        StringBuilder out = new StringBuilder();
        out.append("seccom timeline: ").append(title).append('\n');
        if (!steps.isEmpty()) {
            out.append(steps.get(0).day()).append(" to ").append(steps.get(steps.size() - 1).day()).append(", ")
                    .append(steps.size()).append(" dates; * marks a turning point (phase or Deutsch's verdict changed)\n");
        }
        List<Whole> tiers = tiers(steps);
        out.append('\n').append(String.format(Locale.ROOT, "  %-10s  %-23s", "date", "phase"));
        for (Whole t : tiers) out.append(String.format(Locale.ROOT, " %7s", Assessment.shortLabel(t).toLowerCase(Locale.ROOT)));
        out.append(String.format(Locale.ROOT, "  %-11s %s%n", "Deutsch", "in / out"));
        for (TimelineStep s : steps) {
            Assessment a = s.assessment();
            String moves = "+" + (s.factsIn().size() + s.membersIn().size()) + " / -" + (s.factsOut().size() + s.membersOut().size());
            out.append(String.format(Locale.ROOT, "%s %-10s  %-23s", s.turningPoint() ? "*" : " ", s.day(), a.phase().value()));
            for (Whole t : tiers) out.append(String.format(Locale.ROOT, " %7s", Numbers.score(a.score(t.name()))));
            out.append(String.format(Locale.ROOT, "  %-11s %s%n", a.deutsch().value(), moves));
        }
        out.append("\nWhat came and went\n");
        for (TimelineStep s : steps) {
            if (s == steps.get(0)) {
                TextReport.wrap(out, "  " + s.day() + "  ", "              ", "at the start: " + s.membersIn().size()
                        + " members (" + String.join(", ", s.membersIn()) + ") and " + s.factsIn().size() + " facts");
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!s.membersIn().isEmpty()) parts.add("members in: " + String.join(", ", s.membersIn()));
            if (!s.membersOut().isEmpty()) parts.add("members out: " + String.join(", ", s.membersOut()));
            if (!s.factsIn().isEmpty()) parts.add("facts in: " + String.join(", ", s.factsIn()));
            if (!s.factsOut().isEmpty()) parts.add("facts out: " + String.join(", ", s.factsOut()));
            if (parts.isEmpty()) continue;
            TextReport.wrap(out, (s.turningPoint() ? "* " : "  ") + s.day() + "  ", "              ", String.join("; ", parts));
        }
        return out.toString();
    }

    static Map<String, Object> tree(String title, List<TimelineStep> steps) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT_VERSION);
        root.put("scenario", title);
        List<Object> list = new ArrayList<>();
        for (TimelineStep s : steps) {
            Assessment a = s.assessment();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", s.day().toString());
            m.put("phase", a.phase().value());
            m.put("deutsch", a.deutsch().value());
            m.put("turningPoint", s.turningPoint());
            Map<String, Object> scores = new LinkedHashMap<>();
            for (String tier : a.tierNames()) {
                scores.put(tier, Numbers.decimal(a.score(tier), 1));
                for (Factor f : a.factorsOf(tier)) scores.put(f.name(), Numbers.decimal(a.score(f.name()), 1));
            }
            m.put("scores", scores);
            m.put("members", a.members().stream().sorted().toList());
            m.put("blockers", a.blockers().stream().map(b -> b.subject()).toList());
            m.put("membersIn", s.membersIn());
            m.put("membersOut", s.membersOut());
            m.put("factsIn", s.factsIn());
            m.put("factsOut", s.factsOut());
            list.add(m);
        }
        root.put("steps", list);
        return root;
    }

    /** The tiers the rules declare, as the first date has them (none for an empty timeline). */
    private static List<Whole> tiers(List<TimelineStep> steps) {
        return steps.isEmpty() ? List.of() : steps.get(0).assessment().tiers();
    }

    private static String markdown(String title, List<TimelineStep> steps) {
        StringBuilder out = new StringBuilder();
        out.append("# Timeline: ").append(MarkdownReport.cell(title)).append("\n\n");
        List<Whole> tiers = tiers(steps);
        out.append("| date | phase |");
        for (Whole t : tiers) out.append(' ').append(Assessment.shortLabel(t).toLowerCase(Locale.ROOT)).append(" |");
        out.append(" Deutsch | came | went |\n|---|---|").append("---:|".repeat(tiers.size())).append("---|---|---|\n");
        for (TimelineStep s : steps) {
            Assessment a = s.assessment();
            List<String> in = new ArrayList<>(s.membersIn());
            in.addAll(s.factsIn());
            List<String> gone = new ArrayList<>(s.membersOut());
            gone.addAll(s.factsOut());
            out.append("| ").append(s.turningPoint() ? "**" + s.day() + "**" : s.day().toString()).append(" | ")
                    .append(a.phase().value()).append(" |");
            for (Whole t : tiers) out.append(' ').append(Numbers.score(a.score(t.name()))).append(" |");
            out.append(' ').append(a.deutsch().value()).append(" | ").append(String.join(", ", in)).append(" | ")
                    .append(String.join(", ", gone)).append(" |\n");
        }
        out.append("\nBold dates are turning points: the phase or Deutsch's verdict changed.\n");
        return out.toString();
    }
}
