package org.seccom.model;

/** How a dispute is being handled: by talks alone, or by an institutionalised procedure. */
public enum DisputeProcedure {
    NONE, NEGOTIATION, MEDIATION, PANEL, ARBITRATION, ADJUDICATION;

    /** Mediation, panels, arbitration and courts are the institutionalised procedures Deutsch means. */
    public boolean institutionalised() {
        return this == MEDIATION || this == PANEL || this == ARBITRATION || this == ADJUDICATION;
    }

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
