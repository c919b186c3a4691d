package org.seccom.model;

/** Whether an outsider is a state or an organisation or bloc. */
public enum OutsiderType {
    STATE, ORGANISATION;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
