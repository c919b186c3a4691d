package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.seccom.model.Assessment;
import org.seccom.model.Basis;
import org.seccom.model.CoreState;
import org.seccom.model.CrisisResponse;
import org.seccom.model.Dispute;
import org.seccom.model.DisputeStatus;
import org.seccom.model.Fact;
import org.seccom.model.Finding;
import org.seccom.model.FlowType;
import org.seccom.model.Identity;
import org.seccom.model.IdentityMarker;
import org.seccom.model.Indicator;
import org.seccom.model.IndicatorStatus;
import org.seccom.model.Institution;
import org.seccom.model.InstitutionFunction;
import org.seccom.model.InstitutionStatus;
import org.seccom.model.Interpretation;
import org.seccom.model.Learning;
import org.seccom.model.LearningMarker;
import org.seccom.model.Level;
import org.seccom.model.MatureIndicator;
import org.seccom.model.Member;
import org.seccom.model.Outcome;
import org.seccom.model.Outsider;
import org.seccom.model.Perception;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.model.SharedValue;
import org.seccom.model.Shock;
import org.seccom.model.ShockType;
import org.seccom.model.Signal;
import org.seccom.model.SourceRef;
import org.seccom.model.Stance;
import org.seccom.model.ValueMatter;
import org.seccom.model.Threat;
import org.seccom.model.ThreatScope;
import org.seccom.model.Transaction;
import org.seccom.model.TrustSignal;
import org.seccom.scenario.ProfileReader;

/**
 * Per-rule tests in a few lines: name the members and outsiders, give the facts (including one
 * that must not match), assess with the default rule base and profile, and look at what one rule
 * found. Facts are built in the words of the theory: {@code militarisedDispute("d1", "AAA", "BBB")},
 * {@code act("arms", by("AAA"), ARMS_SUPPLY, "XXX")}. State codes are neutral (AAA, BBB, XXX).
 */
public final class RuleHarness {
    private RuleHarness() {}

    /** The default rule base, compiled once per JVM on first use. */
    private static final class Rules {
        static final Engine ENGINE = new Engine(RuleBase.compile(RuleBase.readFolder(Path.of("rules"))));
    }

    /** The default profile, read once per JVM on first use. */
    private static final class DefaultProfile {
        static final Profile PROFILE = new ProfileReader().read(Path.of("rules/profile.yaml"));
    }

    /** The engine over the default rule base, shared by every test class in the JVM. */
    public static Engine engine() {
        return Rules.ENGINE;
    }

    public static Profile profile() {
        return DefaultProfile.PROFILE;
    }

    /**
     * A grouping of two states (AAA and BBB) on 2020-01-01 citing one source {@code s}, with these
     * facts, each a YAML flow mapping: {@code twoStates("Thin", "{id: c, kind: shock, ...}")}.
     */
    public static Scenario twoStates(String title, String... facts) {
        StringBuilder yaml = new StringBuilder("scenario: " + title + "\ngrouping: Two states\nasOf: 2020-01-01\n"
                + "sources: {s: \"A. Author, A Book, 2020.\"}\nmembers: [{code: AAA, name: A}, {code: BBB, name: B}]\nfacts:\n");
        for (String f : facts) yaml.append("  - ").append(f).append('\n');
        return new org.seccom.scenario.ScenarioReader().read(yaml.toString(), title.toLowerCase(java.util.Locale.ROOT) + ".yaml");
    }

    /** A number from the default profile, so that tests check the rules' arithmetic, not the profile's values. */
    public static double points(String key) {
        return profile().get(key);
    }

    // --- The grouping ---------------------------------------------------------------------------

    public static Given members(String... codes) {
        return new Given(List.of(codes));
    }

    /** A grouping, its outsiders and facts; assessed once, on first asking. */
    public static final class Given {
        private final List<String> members;
        private final List<String> outsiders = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private Profile profile = profile();
        private Assessment assessed;

        private Given(List<String> members) {
            this.members = members;
        }

        public Given outsider(String... codes) {
            outsiders.addAll(List.of(codes));
            assessed = null;
            return this;
        }

        public Given fact(Fact... given) {
            facts.addAll(List.of(given));
            assessed = null;
            return this;
        }

        public Given facts(List<? extends Fact> given) {
            facts.addAll(given);
            assessed = null;
            return this;
        }

