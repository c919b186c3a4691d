package org.seccom.model;

/**
 * What members share or differ on: major values and norms, or a choice of policy (an alignment, a
 * membership). Deutsch asks for compatible major values, not identical policies: Norway and Sweden
 * were a pluralistic security community in 1957 across a difference of alignment.
 */
public enum ValueMatter {
    VALUES, POLICY;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
