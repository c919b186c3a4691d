package org.seccom.model;

/** What the grouping did when a member called on it, or when a crisis called for it. */
public enum Outcome {
    ACTED, PARTIAL, DECLINED, FAILED;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