        /** Assess with some profile values changed, e.g. unequal weights. */
        public Given withProfile(Map<String, Double> changes) {
            profile = profile().with(changes);
            assessed = null;
            return this;
        }

        public Scenario scenario() {
            return new Scenario("test", "test grouping", LocalDate.of(2020, 1, 1), null,
                    Map.of("test", "test fixture"),
                    members.stream().map(c -> new Member(c, c, null, null)).toList(),
                    outsiders.stream().map(c -> new Outsider(c, c, null)).toList(),
                    null, facts, null);
        }

        public Assessment assess() {
            if (assessed == null) assessed = Rules.ENGINE.assess(scenario(), profile);
            return assessed;
        }

        /** The findings of one rule, by its name. */
        public List<Finding> findingsOf(String rule) {
            return assess().findings().stream().filter(f -> f.rule().equals(rule)).toList();
        }

        /** The single finding of one rule; fails when it found nothing or more than one thing. */
        public Finding onlyFindingOf(String rule) {
            List<Finding> found = findingsOf(rule);
            assertThat(found).as("findings of \"%s\" among %s", rule, assess().findings()).hasSize(1);
            return found.get(0);
        }

        /** The facts cited by one rule's findings. */
        public List<String> factsCitedBy(String rule) {
            return findingsOf(rule).stream().flatMap(f -> f.facts().stream()).toList();
        }

        public double score(String subject) {
            assertThat(assess().scores()).as("scores").containsKey(subject);
            return assess().score(subject);
        }
    }

    /** Checks a finding's factor, points (to the cent) and the facts it rests on, in order. */
    public static void assertFinding(Finding finding, String factor, double points, String... facts) {
        assertThat(finding.factor()).as("factor of %s", finding).isEqualTo(factor);
        assertThat(finding.points()).as("points of %s", finding).isCloseTo(points, within(0.006));
        assertThat(finding.facts()).as("facts of %s", finding).containsExactly(facts);
    }

    // --- Facts, one factory per way the theory speaks of them -------------------------------------

    public static List<String> by(String... states) {
        return List.of(states);
    }

    public static List<String> heldBy(String... states) {
        return List.of(states);
    }

    public static List<String> posedBy(String... states) {
        return List.of(states);
    }

    /** n facts made by {@code make}, for n = 0, 1, ... */
    public static List<Fact> times(int n, IntFunction<? extends Fact> make) {
        return IntStream.range(0, n).mapToObj(make).map(Fact.class::cast).toList();
    }

    /** As many facts as it takes for {@code make}'s full points, {@code points(key)} each, to reach {@code target}. */
    public static List<Fact> enoughFor(double target, String key, IntFunction<? extends Fact> make) {
        return times((int) Math.ceil(target / Math.abs(points(key))), make);
    }

    private static Basis basis(String id) {
        return new Basis(id, "test claim " + id, SourceRef.of("test"), 1.0, null, null, null, null);
    }

    /** The same fact believed only to degree {@code confidence}. */
    public static <F extends Fact> F withConfidence(double confidence, F fact) {
        Basis b = fact.basis();
        return withBasis(fact, new Basis(b.id(), b.claim(), b.source(), confidence, b.from(), b.until(), b.note(), b.contested()));
    }

