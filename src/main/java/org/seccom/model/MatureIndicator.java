package org.seccom.model;

/** Adler and Barnett's indicators of a mature security community, loosely and tightly coupled. */
public enum MatureIndicator {
    MULTILATERALISM, UNFORTIFIED_BORDERS, NO_WORST_CASE_PLANNING, COMMON_THREAT_DEFINITION, COMMUNITY_DISCOURSE, COOPERATIVE_SECURITY, MILITARY_INTEGRATION, INTERNAL_THREAT_COORDINATION, FREE_MOVEMENT, POOLED_AUTHORITY, MULTIPERSPECTIVAL_POLITY;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
