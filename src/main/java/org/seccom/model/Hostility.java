package org.seccom.model;

/**
 * How far force went in a militarised dispute, after the Correlates of War MID scale: a threat to
 * use force, a display of force (shows of force, warning shots), its use (clashes, seizures, raids),
 * or war.
 */
public enum Hostility {
    THREAT, DISPLAY, USE, WAR;

    /** Force used or war: what Deutsch's "large-scale physical force" and a mature community exclude. */
    public boolean forceUsed() {
        return this == USE || this == WAR;
    }

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
