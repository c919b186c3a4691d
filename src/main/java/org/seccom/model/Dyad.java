package org.seccom.model;

import java.util.List;

/** Two members and the net points of the trust findings between them, with the facts behind them. */
public record Dyad(String a, String b, double net, List<String> facts) {
    public Dyad {
        facts = List.copyOf(facts);
    }

    public boolean involves(String code) {
        return a.equals(code) || b.equals(code);
    }
}
