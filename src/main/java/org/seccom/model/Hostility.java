package org.seccom.model;

/**
 * How far force went in a militarised dispute, after the Correlates of War MID scale: a threat to
 * use force, a display of force (shows of force, warning shots), its use (clashes, seizures, raids),
 * or war.
 */
public enum Hostility {
    THREAT, DISPLAY, USE, WAR;

    /**
     * Whether the level is fighting (use of force or war, the top of the MID scale): a check on what
     * a scenario may write (an intervention or an armed conflict is fought). What counts as force
     * between members, and what as large-scale, is the rules' to say (rules/30-trust-and-identity.drl).
     */
    public boolean fighting() {
        return this == USE || this == WAR;
    }

    @Override
    public String toString() {
        return Vocabulary.nameOf(this);
    }
}
