package org.seccom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seccom.model.Assessment;
import org.seccom.model.Blocker;
import org.seccom.model.Conclusion;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.Part;
import org.seccom.model.Whole;

/**
 * The JSON report. Its shape is documented in docs/json-report.md and is stable: keys are only
 * ever added. Scores have one decimal, points two; keys keep a fixed order.
 */
public final class JsonReport implements Renderer {
    /** Bumped when a key changes meaning or goes away; adding keys does not bump it. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public String render(Assessment a) {
        return Json.write(tree(a));
    }

    /** The report as ordered maps and lists, for callers that want the structure rather than text. */
    public static Map<String, Object> tree(Assessment a) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT_VERSION);
        root.put("scenario", a.scenario().scenario());
        root.put("grouping", a.scenario().grouping());
        root.put("asOf", a.asOf().toString());
        root.put("members", a.members().stream().sorted().toList());
        root.put("phase", a.phase().value());
        root.put("phaseDescription", a.phase().reason());
        Map<String, Object> bands = new LinkedHashMap<>(); // where the partial and met bands open (the profile's)
        bands.put("partial", Numbers.decimal(a.bands().partial(), 1));
        bands.put("met", Numbers.decimal(a.bands().met(), 1));
        root.put("bands", bands);
        List<Object> tiers = new ArrayList<>();
        int position = 0;
        for (Whole w : a.tiers()) {
            Map<String, Object> tier = new LinkedHashMap<>();
            tier.put("tier", ++position); // 1, 2, ... in the order the rules declare the tiers
            tier.put("label", w.label());
            tier.put("score", a.hasEvidence(w.name()) ? Numbers.decimal(a.score(w.name()), 1) : null);
            tier.put("coverage", Numbers.decimal(a.coverage(w.name()), 1));
            tier.put("band", a.bandOf(w.name()));
            List<Object> factors = new ArrayList<>();
            for (Factor f : a.factorsOf(w.name())) factors.add(factor(a, f, w.name()));
            tier.put("factors", factors);
            tiers.add(tier);
        }
        root.put("tiers", tiers);
        Map<String, Object> deutsch = new LinkedHashMap<>();
        deutsch.put("verdict", a.deutsch().value());
        deutsch.put("reason", a.deutsch().reason());
        deutsch.put("score", Numbers.decimal(a.score("deutsch"), 1));
        List<Object> conditions = new ArrayList<>();
        for (Whole w : a.wholes()) {
            if (a.isTier(w.name()) || w.name().equals("deutsch")) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("condition", w.name());
            c.put("label", w.label());
            c.put("score", a.hasEvidence(w.name()) ? Numbers.decimal(a.score(w.name()), 1) : null);
            c.put("band", a.bandOf(w.name()));
            Map<String, Object> parts = new LinkedHashMap<>();
            for (Part p : a.parts()) if (p.whole().equals(w.name())) parts.put(p.part(), Numbers.decimal(p.weight(), 2));
            c.put("weights", parts);
            conditions.add(c);
        }
        deutsch.put("conditions", conditions);
        root.put("deutsch", deutsch);
        List<Object> indicators = new ArrayList<>();
        for (Factor f : a.factorsOf("indicators")) indicators.add(factor(a, f, null));
        root.put("indicators", indicators);
        List<Object> blockers = new ArrayList<>();
        for (Blocker b : a.blockers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", b.phase());
            m.put("subject", b.subject());
            m.put("score", Numbers.decimal(b.actual(), 1));
            m.put("required", Numbers.decimal(b.min(), 1));
            m.put("why", b.why());
            blockers.add(m);
        }
        root.put("blockers", blockers);
        List<Object> notes = new ArrayList<>();
        for (Conclusion c : a.notes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", c.topic());
            m.put("value", c.value());
            m.put("reason", c.reason());
            notes.add(m);
        }
        root.put("notes", notes);
        List<Object> findings = new ArrayList<>();
        for (Finding f : a.findings()) findings.add(finding(f));
        root.put("findings", findings);
        List<Object> idle = new ArrayList<>();
        for (org.seccom.model.Relevance.Idle i : a.idle()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fact", i.fact());
            m.put("kind", i.kind());
            m.put("field", i.field());
            m.put("reason", i.reason());
            m.put("remedy", i.remedy());
            idle.add(m);
        }
        root.put("idleFacts", idle);
        return root;
    }

    private static Map<String, Object> factor(Assessment a, Factor f, String tier) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factor", f.name());
        m.put("label", f.label());
        m.put("score", a.hasEvidence(f.name()) ? Numbers.decimal(a.score(f.name()), 1) : null);
        m.put("band", a.bandOf(f.name()));
        if (tier != null) {
            a.parts().stream().filter(p -> p.whole().equals(tier) && p.part().equals(f.name())).findFirst()
                    .ifPresent(p -> m.put("weight", Numbers.decimal(p.weight(), 2)));
        }
        m.put("findings", a.findingsFor(f.name()).size());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("tier", f.tier());
        m.put("factor", f.factor());
        if (f.mechanism() != null) m.put("mechanism", f.mechanism());
        m.put("points", Numbers.decimal(f.points(), 2));
        m.put("fullPoints", Numbers.decimal(f.fullPoints(), 2));
        m.put("confidence", Numbers.decimal(f.confidence(), 2));
        m.put("facts", f.facts());
        m.put("sources", f.sources());
        m.put("text", f.text());
        return m;
    }
}
