package org.seccom.engine;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.seccom.model.Assessment;
import org.seccom.model.Fact;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.TimelineStep;

/** A scenario assessed at regular dates, one live session walking forward through time. */
public final class Timelines {
    private Timelines() {}

    public static List<TimelineStep> run(Engine engine, Profile profile, Scenario scenario, LocalDate from,
                                         LocalDate to, Period step) {
        if (to.isBefore(from)) throw new IllegalArgumentException("the timeline ends before it begins");
        if (step.isZero() || step.isNegative()) throw new IllegalArgumentException("the step must be positive");
        List<TimelineStep> steps = new ArrayList<>();
        try (Evaluation evaluation = engine.open(profile)) {
            Set<String> factsBefore = Set.of();
            Set<String> membersBefore = Set.of();
            Assessment previous = null;
            for (int i = 0; ; i++) {
                LocalDate day = dayAt(from, step, i);
                if (day == null || day.isAfter(to)) break;
                Assessment a = evaluation.assess(scenario, day);
                Set<String> facts = new LinkedHashSet<>();
                for (Fact f : scenario.factsOn(day)) facts.add(f.id());
                Set<String> members = a.members();
                boolean turn = previous != null && (!previous.phase().value().equals(a.phase().value())
                        || !previous.deutsch().value().equals(a.deutsch().value()));
                steps.add(new TimelineStep(day, a, minus(facts, factsBefore), minus(factsBefore, facts),
                        minus(members, membersBefore), minus(membersBefore, members), turn));
                factsBefore = facts;
                membersBefore = members;
                previous = a;
            }
        }
        return steps;
    }

    /** The i-th date from {@code from}, or null past the last date the calendar has. */
    public static LocalDate dayAt(LocalDate from, Period step, int i) {
        try {
            return from.plus(step.multipliedBy(i));
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** How many dates from {@code from} to {@code to} by {@code step}, counting no further than {@code limit + 1}. */
    public static int count(LocalDate from, LocalDate to, Period step, int limit) {
        int n = 0;
        for (int i = 0; n <= limit; i++) {
            LocalDate day = dayAt(from, step, i);
            if (day == null || day.isAfter(to)) break;
            n++;
        }
        return n;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().toList();
    }
}
