package org.seccom.model;

/**
 * Force between members that divides them on the day assessed: more likely than not, and within
 * the profile's window. The rules derive it once from {@link ForceBetweenMembers}; every rule on
 * the phase, Deutsch's verdict and the caps reads this one fact.
 */
public record DividingForce(ForceBetweenMembers force) {
    public String id() {
        return force.id();
    }

    public boolean largeScale() {
        return force.largeScale();
    }

    public String claim() {
        return force.fact().claim();
    }

    /** The day the force began (or "undated" and its id when the fact gives none): one episode per beginning. */
    public String episode() {
        java.time.LocalDate from = force.fact().basis().from();
        return from == null ? "undated " + force.id() : from.toString();
    }
}
