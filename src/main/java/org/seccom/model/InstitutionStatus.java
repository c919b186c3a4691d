package org.seccom.model;

/**
 * Whether a body exists and works: operating (it acts when called on), impeded in its working,
 * unused (it exists on paper but was not used when members called on it), bypassed (members act
 * around it), paralysed (it cannot decide), collapsed (it has ceased to work), or lacking altogether.
 */
public enum InstitutionStatus {
    OPERATING, IMPEDED, UNUSED, BYPASSED, PARALYSED, COLLAPSED, LACKING;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
