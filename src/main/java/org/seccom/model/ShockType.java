package org.seccom.model;

/** The kind of change or standing condition behind a precipitating shock (tier 1). */
public enum ShockType {
    POLITICAL, ECONOMIC, DEMOGRAPHIC, TECHNOLOGICAL, ENVIRONMENTAL, GEOGRAPHIC;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
