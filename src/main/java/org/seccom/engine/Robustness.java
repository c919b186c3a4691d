package org.seccom.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.seccom.model.Assessment;
import org.seccom.model.Bands;
import org.seccom.model.Fact;
import org.seccom.model.Parameter;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;

/**
 * How much does a verdict hang on contested facts and on the profile's numbers? Monte Carlo over
 * the scenario (each fact kept with probability equal to its confidence, each profile number
 * jittered within a stated range), leave-one-out influence of each fact, and a sweep of each phase
 * threshold for the value at which the phase would flip. Every sample is seeded from the run's seed
 * and its own index, so results do not depend on how the samples are shared among threads.
 */
public final class Robustness {
    private Robustness() {}

    /** One sample's outcome: what the rules concluded; {@code tiers} in the order of the baseline's tiers. */
    public record Sample(String phase, String deutsch, double[] tiers, List<String> blockers) {}

    /** What a fact's removal does; {@code tierDeltas} in the order of the baseline's tiers. */
    public record Influence(String fact, String claim, double[] tierDeltas, String phase, boolean flips) {
        public double size() {
            double size = 0;
            for (double d : tierDeltas) size += Math.abs(d);
            return size;
        }
    }

    /** Where a threshold would flip the phase: null when no value in 0-100 does. */
    public record Sweep(String key, double now, Double flipsAt, String phaseThere) {}

