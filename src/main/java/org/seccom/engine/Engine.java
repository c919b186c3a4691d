package org.seccom.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.seccom.model.Assessment;
import org.seccom.model.Bands;
import org.seccom.model.Blocker;
import org.seccom.model.Conclusion;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.Member;
import org.seccom.model.Evidence;
import org.seccom.model.Superseded;
import org.seccom.model.Outsider;
import org.seccom.model.Part;
import org.seccom.model.PhaseDef;
import org.seccom.model.Profile;
import org.seccom.model.Relevance;
import org.seccom.model.Scenario;
import org.seccom.model.Score;
import org.seccom.model.Weighted;
import org.seccom.model.Whole;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;

/**
 * Runs the rule base over one scenario: one fresh session per evaluation, facts in, rules fired to
 * a fixed point, conclusions out. Java decides nothing here; it only collects what the rules derived.
 */
public final class Engine {
    /** More firings than this means a rule keeps re-triggering itself. */
    public static final int DEFAULT_MAX_FIRINGS = 100_000;

    private final RuleBase ruleBase;
    private final int maxFirings;
    private final Set<String> globals = new HashSet<>();

    public Engine(RuleBase ruleBase) {
        this(ruleBase, DEFAULT_MAX_FIRINGS);
    }

    public Engine(RuleBase ruleBase, int maxFirings) {
        this.ruleBase = ruleBase;
        this.maxFirings = maxFirings;
        for (KiePackage pkg : ruleBase.kieBase().getKiePackages()) {
            for (Global g : pkg.getGlobalVariables()) globals.add(g.getName());
        }
    }

    /** Assesses the scenario as it stood on its own {@code asOf} day. */
    public Assessment assess(Scenario scenario, Profile profile) {
        return assess(scenario, profile, scenario.asOf());
    }

    /** Assesses the scenario as it stood on {@code day}: members and facts of that day only. */
    public Assessment assess(Scenario scenario, Profile profile, LocalDate day) {
        try (Evaluation evaluation = open(profile)) {
            return evaluation.assess(scenario, day);
        }
    }

    /**
     * Opens a session that can assess a scenario, then variants of it, each time changing only the
     * facts that differ: what-if and timelines re-fire only what the changes touch.
     */
    public Evaluation open(Profile profile) {
        return open(profile, true);
    }

    /**
     * Opens a session that works out the verdict and scores only, without pricing each finding for
     * the report (its assessments list no findings): for analyses that need thousands of verdicts.
     */
    public Evaluation openForVerdicts(Profile profile) {
        return open(profile, false);
    }

    private Evaluation open(Profile profile, boolean explain) {
        checkKeys(profile);
        KieSession session = ruleBase.kieBase().newKieSession();
        if (globals.contains("profile")) session.setGlobal("profile", profile);
        return new Evaluation(this, session, profile, globals.contains("names"), explain);
    }

    /**
     * Whether a live session follows a change of profile. The profile's numbers are facts of the
     * session, so rules that read them as facts re-fire when they change; a rule file that still
     * reads a {@code profile} global would not, and such a rule base needs a fresh session per profile.
     */
    public boolean profileIsLive() {
        return !globals.contains("profile");
    }

