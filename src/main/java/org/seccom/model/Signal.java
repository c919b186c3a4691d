package org.seccom.model;

/** A directed act by which states show, or deny, trust in another state. */
public enum Signal {
    ARMS_SUPPLY, WITHHELD_SUPPORT, NON_RECOGNITION, CRITICISM, BALANCING, UNILATERAL_ACT, COERCION, REFUSAL, SUPPORT, JOINT_EXERCISE, MILITARY_BASING, MEDIATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
