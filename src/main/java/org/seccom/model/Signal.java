package org.seccom.model;

/**
 * A directed act by which states show, or deny, trust in another state. Military basing is invited;
 * imposed basing is foreign forces stationed against the host's will (an occupation regime, an
 * imposed stationing treaty).
 */
public enum Signal {
    ARMS_SUPPLY, WITHHELD_SUPPORT, NON_RECOGNITION, CRITICISM, BALANCING, UNILATERAL_ACT, COERCION, REFUSAL, SUPPORT, JOINT_EXERCISE, MILITARY_BASING, IMPOSED_BASING, MEDIATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
