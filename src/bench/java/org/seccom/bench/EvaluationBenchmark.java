package org.seccom.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.seccom.engine.Engine;
import org.seccom.engine.Evaluation;
import org.seccom.engine.RuleBase;
import org.seccom.model.Assessment;
import org.seccom.model.Basis;
import org.seccom.model.Dispute;
import org.seccom.model.DisputeStatus;
import org.seccom.model.Fact;
import org.seccom.model.Finding;
import org.seccom.model.FlowType;
import org.seccom.model.Identity;
import org.seccom.model.IdentityMarker;
import org.seccom.model.Institution;
import org.seccom.model.InstitutionFunction;
import org.seccom.model.InstitutionStatus;
import org.seccom.model.Member;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.SharedValue;
import org.seccom.model.Signal;
import org.seccom.model.SourceRef;
import org.seccom.model.Stance;
import org.seccom.model.Threat;
import org.seccom.model.ThreatScope;
import org.seccom.model.Transaction;
import org.seccom.model.TrustSignal;
import org.seccom.scenario.ProfileReader;
import org.seccom.scenario.ScenarioReader;

/**
 * Evaluations per second after warm-up: the CSTO scenario fresh and incrementally, a plain-Java
 * lower bound for its scoring (the findings given, only their aggregation), and synthetic groupings
 * of 50 members with 500 to 5,000 facts, to show how the cost grows with the facts.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class EvaluationBenchmark {
    private Engine engine;
    private Profile profile;
    private Scenario csto;
    private Scenario cstoWithoutArms;
    private Evaluation live;
    private boolean flip;
    private List<Finding> cstoFindings;
    private Evaluation verdicts;
    private Scenario[] drawnScenarios;
    private Profile[] drawnProfiles;
    private int draw;

    /** A synthetic grouping of 50 members, at each size. */
    @State(Scope.Benchmark)
    public static class Synthetic {
        @Param({"500", "1000", "2000", "5000"})
        public int facts;

        Scenario scenario;

        @Setup(Level.Trial)
        public void setUp() {
            scenario = synthetic(50, facts, 42);
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        engine = new Engine(RuleBase.compile(RuleBase.readFolder(Path.of("rules"))));
        profile = new ProfileReader().read(Path.of("rules/profile.yaml"));
        csto = new ScenarioReader().read(Path.of("scenarios/csto-2017.yaml"));
        cstoWithoutArms = csto.withFacts(csto.facts().stream().filter(f -> !f.id().equals("arms-rus-aze")).toList());
        live = engine.open(profile);
        live.assess(csto);
        cstoFindings = engine.assess(csto, profile).findings();
        // Robustness samples, drawn as `seccom robustness` draws them (facts kept with probability
        // equal to their confidence, every profile number times 0.8 to 1.2), for a verdict-only session.
        SplittableRandom random = new SplittableRandom(7);
        drawnScenarios = new Scenario[256];
        drawnProfiles = new Profile[256];
        for (int i = 0; i < 256; i++) {
            List<Fact> kept = new ArrayList<>();
            for (Fact f : csto.factsOn(csto.asOf())) if (random.nextDouble() < f.confidence()) kept.add(f);
            drawnScenarios[i] = csto.withFacts(kept);
            drawnProfiles[i] = profile.mapValues(p -> p.value() * (0.8 + 0.4 * random.nextDouble()));
        }
        verdicts = engine.openForVerdicts(profile);
        verdicts.assess(csto);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        live.close();
        verdicts.close();
    }

    @Benchmark
    public Assessment cstoFresh() {
        return engine.assess(csto, profile);
    }

    @Benchmark
    public Assessment cstoIncremental() {
        flip = !flip;
        return live.assess(flip ? cstoWithoutArms : csto);
    }

    /** One robustness sample: drawn facts and jittered profile numbers, on a live verdict-only session. */
    @Benchmark
    public Assessment cstoRobustnessSample() {
        int i = draw++ & 255;
        return verdicts.assess(drawnScenarios[i], csto.asOf(), drawnProfiles[i]);
    }

    /** Lower bound: the CSTO's findings summed into factor and tier scores in plain Java, no matching. */
    @Benchmark
    public double cstoPlainJavaAggregation() {
        Map<String, double[]> byFactor = new TreeMap<>();
        for (Finding f : cstoFindings) {
            double[] forAgainst = byFactor.computeIfAbsent(f.factor(), k -> new double[2]);
            if (f.points() > 0) forAgainst[0] += f.points(); else forAgainst[1] -= f.points();
        }
        double total = 0;
        for (double[] fa : byFactor.values()) total += 100 * fa[0] / (fa[0] + fa[1] + 25);
        return total;
    }

    @Benchmark
    public Assessment syntheticFresh(Synthetic synthetic) {
        return engine.assess(synthetic.scenario, profile);
    }

    /** A grouping of {@code members} states and {@code facts} facts of every kind, drawn with a fixed seed. */
    static Scenario synthetic(int members, int facts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Member> states = new ArrayList<>();
        for (int i = 0; i < members; i++) states.add(new Member(code(i), "State " + i, null, null));
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < facts; i++) {
            Basis b = new Basis("f" + i, "synthetic fact " + i, SourceRef.of("synthetic"), 0.5 + random.nextDouble() / 2,
                    null, null, null, null);
            String a = code(random.nextInt(members));
            String c = code(random.nextInt(members));
            if (a.equals(c)) c = code((random.nextInt(members - 1) + 1 + Integer.parseInt(a.substring(1))) % members);
            List<String> some = List.of(a, c);
            org.seccom.model.Level level = org.seccom.model.Level.values()[random.nextInt(3)];
            out.add(switch (i % 8) {
                case 0 -> new Threat(b, "threat " + i, ThreatScope.TRANSNATIONAL, some, level, List.of());
                case 1 -> new SharedValue(b, "value " + i, some, random.nextBoolean() ? Stance.POSITIVE : Stance.NEGATIVE, false, null);
                case 2 -> new Transaction(b, FlowType.TRADE, some, level, false);
                case 3 -> new Institution(b, "body " + i, InstitutionFunction.CONSULTATION, InstitutionStatus.OPERATING, some);
                case 4 -> new Dispute(b, some, "issue " + i, random.nextBoolean(), DisputeStatus.ONGOING, null, null);
                case 5 -> new TrustSignal(b, random.nextBoolean() ? Signal.SUPPORT : Signal.CRITICISM, List.of(a), c, null);
                case 6 -> new TrustSignal(b, Signal.JOINT_EXERCISE, List.of(a), c, null);
                default -> new Identity(b, IdentityMarker.WE_FEELING, some, random.nextBoolean() ? Stance.POSITIVE : Stance.NEGATIVE);
            });
        }
        return new Scenario("Synthetic " + facts, "Synthetic grouping", LocalDate.of(2020, 1, 1), null,
                Map.of("synthetic", "generated"), states, List.of(), List.of(), out, null);
    }

    private static String code(int i) {
        return String.format("S%02d", i);
    }
}
