package org.seccom.model;

/** Whether a dispute is still open, frozen without settlement, or settled. */
public enum DisputeStatus {
    ONGOING, FROZEN, SETTLED;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
