package org.seccom.model;

/** How a dispute ended: peacefully (agreement, adjudication, arbitration, mediation), by lapse, or imposed by force or by the threat of it. */
public enum Settlement {
    AGREEMENT, ADJUDICATION, ARBITRATION, MEDIATION, LAPSE, IMPOSED_BY_FORCE, IMPOSED_BY_THREAT;

    /** Settled by the parties' consent or by a third party they accepted: Deutsch's peaceful change. */
    public boolean peaceful() {
        return this == AGREEMENT || this == ADJUDICATION || this == ARBITRATION || this == MEDIATION;
    }

    /** Imposed on a party by force or by the threat of it. */
    public boolean imposed() {
        return this == IMPOSED_BY_FORCE || this == IMPOSED_BY_THREAT;
    }

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
