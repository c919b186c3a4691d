package org.seccom.model;

/**
 * How far a mature-phase indicator is present: present, partial, absent (not observed, which is not
 * evidence against it), or contradicted (its opposite is observed: fortified or closed borders, war
 * plans against each other, boycotted joint exercises).
 */
public enum IndicatorStatus {
    PRESENT, PARTIAL, ABSENT, CONTRADICTED;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
