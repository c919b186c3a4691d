package org.seccom.model;

/** How members intervened in another member without its government's consent. */
public enum InterventionForm {
    ARMED_INTERVENTION, OCCUPATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
