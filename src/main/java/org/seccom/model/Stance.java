package org.seccom.model;

/** Whether a marker speaks for the community (positive) or against it (negative). */
public enum Stance {
    POSITIVE, NEGATIVE;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
