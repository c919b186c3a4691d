package org.seccom.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.seccom.model.Assessment;
import org.seccom.model.Grouping;
import org.seccom.model.Member;
import org.seccom.model.Parameter;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live rule session. Each {@link #assess} brings the session's facts into line with the scenario
 * on the day asked, and with the profile (its numbers are facts too), retracting what is gone and
 * inserting what is new (facts are records, so a changed fact is a different fact), and fires the
 * rules again. Conclusions are
 * inserted logically, so those whose grounds went away go with them: the result is the same as a
 * fresh session's, for the cost of what changed.
 */
public final class Evaluation implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Evaluation.class);

    private final Engine engine;
    private final KieSession session;
    private final boolean wantsNames;
    private final Profile profile;
    private final boolean explain;
    private final FiringRecorder recorder = new FiringRecorder();
    private final Map<Object, Held> handles = new HashMap<>();
    private final Map<Object, Held> byIdentity = new IdentityHashMap<>();
    private final Map<String, FactHandle> parameters = new HashMap<>();
    private long generation;

    /** A fact in the session, and the last assessment that wanted it. */
    private static final class Held {
        final FactHandle handle;
        long generation;
        Object instance; // the newest instance seen of this fact, which the identity map holds

        Held(FactHandle handle, long generation) {
            this.handle = handle;
            this.generation = generation;
        }
    }

    Evaluation(Engine engine, KieSession session, Profile profile, boolean wantsNames, boolean explain) {
        this.engine = engine;
        this.session = session;
        this.profile = profile;
        this.explain = explain;
        this.wantsNames = wantsNames;
        session.addEventListener(recorder);
    }

    /** Assesses the scenario on its own {@code asOf} day. */
    public Assessment assess(Scenario scenario) {
        return assess(scenario, scenario.asOf());
    }

    /** Assesses the scenario as it stood on {@code day}: members and facts of that day only. */
    public Assessment assess(Scenario scenario, LocalDate day) {
        return assess(scenario, day, profile);
    }

    /**
     * Assesses the scenario on {@code day} under another profile (same keys, other numbers): only
     * the rules that read a changed number re-fire. Needs {@link Engine#profileIsLive()}.
     */
    public Assessment assess(Scenario scenario, LocalDate day, Profile numbers) {
        if (numbers != profile && !engine.profileIsLive()) {
            throw new IllegalStateException("the rules read a 'profile' global, which a live session cannot change");
        }
        if (!numbers.sameKeysAs(profile)) engine.checkKeys(numbers);
        long start = System.nanoTime();
        Set<String> members = scenario.membersOn(day);
        List<Object> wanted = new ArrayList<>();
        wanted.add(new Grouping(scenario.grouping(), day, members));
        for (Member m : scenario.members()) if (members.contains(m.code())) wanted.add(m);
        wanted.addAll(scenario.factsOn(day));
        wanted.addAll(scenario.pastOn(day));
        generation++;
        int inserted = 0;
        List<Object> fresh = new ArrayList<>();
        for (Object o : wanted) {
            // The same instance as last time is found by identity, without hashing the record; an
            // equal record (a what-if re-reads its base) by equality.
            Held held = byIdentity.get(o);
            if (held == null) {
                held = handles.get(o);
                if (held != null) { // the newest equal instance stands for it from now on
                    byIdentity.remove(held.instance);
                    held.instance = o;
                    byIdentity.put(o, held);
                }
            }
            if (held != null) held.generation = generation;
            else fresh.add(o);
        }
        int retracted = 0;
        for (Iterator<Held> it = handles.values().iterator(); it.hasNext(); ) {
            Held h = it.next();
            if (h.generation != generation) {
                session.delete(h.handle);
                it.remove();
                byIdentity.remove(h.instance);
                retracted++;
            }
        }
        for (Object o : fresh) {
            Held h = new Held(session.insert(o), generation);
            h.instance = o;
            handles.put(o, h);
            byIdentity.put(o, h);
            inserted++;
        }
        // A profile number that changed is the same parameter with another value: updated in place.
        for (Parameter p : numbers.parameters().values()) {
            FactHandle h = parameters.get(p.key());
            if (h == null) {
                parameters.put(p.key(), session.insert(p));
                inserted++;
            } else if (!p.equals(session.getObject(h))) {
                session.update(h, p);
            }
        }
        for (Iterator<Map.Entry<String, FactHandle>> it = parameters.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, FactHandle> e = it.next();
            if (!numbers.parameters().containsKey(e.getKey())) {
                session.delete(e.getValue());
                it.remove();
                retracted++;
            }
        }
        if (wantsNames) session.setGlobal("names", Engine.namesOf(scenario));
        int fired = engine.fire(session, recorder);
        Assessment assessment = Engine.collect(scenario, day, members, session, fired, numbers, engine, explain);
        log.debug("assessed {} on {}: {} facts in, {} out; {} findings, {} firings, {} ms", scenario.scenario(), day,
                inserted, retracted, assessment.findings().size(), fired, (System.nanoTime() - start) / 1_000_000);
        return assessment;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
