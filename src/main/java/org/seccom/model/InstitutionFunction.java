package org.seccom.model;

/** What a body of the grouping is for. */
public enum InstitutionFunction {
    COLLECTIVE_DEFENCE, RAPID_REACTION, PEACEKEEPING, CRISIS_RESPONSE, DISPUTE_SETTLEMENT, JOINT_OPERATIONS, ECONOMIC_INTEGRATION, CONSULTATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
