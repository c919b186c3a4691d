package org.seccom.model;

/** How members see the core state: a benevolent or a menacing hegemon, or both. */
public enum Perception {
    BENEVOLENT, MIXED, MENACING;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
