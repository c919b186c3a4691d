package org.seccom.model;

/** A kind of transaction flow among states (Deutsch's transactions). */
public enum FlowType {
    TRADE, ENERGY, MIGRATION, COMMUNICATION, LANGUAGE, ARMS, TRAINING, EDUCATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
