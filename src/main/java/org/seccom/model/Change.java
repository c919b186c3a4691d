package org.seccom.model;

/**
 * One change a what-if overlay makes: {@code op} is add, remove, change, addMember, removeMember,
 * addOutsider or profile; {@code target} the fact id, state code or profile key; {@code label} how
 * reports name it, e.g. "1.2 remove arms-rus-aze" (overlay 1, change 2).
 */
public record Change(String overlay, String file, int number, String op, String target, String because) {

    public String label() {
        return number + " " + op + " " + target;
    }
}
