package org.seccom.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A grouping of states on a given day, with the sourced facts the rules reason over. */
@Doc("A seccom scenario: a grouping of states, the day it describes, its sources, members and facts.")
public record Scenario(
        @Doc("Title of the scenario, e.g. 'Nordic states 2020'.") String scenario,
        @Doc("The grouping assessed, e.g. 'Nordic states'.") String grouping,
        @Doc("The day the scenario describes; facts and memberships are taken as they stood then.") LocalDate asOf,
        @Doc("What the scenario covers, in a paragraph.") @Omissible String description,
        @Doc("The works the facts cite: a key per source with its full reference.") Map<String, String> sources,
        @Doc("The member states.") List<Member> members,
        @Doc("States and organisations outside the grouping that facts mention.") @Omissible List<Outsider> outsiders,
        @Doc("Directions or regions of the grouping.") @Omissible List<Group> groups,
        @Doc("The facts.") List<Fact> facts,
        @Doc("What the literature expects an assessment to find; checked by seccom test.") @Omissible Expect expect) {

    public Scenario {
        requireNonNull(scenario, "scenario");
        requireNonNull(asOf, "asOf");
        sources = Map.copyOf(sources);
        members = List.copyOf(members);
        outsiders = outsiders == null ? List.of() : List.copyOf(outsiders);
        groups = groups == null ? List.of() : List.copyOf(groups);
        facts = List.copyOf(facts);
    }

    /** The same scenario with other facts. */
    public Scenario withFacts(List<Fact> otherFacts) {
        return new Scenario(scenario, grouping, asOf, description, sources, members, outsiders, groups, otherFacts, expect);
    }

    /** Codes of the states that are members on the given day, sorted. */
    public Set<String> membersOn(LocalDate day) {
        Set<String> codes = new TreeSet<>();
        for (Member m : members) if (m.memberOn(day)) codes.add(m.code());
        return codes;
    }

    /** Facts that hold on the given day, in file order. */
    public List<Fact> factsOn(LocalDate day) {
        return facts.stream().filter(f -> f.basis().holdsOn(day)).toList();
    }

    /**
     * Facts that had ended before the given day (their {@code until} lies before it), each with how
     * long ago: the rules say which of them still bear.
     */
    public List<Past> pastOn(LocalDate day) {
        return facts.stream().filter(f -> f.basis().endedBefore(day)).map(f -> Past.of(f, day)).toList();
    }

    /** The name of a member or outsider, or the code itself when neither lists it. */
    public String nameOf(String code) {
        for (Member m : members) if (m.code().equals(code)) return m.name();
        for (Outsider o : outsiders) if (o.code().equals(code)) return o.name();
        return code;
    }
}
