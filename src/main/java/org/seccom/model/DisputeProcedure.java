package org.seccom.model;

/** How a dispute is being handled: by talks alone, or by an institutionalised procedure. */
public enum DisputeProcedure {
    NONE, NEGOTIATION, MEDIATION, PANEL, ARBITRATION, ADJUDICATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