    public record Result(Assessment baseline, int samples, long seed, double jitter, List<Sample> draws,
                         List<Influence> influence, List<Sweep> sweeps) {

        /** Share of samples per value, most frequent first (ties by name). */
        public Map<String, Double> distribution(java.util.function.Function<Sample, String> value) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Sample s : draws) counts.merge(value.apply(s), 1, Integer::sum);
            Map<String, Double> out = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue() / (double) draws.size()));
            return out;
        }

        /** The q-quantile (0 to 1) of tier {@code t} (0-based, in the order of {@code baseline().tiers()}) over the samples. */
        public double quantile(int t, double q) {
            double[] v = draws.stream().mapToDouble(s -> s.tiers()[t]).sorted().toArray();
            int i = (int) Math.round(q * (v.length - 1));
            return v[Math.max(0, Math.min(v.length - 1, i))];
        }
    }

    public static Result run(Engine engine, Profile profile, Scenario scenario, int samples, long seed, double jitter,
                             int threads, IntConsumer progress) {
        Assessment baseline = engine.assess(scenario, profile);
        List<String> tiers = baseline.tierNames();
        LocalDate day = scenario.asOf();
        List<Fact> facts = scenario.factsOn(day);
        Sample[] draws = new Sample[samples];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            int workers = Math.max(1, threads);
            for (int w = 0; w < workers; w++) {
                final int worker = w;
                futures.add(pool.submit(() -> {
                    // One live session per thread serves every sample: the facts and the profile's
                    // numbers that differ from the last sample are retracted and inserted, and only the
                    // rules they touch re-fire. A rule base that reads a profile global cannot follow a
                    // jittered profile in a live session, so it gets a fresh session per sample.
                    boolean live = jitter == 0 || engine.profileIsLive();
                    Evaluation session = live ? engine.openForVerdicts(profile) : null;
                    try {
                        for (int i = worker; i < samples; i += workers) {
                            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
                            List<Fact> kept = new ArrayList<>();
                            for (Fact f : facts) if (random.nextDouble() < f.confidence()) kept.add(f);
                            Scenario drawn = scenario.withFacts(kept);
                            Profile numbers = jitter == 0 ? profile : jittered(profile, jitter, random);
                            Assessment a = session != null ? session.assess(drawn, day, numbers)
                                    : engine.assess(drawn, numbers, day);
                            draws[i] = sample(a, tiers);
                            if (progress != null) progress.accept(done.incrementAndGet());
                        }
                    } finally {
                        if (session != null) session.close();
                    }
                }));
            }
            // Leave-one-out and the threshold sweeps queue behind the samples, one per thread.
            Future<List<Influence>> influence = pool.submit(() -> influence(engine, profile, scenario, baseline));
            Future<List<Sweep>> sweeps = pool.submit(() -> sweeps(engine, profile, scenario, baseline));
            for (Future<?> f : futures) f.get();
            return new Result(baseline, samples, seed, jitter, List.of(draws), influence.get(), sweeps.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A sample's tier scores, a tier without evidence as 0: the scores feed quantiles and ranges of
     * movement only, never a verdict (the phase and Deutsch's verdict are the rules').
     */
    private static Sample sample(Assessment a, List<String> tiers) {
        return new Sample(a.phase().value(), a.deutsch().value(), scores(a, tiers),
                a.blockers().stream().map(b -> b.phase() + ": " + b.subject()).distinct().toList());
    }

    /**
     * Every profile number times a factor drawn uniformly from 1 - jitter to 1 + jitter, except the
     * thresholds of the score bands: they name scores for the reader and move no verdict (and drawing
     * nothing for them keeps each sample's draws what they were before the profile had them).
     */
    static Profile jittered(Profile profile, double jitter, SplittableRandom random) {
        return profile.mapValues(p -> isBand(p.key()) ? p.value() : p.value() * (1 - jitter + 2 * jitter * random.nextDouble()));
    }

    private static boolean isBand(String key) {
        return key.equals(Bands.PARTIAL_KEY) || key.equals(Bands.MET_KEY);
    }

    private static double[] scores(Assessment a, List<String> tiers) {
        double[] s = new double[tiers.size()];
        for (int t = 0; t < s.length; t++) s[t] = a.score(tiers.get(t));
        return s;
    }

    /**
     * Each fact left out in turn, in one live session; ranked by how far the tiers move (a tier
     * left without evidence counts as falling to 0: it only orders the facts by influence).
     */
    static List<Influence> influence(Engine engine, Profile profile, Scenario scenario, Assessment baseline) {
        List<Fact> facts = scenario.factsOn(scenario.asOf());
        List<Influence> out = new ArrayList<>();
        try (Evaluation live = engine.openForVerdicts(profile)) {
            for (Fact f : facts) {
                Assessment a = live.assess(scenario.withFacts(facts.stream().filter(x -> x != f).toList()));
                List<String> tiers = baseline.tierNames();
                double[] d = new double[tiers.size()];
                for (int t = 0; t < d.length; t++) d[t] = round(a.score(tiers.get(t)) - baseline.score(tiers.get(t)));
                out.add(new Influence(f.id(), f.claim(), d, a.phase().value(), !a.phase().value().equals(baseline.phase().value())));
            }
        }
        out.sort(Comparator.comparing((Influence i) -> !i.flips()).thenComparing(Comparator.comparingDouble(Influence::size).reversed())
                .thenComparing(Influence::fact));
        return out;
    }

    /**
     * For each phase threshold, the value nearest the current one at which the phase would change.
     * Raising a threshold can only hold a grouping lower, so the phase is monotone in each: a binary
     * search to one point each way finds the nearest flip above and below the current value.
     */
    static List<Sweep> sweeps(Engine engine, Profile profile, Scenario scenario, Assessment baseline) {
        List<Sweep> out = new ArrayList<>();
        String phaseNow = baseline.phase().value();
        try (Evaluation live = engine.openForVerdicts(profile)) {
            for (Parameter p : profile.parameters().values()) {
                // Thresholds on 0-100 scores only (not, say, the confidence a dispute needs).
                if (!p.key().startsWith("phase.") || p.key().endsWith("confidence")) continue;
                java.util.function.IntFunction<String> phaseAt = engine.profileIsLive()
                        ? v -> live.assess(scenario, scenario.asOf(), profile.mapValues(q -> q.key().equals(p.key()) ? v : q.value()))
                                .phase().value()
                        : v -> engine.assess(scenario, profile.with(Map.of(p.key(), (double) v))).phase().value();
                int now = (int) Math.round(p.value());
                Integer up = phaseAt.apply(100).equals(phaseNow) ? null : firstFlip(phaseAt, phaseNow, now, 100);
                Integer down = phaseAt.apply(0).equals(phaseNow) ? null : lastFlip(phaseAt, phaseNow, 0, now);
                Integer best = up == null ? down : down == null ? up : (up - p.value() <= p.value() - down ? up : down);
                out.add(new Sweep(p.key(), p.value(), best == null ? null : (double) best,
                        best == null ? null : phaseAt.apply(best)));
            }
        }
        return out;
    }

    /** The smallest value in (lo, hi] where the phase differs from {@code phase}; the phase at hi differs. */
    private static int firstFlip(java.util.function.IntFunction<String> phaseAt, String phase, int lo, int hi) {
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (phaseAt.apply(mid).equals(phase)) lo = mid; else hi = mid;
        }
        return hi;
    }

    /** The largest value in [lo, hi) where the phase differs from {@code phase}; the phase at lo differs. */
    private static int lastFlip(java.util.function.IntFunction<String> phaseAt, String phase, int lo, int hi) {
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (phaseAt.apply(mid).equals(phase)) hi = mid; else lo = mid;
        }
        return lo;
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
