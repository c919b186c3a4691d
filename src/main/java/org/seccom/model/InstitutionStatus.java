package org.seccom.model;

/** Whether a body exists and works: operating, impeded in its working, or lacking altogether. */
public enum InstitutionStatus {
    OPERATING, IMPEDED, LACKING;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