    /**
     * Every key the rule files name literally must be in the profile, and so must the thresholds of
     * the score bands, which every report reads; the partial band must open below the met band.
     */
    void checkKeys(Profile profile) {
        List<Problem> problems = new ArrayList<>();
        for (RuleBase.ParameterUse use : ruleBase.parameterUses()) {
            if (!profile.parameters().containsKey(use.key())) {
                problems.add(new Problem(use.file(), use.line(), use.column(), "the rules use profile parameter '"
                        + use.key() + "', which is not defined in " + profile.origin() + "; add it there with a value and a why"));
            }
        }
        boolean bands = true;
        for (String key : List.of(Bands.PARTIAL_KEY, Bands.MET_KEY)) {
            if (profile.parameters().containsKey(key)) continue;
            bands = false;
            problems.add(new Problem(profile.origin(), 0, 0, "the score bands use profile parameter '" + key
                    + "', which is not defined in " + profile.origin() + "; add it there with a value and a why"));
        }
        if (bands) {
            Bands b = Bands.of(profile);
            if (!(0 < b.partial() && b.partial() < b.met() && b.met() <= 100)) {
                problems.add(new Problem(profile.origin(), 0, 0, "the score bands need 0 < " + Bands.PARTIAL_KEY + " < "
                        + Bands.MET_KEY + " <= 100; " + profile.origin() + " sets them to " + Bands.plain(b.partial())
                        + " and " + Bands.plain(b.met())));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    /** A rule asked for a profile number the profile lacks: reported with the rule's file and line. */
    void checkMissing(Map<String, String> missing, Profile profile) {
        if (missing.isEmpty()) return;
        List<Problem> problems = new ArrayList<>();
        missing.forEach((key, rule) -> {
            RuleInfo info = ruleInfo(rule);
            problems.add(new Problem(info == null ? "rules" : info.file(), info == null ? 0 : info.line(), 0,
                    "rule \"" + rule + "\" uses profile parameter '" + key + "', which is not defined in "
                            + profile.origin() + "; add it there with a value and a why"));
        });
        throw new InvalidInputException(problems);
    }

    /** A rule recorded findings for a factor no rule declared: reported with the rule's file and line. */
    void checkFactors(Map<String, String> undeclared, Set<String> declared) {
        if (undeclared.isEmpty()) return;
        List<Problem> problems = new ArrayList<>();
        undeclared.forEach((rule, factor) -> {
            RuleInfo info = ruleInfo(rule);
            problems.add(new Problem(info == null ? "rules" : info.file(), info == null ? 0 : info.line(), 0,
                    "rule \"" + rule + "\" has @factor(\"" + factor + "\"), which no rule declares, so its findings"
                            + " would land in no score; name a declared factor (one of "
                            + String.join(", ", new java.util.TreeSet<>(declared)) + ")"));
        });
        throw new InvalidInputException(problems);
    }

    /** Seconds untrusted rules may run for one assessment (system property {@value #TIME_LIMIT_PROPERTY}). */
    public static final String TIME_LIMIT_PROPERTY = "seccom.rules.seconds";
    private static final long DEFAULT_TIME_LIMIT_SECONDS = 60;

    /** Runs untrusted rules away from the caller's thread, so that one that never ends can be given up on. */
    private static final java.util.concurrent.ExecutorService WORKERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "seccom-rules");
        t.setDaemon(true);
        return t;
    });

