package org.seccom.model;

/** An armed conflict inside a member state. */
public enum ConflictType {
    CIVIL_WAR, SECESSIONIST_WAR, INSURGENCY, COMMUNAL_VIOLENCE;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
