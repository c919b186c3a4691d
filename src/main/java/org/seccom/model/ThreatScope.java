package org.seccom.model;

/** Where a perceived threat comes from, relative to the members. */
public enum ThreatScope {
    EXTERNAL, TRANSNATIONAL, DOMESTIC;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
