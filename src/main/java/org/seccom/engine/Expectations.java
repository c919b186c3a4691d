package org.seccom.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seccom.model.Assessment;
import org.seccom.model.Expect;
import org.seccom.model.ExpectationResult;
import org.seccom.model.Finding;

/** Checks an assessment against the expectations a scenario states, each with the reason it failed. */
public final class Expectations {
    private Expectations() {}

    public static List<ExpectationResult> check(String file, Expect expect, Assessment a, RuleBase rules) {
        String title = a.scenario().scenario();
        List<ExpectationResult> results = new ArrayList<>();
        if (!expect.phase().isEmpty()) {
            String actual = a.phase().value();
            boolean ok = expect.phase().contains(actual);
            List<String> unknown = expect.phase().stream().filter(p -> !a.phases().contains(p)).toList();
            String reason = ok ? "" : !unknown.isEmpty()
                    ? "the rules define no phase " + unknown + "; they define " + a.phases()
                    : "the phase is " + actual + (a.blockers().isEmpty() ? "" : "; below " + a.blockers().get(0).phase()
                            + " it falls short on " + a.blockers().stream().map(b -> b.subject() + " ("
                                    + String.format(java.util.Locale.ROOT, "%.1f", b.actual()) + " < " + trim(b.min()) + ")")
                                    .collect(Collectors.joining(", ")))
                            + (a.phaseRank() > maxRank(expect.phase(), a) ? " and it reaches past the expected phase"
                                    : "");
            results.add(new ExpectationResult(file, title, "phase", String.join(" or ", expect.phase()), actual, ok, reason));
        }
        if (!expect.deutsch().isEmpty()) {
            String actual = a.deutsch().value();
            boolean ok = expect.deutsch().contains(actual);
            results.add(new ExpectationResult(file, title, "deutsch", String.join(" or ", expect.deutsch()), actual, ok,
                    ok ? "" : "Deutsch's verdict is " + actual + ": " + a.deutsch().reason()));
        }
        for (Map.Entry<String, List<String>> e : new java.util.TreeMap<>(expect.bands()).entrySet()) {
            String subject = e.getKey();
            boolean known = a.factors().stream().anyMatch(f -> f.name().equals(subject))
                    || a.wholes().stream().anyMatch(w -> w.name().equals(subject));
            if (known && !a.hasEvidence(subject)) {
                boolean ok = e.getValue().contains("no evidence");
                results.add(new ExpectationResult(file, title, "band of " + subject, String.join(" or ", e.getValue()),
                        "no evidence", ok, ok ? "" : subject + " has no evidence in the file: no fact bears on it"));
                continue;
            }
            if (!a.scores().containsKey(subject)) {
                results.add(new ExpectationResult(file, title, "band of " + subject, String.join(" or ", e.getValue()),
                        "no score", false, "the rules give no score named '" + subject + "'; they score "
                                + new java.util.TreeSet<>(a.scores().keySet())));
                continue;
            }
            double score = a.score(subject);
            String band = a.band(score);
            boolean ok = e.getValue().contains(band);
            results.add(new ExpectationResult(file, title, "band of " + subject, String.join(" or ", e.getValue()),
                    band + " (" + String.format(java.util.Locale.ROOT, "%.1f", score) + ")", ok,
                    ok ? "" : subject + " scores " + String.format(java.util.Locale.ROOT, "%.1f", score) + ", " + band));
        }
        Set<String> fired = a.findings().stream().map(Finding::rule).collect(Collectors.toSet());
        Set<String> known = rules.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        for (String rule : expect.findings()) {
            boolean ok = fired.contains(rule);
            results.add(new ExpectationResult(file, title, "finding of \"" + rule + "\"", "present",
                    ok ? "present" : "absent", ok,
                    ok ? "" : known.contains(rule) ? "no finding of this rule: none of its patterns matched the facts"
                            : unknownRule(rule, known)));
        }
        for (String rule : expect.noFindings()) {
            boolean ok = !fired.contains(rule);
            List<String> facts = a.findings().stream().filter(f -> f.rule().equals(rule))
                    .flatMap(f -> f.facts().stream()).distinct().sorted().toList();
            results.add(new ExpectationResult(file, title, "no finding of \"" + rule + "\"", "absent",
                    ok ? "absent" : "present", ok && known.contains(rule),
                    !known.contains(rule) ? unknownRule(rule, known) : ok ? "" : "it fired on " + String.join(", ", facts)));
        }
        if (expect.pending() != null) {
            if (results.stream().allMatch(ExpectationResult::passed)) {
                results.add(new ExpectationResult(file, title, "pending", "a disagreement", "none left", false,
                        "every expectation now passes; remove pending: from the expect block"));
            } else {
                results.replaceAll(r -> r.asPending(expect.pending()));
            }
        }
        return results;
    }

    private static int maxRank(List<String> phases, Assessment a) {
        return phases.stream().mapToInt(a.phases()::indexOf).max().orElse(-1);
    }

    private static String unknownRule(String rule, Set<String> known) {
        return "no rule is named \"" + rule + "\"; `seccom rules` lists them";
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
