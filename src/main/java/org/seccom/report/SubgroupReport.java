package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seccom.engine.Subgroups;
import org.seccom.model.Assessment;
import org.seccom.model.Dyad;
import org.seccom.model.Subgroup;

/** Where the community is: the sub-groups ranked, each against the whole. */
public final class SubgroupReport {
    private SubgroupReport() {}

    public static String render(Subgroups.Result r, Format format) {
        return switch (format) {
            case TEXT -> text(r);
            case JSON -> Json.write(tree(r));
            case MARKDOWN -> markdown(r);
            case HTML -> HtmlReport.subgroups(r);
            default -> throw new IllegalArgumentException("sub-groups are not written as " + format);
        };
    }

    private static String line(Assessment a) {
        List<String> tiers = a.tierNames().stream().map(t -> Numbers.score(a.score(t))).toList();
        return String.format(Locale.ROOT, "%s; integration %s; tiers %s; Deutsch %s", a.phase().value(),
                Numbers.score(Subgroups.integration(a)), String.join(" / ", tiers), a.deutsch().value());
    }

    /** The last tier's short name ("tier 3") and its score, 0 when the rules declare none. */
    private static String lastTierLabel(Assessment a) {
        return a.tiers().isEmpty() ? "last tier" : Assessment.shortLabel(a.tiers().get(a.tiers().size() - 1)).toLowerCase(Locale.ROOT);
    }

    private static double lastTierScore(Assessment a) {
        return a.lastTier() == null ? 0 : a.score(a.lastTier());
    }

    private static String text(Subgroups.Result r) {
        Assessment whole = r.whole();
        StringBuilder out = new StringBuilder();
        out.append("seccom subgroups: ").append(whole.scenario().scenario()).append('\n');
        TextReport.wrap(out, "    ", "whole grouping (" + String.join(", ", whole.members().stream().sorted().toList())
                + "): " + line(whole));
        out.append("\nBetween members (net points of the trust findings between them)\n");
        for (Dyad d : r.dyads()) {
            TextReport.wrap(out, String.format(Locale.ROOT, "  %s-%s %8s  ", d.a(), d.b(), Numbers.points(d.net())),
                    "                   ", String.join(", ", d.facts()));
        }
        out.append("\nSub-groups, most integrated first: by phase, then integration (the mean of tier 2 and the\n"
                + "mature-phase indicators: what the members do together), then tier 3 (trust and identity)\n");
        int i = 1;
        for (Subgroup s : r.ranked()) {
            Assessment a = s.assessment();
            TextReport.wrap(out, String.format(Locale.ROOT, "%2d. ", i++), "    ",
                    (s.declared() ? s.name() + " (declared)" : s.name() + " (found)") + ": "
                            + String.join(", ", s.members()));
            TextReport.wrap(out, "    ", "    " + line(a) + String.format(Locale.ROOT,
                    "; against the whole: integration %+.1f, %s %+.1f", Subgroups.integration(a) - Subgroups.integration(whole),
                    lastTierLabel(whole), lastTierScore(a) - lastTierScore(whole)));
            if (!s.apart().isEmpty()) {
                TextReport.wrap(out, "      ", "    held apart from the rest by: " + String.join("; ",
                        s.apart().stream().map(d -> d.a() + "-" + d.b() + " " + Numbers.points(d.net()) + " ("
                                + String.join(", ", d.facts()) + ")").toList()));
            }
        }
        return out.toString();
    }

    static Map<String, Object> tree(Subgroups.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", JsonReport.FORMAT_VERSION);
        root.put("scenario", r.whole().scenario().scenario());
        root.put("whole", summary(r.whole()));
        List<Object> dyads = new ArrayList<>();
        for (Dyad d : r.dyads()) dyads.add(dyad(d));
        root.put("dyads", dyads);
        List<Object> groups = new ArrayList<>();
        int rank = 1;
        for (Subgroup s : r.ranked()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.put("name", s.name());
            m.put("declared", s.declared());
            m.put("members", s.members());
            m.putAll(summary(s.assessment()));
            List<Object> apart = new ArrayList<>();
            for (Dyad d : s.apart()) apart.add(dyad(d));
            m.put("apart", apart);
            groups.add(m);
        }
        root.put("subgroups", groups);
        return root;
    }

    private static Map<String, Object> summary(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", a.phase().value());
        m.put("deutsch", a.deutsch().value());
        m.put("integration", Numbers.decimal(Subgroups.integration(a), 1));
        List<String> subjects = new ArrayList<>(a.tierNames()); // the tiers, then the factors of no tier (the indicators)
        for (org.seccom.model.Factor f : a.factors()) if (!a.isTier(f.tier())) subjects.add(f.name());
        for (String t : subjects) m.put(t, Numbers.decimal(a.score(t), 1));
        return m;
    }

    private static Map<String, Object> dyad(Dyad d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", d.a());
        m.put("b", d.b());
        m.put("net", Numbers.decimal(d.net(), 2));
        m.put("facts", d.facts());
        return m;
    }

    private static String markdown(Subgroups.Result r) {
        StringBuilder out = new StringBuilder("# Sub-groups: ").append(MarkdownReport.cell(r.whole().scenario().scenario()))
                .append("\n\nWhole grouping: ").append(line(r.whole())).append(".\n\n")
                .append("| # | sub-group | members | phase | integration |");
        List<org.seccom.model.Whole> tiers = r.whole().tiers();
        for (org.seccom.model.Whole t : tiers) out.append(' ').append(Assessment.shortLabel(t).toLowerCase(Locale.ROOT)).append(" |");
        out.append(" held apart by |\n|---:|---|---|---|---:|").append("---:|".repeat(tiers.size())).append("---|\n");
        int i = 1;
        for (Subgroup s : r.ranked()) {
            Assessment a = s.assessment();
            out.append("| ").append(i++).append(" | ").append(MarkdownReport.cell(s.name())).append(s.declared() ? " (declared)" : "")
                    .append(" | ").append(String.join(", ", s.members())).append(" | ").append(a.phase().value()).append(" | ")
                    .append(Numbers.score(Subgroups.integration(a))).append(" |");
            for (org.seccom.model.Whole t : tiers) out.append(' ').append(Numbers.score(a.score(t.name()))).append(" |");
            out.append(' ').append(MarkdownReport.cell(String.join("; ", s.apart().stream().map(d -> d.a() + "-" + d.b()).toList())))
                    .append(" |\n");
        }
        return out.toString();
    }
}