    /**
     * Fires the rules to a fixed point, at most {@code maxFirings} times. Trusted rules fire on the
     * caller's thread, with no cost beyond the firing counter; untrusted ones fire on a worker, and
     * when they run past the time limit the session is halted and the evaluation given up with the
     * name of the rule that was running. A rule that recurses without end or allocates without end
     * is reported by name too, never as a raw StackOverflowError or OutOfMemoryError.
     */
    int fire(KieSession session, FiringRecorder recorder) {
        if (ruleBase.trusted()) return fireHere(session, recorder);
        long seconds = Long.getLong(TIME_LIMIT_PROPERTY, DEFAULT_TIME_LIMIT_SECONDS);
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.Future<Integer> run = WORKERS.submit(() -> {
            worker.set(Thread.currentThread());
            try {
                return fireHere(session, recorder);
            } finally {
                worker.set(null);
            }
        });
        try {
            return run.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            session.halt();
            run.cancel(true);
            stop(worker);
            throw runaway(recorder.current(), "ran for more than " + seconds + " s without settling"
                    + " (a loop or recursion that does not end)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /**
     * A consequence looping inside Java does not see halt(): its thread is stopped, which Java 17
     * still allows; the session is given up with it.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(java.util.concurrent.atomic.AtomicReference<Thread> worker) {
        for (int i = 0; i < 20 && worker.get() != null; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Thread t = worker.get();
        if (t == null) return;
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // a later Java: the thread is a daemon and goes with the process
        }
    }

    private InvalidInputException runaway(String rule, String what) {
        RuleInfo info = rule == null ? null : ruleInfo(rule);
        return new InvalidInputException(List.of(new Problem(info == null ? "rules" : info.file(),
                info == null ? 0 : info.line(), 0, (rule == null ? "the rules" : "rule \"" + rule + "\"") + " " + what
                        + "; the evaluation was stopped. Bound the rule's recursion or re-insertion with a guard")));
    }

    private int fireHere(KieSession session, FiringRecorder recorder) {
        int fired;
        try {
            fired = session.fireAllRules(maxFirings);
        } catch (StackOverflowError e) {
            throw runaway(recorder.current(), "recursed without end (the stack overflowed)");
        } catch (OutOfMemoryError e) {
            throw runaway(recorder.current(), "allocated without end (memory ran out: " + e.getMessage() + ")");
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            RuleInfo info = ruleInfo(rule);
            String file = info == null ? "rules" : info.file();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof StackOverflowError) throw runaway(rule, "recursed without end (the stack overflowed)");
            if (cause instanceof OutOfMemoryError oom) {
                throw runaway(rule, "allocated without end (memory ran out: " + oom.getMessage() + ")");
            }
            if (cause instanceof NoSuchElementException missing) {
                throw new InvalidInputException(List.of(new Problem(file, info == null ? 0 : info.line(), 0,
                        "rule \"" + rule + "\": " + missing.getMessage() + "; add it there with a value and a why")));
            }
            throw new IllegalStateException("rule \"" + rule + "\" (" + file + ") failed: " + cause, cause);
        }
        if (fired >= maxFirings) {
            RuleInfo busiest = ruleInfo(recorder.busiestRule());
            throw new InvalidInputException(List.of(new Problem(busiest == null ? "rules" : busiest.file(),
                    busiest == null ? 0 : busiest.line(), 0,
                    "the rules did not settle after " + maxFirings + " firings; "
                            + (busiest == null ? "" : "rule \"" + busiest.name() + "\" probably re-triggers itself"
                                    + " (it modifies or inserts what it matches); add a guard. ")
                            + "Busiest rules: " + recorder.busiest(5))));
        }
        return fired;
    }

    private RuleInfo ruleInfo(String name) {
        return ruleBase.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    static Names namesOf(Scenario scenario) {
        Map<String, String> names = new HashMap<>();
        for (Member m : scenario.members()) names.put(m.code(), m.name());
        for (Outsider o : scenario.outsiders()) names.put(o.code(), o.name());
        return new Names(names);
    }

    static Assessment collect(Scenario scenario, LocalDate day, Set<String> members, KieSession session, int fired,
                              Profile profile, Engine engine, boolean explain) {
        Map<String, String> missing = new TreeMap<>(); // key -> a rule that asked for it
        List<Whole> wholes = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        Map<String, Double> scores = new TreeMap<>();
        List<Conclusion> conclusions = new ArrayList<>();
        List<Blocker> blockers = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<PhaseDef> phases = new ArrayList<>();
        // By class: the session's object store keeps one list per class, so this skips the facts.
        for (Object o : objects(session, PhaseDef.class)) phases.add((PhaseDef) o);
        for (Object o : objects(session, Score.class)) scores.put(((Score) o).subject(), ((Score) o).value());
        for (Object o : objects(session, Factor.class)) factors.add((Factor) o);
        for (Object o : objects(session, Whole.class)) wholes.add((Whole) o);
        // Each part weighs what the profile says; each piece of evidence is priced as the scoring
        // rules price it (Finding.points), for the report.
        for (Object o : objects(session, Weighted.class)) {
            Weighted w = (Weighted) o;
            if (profile.parameters().containsKey(w.weight())) parts.add(new Part(w.whole(), w.part(), profile.get(w.weight())));
        }
        for (Object o : objects(session, Conclusion.class)) conclusions.add((Conclusion) o);
        for (Object o : objects(session, Blocker.class)) blockers.add((Blocker) o);
        // A part of an event that counts once at another part is listed with no points, saying so.
        Map<Evidence, Evidence> countedWith = new HashMap<>();
        for (Object o : objects(session, Superseded.class)) {
            Superseded s = (Superseded) o;
            countedWith.merge(s.weaker(), s.stronger(), (a, b) -> b.outweighs(a) ? b : a);
        }
        Set<String> declared = new HashSet<>();
        for (Factor f : factors) declared.add(f.name());
        Map<String, String> undeclared = new TreeMap<>(); // rule -> factor it names
        for (Object o : objects(session, Evidence.class)) {
            Evidence e = (Evidence) o;
            if (!declared.contains(e.factor())) undeclared.putIfAbsent(e.rule(), e.factor());
            if (!profile.parameters().containsKey(e.weight())) missing.putIfAbsent(e.weight(), e.rule());
            else if (explain) {
                Evidence with = countedWith.get(e);
                findings.add(with == null ? Finding.of(e, profile.get(e.weight())) : Finding.countedWith(e, with));
            }
        }
        engine.checkMissing(missing, profile);
        engine.checkFactors(undeclared, declared);
        wholes.sort(Comparator.comparingInt(Whole::order).thenComparing(Whole::name));
        factors.sort(Comparator.comparing(Factor::tier).thenComparingInt(Factor::order).thenComparing(Factor::name));
        parts.sort(Comparator.comparing(Part::whole).thenComparing(Part::part));
        blockers.sort(Comparator.comparing(Blocker::phase).thenComparing(Blocker::subject).thenComparing(Blocker::why));
        conclusions.sort(Comparator.comparing(Conclusion::topic).thenComparing(Conclusion::value)
                .thenComparing(Conclusion::reason));
        findings.sort(FINDING_ORDER);
        Conclusion phase = single(conclusions, "phase");
        Conclusion deutsch = single(conclusions, "deutsch");
        List<Conclusion> notes = conclusions.stream()
                .filter(c -> !c.topic().equals("phase") && !c.topic().equals("deutsch")).toList();
        phases.sort(Comparator.comparingInt(PhaseDef::rank));
        List<Relevance.Idle> idle = explain
                ? idleFacts(scenario, day, findings, blockers, conclusions, engine.ruleBase.sketch().relevance())
                : List.of();
        return new Assessment(scenario, day, members, wholes, factors, parts, scores, phase, deutsch, notes,
                blockers, findings, phases.stream().map(PhaseDef::name).toList(), Bands.of(profile), fired, idle);
    }

    /**
     * The scenario's facts that produced no finding (no finding rests on them, and no blocker or
     * conclusion names them), in file order, each with why: {@link Relevance} says when a date,
     * the membership or the rules' kinds stop it counting; otherwise the rules read its kind but
     * matched nothing in it.
     */
    static List<Relevance.Idle> idleFacts(Scenario scenario, LocalDate day, List<Finding> findings, List<Blocker> blockers,
                                          List<Conclusion> conclusions, Relevance relevance) {
        Set<String> cited = new HashSet<>();
        for (Finding f : findings) cited.addAll(f.facts());
        StringBuilder said = new StringBuilder();
        for (Blocker b : blockers) said.append(' ').append(b.why());
        for (Conclusion c : conclusions) said.append(' ').append(c.reason());
        Set<String> words = new HashSet<>(List.of(said.toString().split("[^\\w.-]+")));
        for (String w : new ArrayList<>(words)) words.add(w.replaceAll("[.-]+$", ""));
        List<Relevance.Idle> idle = new ArrayList<>();
        for (org.seccom.model.Fact f : scenario.facts()) {
            if (cited.contains(f.id()) || words.contains(f.id())) continue;
            Relevance.Idle why = relevance.why(scenario, f, day);
            idle.add(why != null ? why : new Relevance.Idle(f.id(), f.kind(), null,
                    "the rules read " + Relevance.a(f.kind()) + ", but none matched this one as written",
                    "check its fields against the rules that read " + Relevance.a(f.kind()) + " (seccom rules)"));
        }
        return idle;
    }

    private static java.util.Collection<? extends Object> objects(KieSession session, Class<?> type) {
        return session.getObjects(new org.kie.api.runtime.ClassObjectFilter(type));
    }

    /** Findings in report order: by tier, factor, then the largest effect first. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::tier)
            .thenComparing(Finding::factor)
            .thenComparing(f -> -Math.abs(f.points()))
            .thenComparing(Finding::rule)
            .thenComparing(f -> String.join(",", f.facts()))
            .thenComparing(Finding::text);

    private static Conclusion single(List<Conclusion> conclusions, String topic) {
        List<Conclusion> found = conclusions.stream().filter(c -> c.topic().equals(topic)).toList();
        if (found.size() > 1) {
            throw new InvalidInputException(List.of(new Problem("rules", 0, 0,
                    "the rules reached " + found.size() + " conclusions on " + topic + " (" + found.stream()
                            .map(Conclusion::value).toList() + "); the rules for " + topic + " must exclude each other")));
        }
        return found.isEmpty() ? new Conclusion(topic, "undetermined", "no rule concluded on " + topic) : found.get(0);
    }
}
