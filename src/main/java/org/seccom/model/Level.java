package org.seccom.model;

/** How strong, salient or intense something is, as the source describes it. */
public enum Level {
    LOW, MEDIUM, HIGH;

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