    private static <F extends Fact> F withBasis(F fact, Basis less) {
        RecordComponent[] components = fact.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(fact);
                args[i] = value instanceof Basis ? less : value;
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            @SuppressWarnings("unchecked")
            F copy = (F) fact.getClass().getDeclaredConstructor(types).newInstance(args);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // tier 1
    public static Shock shock(String id, Level salience, String... holders) {
        return new Shock(basis(id), ShockType.POLITICAL, List.of(holders), salience);
    }

    public static Interpretation interpretation(String id, Level salience, String... holders) {
        return new Interpretation(basis(id), List.of(holders), salience);
    }

    /** A threat no one in particular poses, e.g. transnational terrorism. */
    public static Threat threat(String id, Level salience, List<String> holders) {
        return threat(id, salience, holders, List.of());
    }

    public static Threat threat(String id, Level salience, List<String> holders, List<String> posers) {
        return new Threat(basis(id), "threat " + id, ThreatScope.EXTERNAL, holders, salience, posers);
    }

    // tier 2: power
    public static CoreState coreOfCapability(String id, String state, Level capability) {
        return new CoreState(basis(id), state, capability, null, null, null);
    }

    public static CoreState coreCarryingCosts(String id, String state, double costShare) {
        return new CoreState(basis(id), state, null, costShare, null, null);
    }

    public static CoreState coreSeenAs(String id, String state, Perception seenAs, String... seenBy) {
        return new CoreState(basis(id), state, null, null, seenAs, List.of(seenBy));
    }

    // tier 2: knowledge
    public static SharedValue sharedValue(String id, String... holders) {
        return new SharedValue(basis(id), "value " + id, List.of(holders), Stance.POSITIVE, false, null);
    }

    public static SharedValue divergentValue(String id, String... holders) {
        return new SharedValue(basis(id), "value " + id, List.of(holders), Stance.NEGATIVE, false, null);
    }

    /** A difference over a policy (an alignment, a membership) rather than over values. */
    public static SharedValue divergentPolicy(String id, String... holders) {
        return new SharedValue(basis(id), "policy " + id, List.of(holders), Stance.NEGATIVE, false, ValueMatter.POLICY);
    }

    /** A value held in common that forbids pooling sovereignty, e.g. state sovereignty itself. */
    public static SharedValue valueBlockingPooling(String id, String... holders) {
        return new SharedValue(basis(id), "value " + id, List.of(holders), Stance.POSITIVE, true, null);
    }

    // tier 2: transactions and social learning
    public static Transaction flow(String id, Level intensity, String... parties) {
        return new Transaction(basis(id), FlowType.TRADE, List.of(parties), intensity, false);
    }

    public static Transaction inheritedFlow(String id, Level intensity, String... parties) {
        return new Transaction(basis(id), FlowType.LANGUAGE, List.of(parties), intensity, true);
    }

    public static Learning learning(String id, Level intensity, String... holders) {
        return new Learning(basis(id), LearningMarker.COMMON_EXPERIENCE, List.of(holders), intensity, false);
    }

    public static Learning inheritedLearning(String id, Level intensity, String... holders) {
        return new Learning(basis(id), LearningMarker.SHARED_HISTORY, List.of(holders), intensity, true);
    }

    // tier 2: organisations and institutions
    public static Institution institution(String id, InstitutionFunction purpose, InstitutionStatus status) {
        return new Institution(basis(id), "body " + id, purpose, status, null);
    }

    public static Institution operatingBody(String id) {
        return institution(id, InstitutionFunction.COLLECTIVE_DEFENCE, InstitutionStatus.OPERATING);
    }

    /** A crisis in {@code state} that no one asked the grouping to answer. */
    public static CrisisResponse crisis(String id, String state, Outcome outcome) {
        return new CrisisResponse(basis(id), "crisis " + id, state, false, outcome);
    }

    /** A crisis in which {@code state} asked the grouping for help. */
    public static CrisisResponse requestForHelp(String id, String state, Outcome outcome) {
        return new CrisisResponse(basis(id), "crisis " + id, state, true, outcome);
    }

    // tier 3: mutual trust
    /** A dispute between two states; a settled one was settled by agreement (peacefully). */
    public static Dispute dispute(String id, boolean militarised, DisputeStatus status, String a, String b) {
        return new Dispute(basis(id), List.of(a, b), null, "issue " + id, militarised, status, null,
                militarised ? org.seccom.model.Hostility.USE : null,
                status == DisputeStatus.SETTLED ? org.seccom.model.Settlement.AGREEMENT : null, null);
    }

    /** A settled dispute between two states, and how it was settled. */
    public static Dispute settledBy(String id, org.seccom.model.Settlement how, org.seccom.model.Hostility hostility,
                                    String a, String b) {
        return new Dispute(basis(id), List.of(a, b), null, "issue " + id, hostility != null, DisputeStatus.SETTLED,
                null, hostility, how, null);
    }

    /** One dispute with several parties on the given sides. */
    public static Dispute disputeWithSides(String id, org.seccom.model.Hostility hostility, List<List<String>> sides) {
        List<String> parties = sides.stream().flatMap(List::stream).toList();
        return new Dispute(basis(id), parties, sides, "issue " + id, hostility != null, DisputeStatus.ONGOING, null,
                hostility, null, null);
    }

    /** One ongoing dispute over {@code issue} with the given sides (two or more). */
    public static Dispute disputeOver(String id, String issue, org.seccom.model.Hostility hostility, List<List<String>> sides) {
        List<String> parties = sides.stream().flatMap(List::stream).toList();
        return new Dispute(basis(id), parties, sides, issue, hostility != null, DisputeStatus.ONGOING, null,
                hostility, null, null);
    }

    /** The same fact, holding from one day to another. */
    public static <F extends Fact> F during(LocalDate from, LocalDate until, F fact) {
        Basis b = fact.basis();
        return withBasis(fact, new Basis(b.id(), b.claim(), b.source(), b.confidence(), from, until, b.note(), b.contested()));
    }

    /** An armed intervention by {@code actors} in {@code target}, without its government's consent. */
    public static org.seccom.model.Intervention intervention(String id, org.seccom.model.Hostility hostility,
                                                             List<String> actors, String target) {
        return new org.seccom.model.Intervention(basis(id), actors, target, null, hostility);
    }

    /** An armed conflict inside {@code state}, backed by the given states. */
    public static org.seccom.model.InternalConflict internalConflict(String id, org.seccom.model.Hostility hostility,
                                                                     String state, String... backers) {
        return new org.seccom.model.InternalConflict(basis(id), state, org.seccom.model.ConflictType.CIVIL_WAR, hostility,
                List.of(backers));
    }

    /** A member's participation frozen (by itself) or suspended (by the others). */
    public static org.seccom.model.MembershipChange membership(String id, String state, org.seccom.model.MembershipStatus status) {
        return new org.seccom.model.MembershipChange(basis(id), state, status);
    }

    /** A directed act towards several states at once. */
    public static TrustSignal actTowards(String id, List<String> actors, Signal signal, String... targets) {
        return new TrustSignal(basis(id), signal, actors, List.of(targets), null);
    }

    public static Dispute militarisedDispute(String id, String a, String b) {
        return dispute(id, true, DisputeStatus.ONGOING, a, b);
    }

    /** An ongoing militarised dispute in which force went as far as {@code hostility}. */
    public static Dispute militarisedDispute(String id, org.seccom.model.Hostility hostility, String a, String b) {
        return new Dispute(basis(id), List.of(a, b), "issue " + id, true, DisputeStatus.ONGOING, null, hostility);
    }

    /** An unarmed, ongoing dispute handled by the given procedure. */
    public static Dispute disputeHandledBy(String id, org.seccom.model.DisputeProcedure procedure, String a, String b) {
        return new Dispute(basis(id), List.of(a, b), "issue " + id, false, DisputeStatus.ONGOING, procedure, null);
    }

    /** An indicator that holds among the given members only. */
    public static Indicator indicatorAmong(String id, MatureIndicator indicator, IndicatorStatus status, String... members) {
        return new Indicator(basis(id), indicator, status, List.of(members));
    }

    public static Dispute openDispute(String id, String a, String b) {
        return dispute(id, false, DisputeStatus.ONGOING, a, b);
    }

    public static Dispute settledDispute(String id, String a, String b) {
        return dispute(id, false, DisputeStatus.SETTLED, a, b);
    }

    /** A directed act: {@code act("arms", by("AAA"), ARMS_SUPPLY, "XXX")}. */
    public static TrustSignal act(String id, List<String> actors, Signal signal, String target) {
        return new TrustSignal(basis(id), signal, actors, target, null);
    }

    public static TrustSignal mediation(String id, List<String> mediators, String disputeId) {
        return new TrustSignal(basis(id), Signal.MEDIATION, mediators, List.<String>of(), disputeId);
    }

    // tier 3: collective identity
    public static Identity identity(String id, IdentityMarker marker, String... holders) {
        return new Identity(basis(id), marker, List.of(holders), Stance.POSITIVE);
    }

    public static Identity lackOfIdentity(String id, IdentityMarker marker, String... holders) {
        return new Identity(basis(id), marker, List.of(holders), Stance.NEGATIVE);
    }

    // mature-phase indicators
    public static Indicator indicator(String id, MatureIndicator indicator, IndicatorStatus status) {
        return new Indicator(basis(id), indicator, status, null);
    }
}
