package org.seccom.model;

/** A marker of social learning: shared history, commemoration, elite socialisation, common experience. */
public enum LearningMarker {
    SHARED_HISTORY, COMMEMORATION, LINGUA_FRANCA, ELITE_SOCIALISATION, COMMON_EXPERIENCE, COMMON_ECONOMIC_PATTERN;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
