package org.seccom.model;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Why a fact cannot count on the day assessed, decided in one place for {@code validate} (a
 * warning where the fact is written) and {@code assess} (the facts that produced no finding): it
 * lies wholly after the day, it ended before it and its kind does not bear after its end, it
 * involves no member, or no rule reads its kind. Which kinds the rules read, and which they read
 * after their end ({@code Past} patterns), is read off the rule files, not assumed here.
 *
 * @param kindsRead the kinds ({@code kind:} names) some rule matches; null: every kind
 * @param kindsOutlasting the kinds the rules still read once ended; null: every kind
 */
public record Relevance(Set<String> kindsRead, Set<String> kindsOutlasting) {

    /** When nothing is known of the rules: only dates and membership are checked. */
    public static final Relevance UNKNOWN_RULES = new Relevance(null, null);

    /**
     * Why a fact cannot count: its id and kind, the field to point at, the reason, and what would
     * make it count.
     */
    public record Idle(String fact, String kind, String field, String reason, String remedy) {
        /** The reason and remedy as one sentence for a report. */
        public String sentence() {
            return reason + "; " + remedy;
        }
    }

    /** Why {@code fact} cannot count on {@code day} in {@code scenario}, or null when nothing stops it. */
    public Idle why(Scenario scenario, Fact fact, LocalDate day) {
        String kind = fact.kind();
        Basis b = fact.basis();
        if (kindsRead != null && !kindsRead.contains(kind)) {
            return new Idle(fact.id(), kind, "kind", "no rule reads facts of kind '" + kind + "'",
                    "add a rule that matches " + fact.getClass().getSimpleName() + ", or record the fact as a kind the rules read");
        }
        if (b.from() != null && b.from().isAfter(day)) {
            return new Idle(fact.id(), kind, "from", "out of date range: it starts on " + b.from()
                    + ", after the day assessed (" + day + ")",
                    "correct from if it is a typo, or assess a later day (--as-of)");
        }
        if (b.until() != null && b.until().isBefore(day) && kindsOutlasting != null && !kindsOutlasting.contains(kind)) {
            return new Idle(fact.id(), kind, "until", "out of date range: it ended on " + b.until()
                    + ", before the day assessed (" + day + "), and the rules do not read " + a(kind) + " after its end",
                    "drop until if it still held on " + day + ", correct the date, or assess an earlier day (--as-of)");
        }
        Set<String> members = scenario.membersOn(day);
        String field = memberless(fact, members);
        if (field != null) {
            return new Idle(fact.id(), kind, field, "no member involved: " + field + " names no state that is a member on "
                    + day + " (" + String.join(", ", members) + ")",
                    "name a member in " + field + " if the fact is about the grouping, or drop the fact");
        }
        return null;
    }

    /**
     * The field that leaves the fact without a member where the rules need one, or null. A trust
     * signal and an intervention need a member acting, a crisis a member struck, a dispute a member
     * party; any other kind that names states needs a member among them.
     */
    private static String memberless(Fact fact, Set<String> members) {
        if (fact instanceof TrustSignal t) return anyMember(t.actors(), members) ? null : "actors";
        if (fact instanceof CrisisResponse c) return anyMember(List.of(c.state()), members) ? null : "state";
        if (fact instanceof Dispute d) return anyMember(d.parties(), members) ? null : "parties";
        List<String> codes = new ArrayList<>();
        String first = null;
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (!c.isAnnotationPresent(StateRef.class)) continue;
            List<String> values = codes(accessor(c, fact));
            values.remove(CoreState.NONE);
            if (values.isEmpty()) continue;
            if (first == null) first = c.getName();
            codes.addAll(values);
        }
        return first == null || anyMember(codes, members) ? null : first;
    }

    /** The kind with its article: "a dispute", "an indicator". */
    public static String a(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static boolean anyMember(Collection<String> codes, Set<String> members) {
        for (String c : codes) if ("all".equals(c) || members.contains(c)) return true;
        return false;
    }

    private static List<String> codes(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) out.add(s);
        else if (value instanceof List<?> list) for (Object o : list) out.addAll(codes(o));
        return out;
    }

    private static Object accessor(RecordComponent c, Object rec) {
        try {
            return c.getAccessor().invoke(rec);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
