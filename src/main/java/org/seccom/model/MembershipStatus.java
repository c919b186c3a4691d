package org.seccom.model;

/** A member's participation short of leaving: frozen by the member itself, or suspended by the others. */
public enum MembershipStatus {
    FROZEN, SUSPENDED;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
