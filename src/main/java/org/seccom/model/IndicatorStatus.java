package org.seccom.model;

/** How far a mature-phase indicator is present. */
public enum IndicatorStatus {
    PRESENT, PARTIAL, ABSENT;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
