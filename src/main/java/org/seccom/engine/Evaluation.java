package org.seccom.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.seccom.model.Assessment;
import org.seccom.model.Fact;
import org.seccom.model.Grouping;
import org.seccom.model.Member;
import org.seccom.model.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live rule session for one profile. Each {@link #assess} brings the session's facts into line
 * with the scenario on the day asked (retracting what is gone, inserting what is new; facts are
 * records, so a changed fact is a different fact) and fires the rules again. Conclusions are
 * inserted logically, so those whose grounds went away go with them: the result is the same as a
 * fresh session's, for the cost of what changed.
 */
public final class Evaluation implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Evaluation.class);

    private final Engine engine;
    private final KieSession session;
    private final boolean wantsNames;
    private final FiringRecorder recorder = new FiringRecorder();
    private final Map<Object, FactHandle> handles = new HashMap<>();

    Evaluation(Engine engine, KieSession session, boolean wantsNames) {
        this.engine = engine;
        this.session = session;
        this.wantsNames = wantsNames;
        session.addEventListener(recorder);
    }

    /** Assesses the scenario on its own {@code asOf} day. */
    public Assessment assess(Scenario scenario) {
        return assess(scenario, scenario.asOf());
    }

    /** Assesses the scenario as it stood on {@code day}: members and facts of that day only. */
    public Assessment assess(Scenario scenario, LocalDate day) {
        long start = System.nanoTime();
        Set<String> members = scenario.membersOn(day);
        Set<Object> wanted = new LinkedHashSet<>();
        wanted.add(new Grouping(scenario.grouping(), day, members));
        for (Member m : scenario.members()) if (members.contains(m.code())) wanted.add(m);
        for (Fact f : scenario.factsOn(day)) wanted.add(f);
        int retracted = 0;
        for (Iterator<Map.Entry<Object, FactHandle>> it = handles.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, FactHandle> e = it.next();
            if (!wanted.contains(e.getKey())) {
                session.delete(e.getValue());
                it.remove();
                retracted++;
            }
        }
        int inserted = 0;
        for (Object o : wanted) {
            if (!handles.containsKey(o)) {
                handles.put(o, session.insert(o));
                inserted++;
            }
        }
        if (wantsNames) session.setGlobal("names", Engine.namesOf(scenario));
        int fired = engine.fire(session, recorder);
        Assessment assessment = Engine.collect(scenario, day, members, session, fired);
        log.debug("assessed {} on {}: {} facts in, {} out; {} findings, {} firings, {} ms", scenario.scenario(), day,
                inserted, retracted, assessment.findings().size(), fired, (System.nanoTime() - start) / 1_000_000);
        return assessment;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
