package org.seccom.model;

import java.util.List;

/** A sourced statement about the grouping; the rules reason over these. */
public sealed interface Fact
        permits Shock, Interpretation, Threat, CoreState, SharedValue, Transaction, Institution,
                CrisisResponse, Learning, Dispute, Intervention, InternalConflict, TrustSignal, Identity, Indicator,
                MembershipChange {

    Basis basis();

    default String id() {
        return basis().id();
    }

    default double confidence() {
        return basis().confidence();
    }

    default String claim() {
        return basis().claim();
    }

    /** The first source the fact cites. */
    default SourceRef source() {
        return basis().source().get(0);
    }

    /** Every source the fact cites. */
    default List<SourceRef> sources() {
        return basis().source();
    }

    /** The {@code kind:} this fact was written with. */
    default String kind() {
        return getClass().getAnnotation(Kind.class).value();
    }

    static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
