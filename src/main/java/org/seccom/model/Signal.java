package org.seccom.model;

/**
 * A directed act by which states show, or deny, trust in another state. Military basing is invited;
 * imposed basing is foreign forces stationed against the host's will (an occupation regime, an
 * imposed stationing treaty). An intervention doctrine is a member's standing claim, stated by its
 * government, of a right to intervene by force in the other members (the Brezhnev doctrine of 1968):
 * the actors hold it, the targets are the members it claims the right over.
 */
public enum Signal {
    ARMS_SUPPLY, WITHHELD_SUPPORT, NON_RECOGNITION, CRITICISM, BALANCING, UNILATERAL_ACT, COERCION, REFUSAL, SUPPORT, JOINT_EXERCISE, MILITARY_BASING, IMPOSED_BASING, MEDIATION, INTERVENTION_DOCTRINE;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
