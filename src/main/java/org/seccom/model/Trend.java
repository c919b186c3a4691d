package org.seccom.model;

/** Whether a flow is growing, stable or shrinking. */
public enum Trend {
    GROWING, STABLE, SHRINKING;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
