package org.seccom.engine;

import java.util.ArrayList;
import java.util.List;
import org.seccom.model.Basis;
import org.seccom.model.CoreState;
import org.seccom.model.Fact;
import org.seccom.model.FlowType;
import org.seccom.model.Identity;
import org.seccom.model.IdentityMarker;
import org.seccom.model.Institution;
import org.seccom.model.InstitutionFunction;
import org.seccom.model.InstitutionStatus;
import org.seccom.model.Interpretation;
import org.seccom.model.Learning;
import org.seccom.model.LearningMarker;
import org.seccom.model.Level;
import org.seccom.model.Perception;
import org.seccom.model.SharedValue;
import org.seccom.model.Shock;
import org.seccom.model.ShockType;
import org.seccom.model.Signal;
import org.seccom.model.SourceRef;
import org.seccom.model.Threat;
import org.seccom.model.ThreatScope;
import org.seccom.model.Transaction;
import org.seccom.model.TrustSignal;

/**
 * Evidence {@code reach} can propose where a file is thin: one fact of each kind of the scenario
 * language that speaks for the grouping, across all members, certain (confidence 1), citing the
 * source {@value #SOURCE}. This is the one place such facts are written. Which factor each feeds is
 * not written here: {@link Reach} asks the rules, by assessing the facts on their own and reading
 * which factors their findings score, so a rule set that reads a kind differently is followed.
 * Kinds that only speak against a community (disputes, interventions, internal conflicts) and
 * those that need a particular event (crisis responses, membership changes) have no template;
 * the mature-phase indicators have candidates of their own.
 */
final class HypotheticalEvidence {
    private HypotheticalEvidence() {}

    /** The source key every hypothetical fact cites; no scenario's sources define it. */
    static final String SOURCE = "hypothetical";

    /** A fact to look for, and how a reader sees the proposal. */
    record Template(String label, Fact fact) {}

    /** The templates for a grouping of these members (sorted codes), in a stable order. */
    static List<Template> templates(List<String> members) {
        List<String> all = List.of("all");
        List<Template> out = new ArrayList<>();
        out.add(of("a political shock of high salience touching every member",
                b -> new Shock(b, ShockType.POLITICAL, all, Level.HIGH), "shock"));
        out.add(of("a reading of social reality all members share and act on",
                b -> new Interpretation(b, all, Level.HIGH), "interpretation"));
        out.add(of("a common external threat of high salience",
                b -> new Threat(b, "a common external threat", ThreatScope.EXTERNAL, all, Level.HIGH, List.of()), "threat"));
        for (String m : members) {
            out.add(of(m + " as a capable core state all members see as benevolent",
                    b -> new CoreState(b, m, Level.HIGH, null, Perception.BENEVOLENT, all), "core-" + m.toLowerCase(java.util.Locale.ROOT)));
        }
        out.add(of("a value all members share", b -> new SharedValue(b, "a shared value", all, null, null, null), "value"));
        out.add(of("a dense trade flow among all members",
                b -> new Transaction(b, FlowType.TRADE, all, Level.HIGH, false), "transaction"));
        out.add(of("a working joint body",
                b -> new Institution(b, "a joint body", InstitutionFunction.CONSULTATION, InstitutionStatus.OPERATING, all),
                "institution"));
        out.add(of("a strong shared history among all members",
                b -> new Learning(b, LearningMarker.SHARED_HISTORY, all, Level.HIGH, false), "learning"));
        out.add(of("members backing one another where it costs something",
                b -> new TrustSignal(b, Signal.SUPPORT, members, members, null), "trust"));
        out.add(of("a we-feeling among all members",
                b -> new Identity(b, IdentityMarker.WE_FEELING, all, null), "identity"));
        return out;
    }

    /** Whether a fact is one of these templates (it cites the hypothetical source). */
    static boolean isHypothetical(Fact f) {
        return f.sources().stream().anyMatch(s -> s.key().equals(SOURCE));
    }

    private static Template of(String what, java.util.function.Function<Basis, Fact> fact, String id) {
        Basis basis = new Basis("hypothetical-" + id, "Hypothetical: " + what + ". No source yet: find one before relying on it.",
                SourceRef.of(SOURCE), 1.0, null, null, null, null);
        return new Template("add: " + what + " (hypothetical; find a source)", fact.apply(basis));
    }
}
