package org.seccom.model;

/** A marker of collective identity; with a negative stance, its absence or rejection (e.g. national identities fostered against a common one). */
public enum IdentityMarker {
    WE_FEELING, COMMUNITY_DISCOURSE, COMMON_SYMBOLS, POOLED_SOVEREIGNTY, COMMON_FOREIGN_POLICY;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
