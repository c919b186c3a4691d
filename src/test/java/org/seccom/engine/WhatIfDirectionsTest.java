package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seccom.model.Assessment;
import org.seccom.model.Blocker;
import org.seccom.model.Change;
import org.seccom.model.Conclusion;
import org.seccom.model.Finding;
import org.seccom.model.FindingChange;
import org.seccom.model.Outsider;
import org.seccom.model.Profile;
import org.seccom.model.WhatIf;
import org.seccom.scenario.OverlayReader;

/**
 * The shipped what-if overlays (scenarios/what-if) against the CSTO 2017 scenario move the
 * assessment the way Bescotti (2017) argues. Each test pins directions (a score rises or falls, a
 * finding appears or disappears, a phase goes no lower or no higher, a blocker appears), not the
 * numbers, so that the profile may be retuned without breaking them while a rule or overlay that
 * turns an argued effect around does.
 */
class WhatIfDirectionsTest {
    private static final Path BASE = Path.of("scenarios/csto-2017.yaml");
    private static final Path OVERLAYS = Path.of("scenarios/what-if");
    private static final List<String> PHASES =
            List.of("none", "nascent", "ascendant", "mature-loosely-coupled", "mature-tightly-coupled");

    // rule names, as the reports quote them
    private static final String ARMING = "Arming a member's adversary erodes mutual trust";
    private static final String WITHHELD = "Members withhold support from a member that needs it";
    private static final String SUPPORT = "Members back a member that needs it";
    private static final String CRITICISM = "Members publicly criticise another member's act";
    private static final String NON_RECOGNITION = "Members refuse to follow a member's recognition policy";
    private static final String DIVERGENT_VALUE = "Members diverge on values relevant to political decisions";
    private static final String DECLINED = "The grouping declined a member's request for help";
    private static final String ACTED = "The grouping acted when a crisis in a member called for it";
    private static final String OPERATING = "An operating body gives members a means to act together";
    private static final String IMPEDED = "A body that exists but is impeded counts for less";
    private static final String REFUSAL = "A member refuses a partner's request";
    private static final String IDENTITY_MARK = "Members show a mark of collective identity";
    private static final String IDENTITY_LACK = "Members lack or reject a mark of collective identity";
    private static final String CORE_CAPABILITY = "A core state stronger than the rest anchors the grouping";
    private static final String CORE_COSTS = "A core state carries a large share of the common costs";
    private static final String CORE_SEEN_AS = "Members see the core state as a benevolent or menacing hegemon";

    private static Engine engine;
    private static Profile profile;

    @BeforeAll
    static void load() {
        engine = RuleHarness.engine();
        profile = RuleHarness.profile();
    }

    private static WhatIf whatIf(String... overlays) {
        List<Path> files = Arrays.stream(overlays).map(OVERLAYS::resolve).toList();
        return WhatIfs.assess(engine, profile, new OverlayReader().read(BASE, files, profile), null);
    }

    // --- Russia stops arming Azerbaijan ------------------------------------------------------

    @Test
    void russiaStoppingArmsSalesToAzerbaijanRaisesMutualTrustAndTheArmingFindingDisappears() {
        WhatIf w = whatIf("russia-stops-arming-azerbaijan.yaml");

        assertRises(w, "mutual-trust");
        assertRises(w, "tier-3");
        FindingChange gone = onlyChange(w, FindingChange.DISAPPEARED, ARMING, "arms-rus-aze");
        assertCausedBy(gone, 1, "remove", "arms-rus-aze");
        assertThat(hybridFacts(w.whatIf())).as("balance-of-power facts named in the hybrid note")
                .doesNotContain("arms-rus-aze");
        assertTierOneUnchanged(w);
        assertPhaseNotLower(w);
    }

    // --- Members back Armenia on Nagorno-Karabakh --------------------------------------------

    @Test
    void membersBackingArmeniaOnNagornoKarabakhRaisesMutualTrust() {
        WhatIf w = whatIf("members-back-armenia-on-nagorno-karabakh.yaml");

        assertRises(w, "mutual-trust");
        assertCausedBy(onlyChange(w, FindingChange.DISAPPEARED, WITHHELD, "nk-no-member-backs-armenia"),
                1, "remove", "nk-no-member-backs-armenia");
        assertCausedBy(onlyChange(w, FindingChange.DISAPPEARED, WITHHELD, "blr-drops-armenia-nk"),
                2, "remove", "blr-drops-armenia-nk");
        FindingChange support = onlyChange(w, FindingChange.APPEARED, SUPPORT, "members-back-armenia-nk");
        assertThat(support.after().points()).isPositive();
        assertCausedBy(support, 3, "add", "members-back-armenia-nk");
        assertThat(findings(w.whatIf(), WITHHELD)).as("withheld-support findings left").isEmpty();
        assertTierOneUnchanged(w);
        assertPhaseNotLower(w);
    }

    @Test
    void stackingStopArmingAndBackArmeniaAppliesBothAndRaisesTrustMoreThanEitherAlone() {
        double alone1 = whatIf("russia-stops-arming-azerbaijan.yaml").whatIf().score("mutual-trust");
        double alone2 = whatIf("members-back-armenia-on-nagorno-karabakh.yaml").whatIf().score("mutual-trust");

        WhatIf both = whatIf("russia-stops-arming-azerbaijan.yaml", "members-back-armenia-on-nagorno-karabakh.yaml");

        assertThat(both.counterfactual().overlays())
                .containsExactly("Russia stops arming Azerbaijan", "Members back Armenia on Nagorno-Karabakh");
        assertThat(both.whatIf().score("mutual-trust")).as("trust with both overlays")
                .isGreaterThan(Math.max(alone1, alone2));
        assertThat(changes(both, FindingChange.DISAPPEARED, ARMING, "arms-rus-aze")).hasSize(1);
        assertThat(changes(both, FindingChange.APPEARED, SUPPORT, "members-back-armenia-nk")).hasSize(1);
        Change supportCause = onlyChange(both, FindingChange.APPEARED, SUPPORT, "members-back-armenia-nk").causes().get(0);
        assertThat(supportCause.overlay()).as("the second overlay's change").isEqualTo("Members back Armenia on Nagorno-Karabakh");
        assertThat(findings(both.whatIf(), WITHHELD)).isEmpty();
        assertThat(findings(both.whatIf(), ARMING)).isEmpty();
    }

    // --- The CSTO intervenes in Kyrgyzstan in 2010 ------------------------------------------

    @Test
    void interveningInKyrgyzstanIn2010RaisesInstitutionsAndTrust() {
        WhatIf w = whatIf("csto-intervenes-in-kyrgyzstan-2010.yaml");

        assertRises(w, "institutions");
        assertRises(w, "tier-2");
        assertRises(w, "mutual-trust");
        assertRises(w, "mutual-responsiveness");
        assertCausedBy(onlyChange(w, FindingChange.DISAPPEARED, DECLINED, "crisis-kgz-2010"), 1, "change", "crisis-kgz-2010");
        FindingChange acted = onlyChange(w, FindingChange.APPEARED, ACTED, "crisis-kgz-2010");
        assertThat(acted.after().points()).isPositive();
        assertThat(onlyChange(w, FindingChange.APPEARED, SUPPORT, "members-back-kgz-2010").after().points()).isPositive();
        assertTierOneUnchanged(w);
        assertPhaseNotLower(w);
    }

    // --- Belarus and Kazakhstan endorse Crimea ------------------------------------------------

    @Test
    void endorsingCrimeaRaisesMutualTrustButErodesSharedValues() {
        WhatIf w = whatIf("belarus-and-kazakhstan-endorse-crimea.yaml");

        assertRises(w, "mutual-trust");
        assertFalls(w, "knowledge");
        assertFalls(w, "compatible-values");
        for (String id : List.of("blr-criticises-crimea", "kaz-criticises-crimea")) {
            assertThat(changes(w, FindingChange.DISAPPEARED, CRITICISM, id)).as("criticism %s gone", id).hasSize(1);
        }
        assertThat(changes(w, FindingChange.DISAPPEARED, NON_RECOGNITION, "blr-nonrecognition-crimea")).hasSize(1);
        for (String id : List.of("blr-endorses-crimea", "kaz-endorses-crimea")) {
            assertThat(onlyChange(w, FindingChange.APPEARED, SUPPORT, id).after().points()).as("support %s", id).isPositive();
        }
        FindingChange precedent = onlyChange(w, FindingChange.APPEARED, DIVERGENT_VALUE, "value-crimea-precedent");
        assertThat(precedent.after().factor()).isEqualTo("knowledge");
        assertThat(precedent.after().points()).isNegative();
        assertTierOneUnchanged(w);
    }

    // --- The three directions become one ------------------------------------------------------

    @Test
    void threeDirectionsBecomingOneRaisesTheMatureIndicatorsAndCollectiveIdentity() {
        WhatIf w = whatIf("three-directions-become-one.yaml");

        assertRises(w, "loosely-coupled");
        assertRises(w, "tightly-coupled");
        assertRises(w, "collective-identity");
        // Tier 3 is jointly necessary: it is its weaker part, trust, which the directions do not move.
        assertThat(w.whatIf().score("tier-3")).isEqualTo(w.whatIf().score("mutual-trust"))
                .isEqualTo(w.baseline().score("tier-3"));
        // Each indicator counts on its checklist and, once, for institutions, which it is an instance of.
        for (String indicator : List.of("ind-multilateralism", "ind-military-integration")) {
            assertThat(changes(w, FindingChange.CHANGED, null, indicator)).as(indicator)
                    .extracting(c -> c.finding().factor()).containsExactlyInAnyOrder(
                            indicator.equals("ind-multilateralism") ? "loosely-coupled" : "tightly-coupled", "institutions");
            assertThat(changes(w, FindingChange.CHANGED, null, indicator)).allMatch(c -> c.delta() > 0);
        }
        assertRises(w, "institutions");
        assertThat(changes(w, FindingChange.DISAPPEARED, IDENTITY_LACK, "id-independent-foreign-policy")).hasSize(1);
        assertThat(onlyChange(w, FindingChange.APPEARED, IDENTITY_MARK, "id-common-foreign-policy").after().points())
                .isPositive();
        assertTierOneUnchanged(w);
        assertPhaseNotLower(w);
    }

    // --- Uzbekistan stays after 2012 ----------------------------------------------------------

    @Test
    void uzbekistanStayingBringsItsDisputesAndOppositionInsideAndLowersTrustAndInstitutions() {
        WhatIf w = whatIf("uzbekistan-stays-after-2012.yaml");

        assertThat(w.whatIf().members()).contains("UZB");
        assertThat(w.whatIf().scenario().outsiders()).extracting(Outsider::code).doesNotContain("UZB");
        assertFalls(w, "mutual-trust");
        assertFalls(w, "institutions");
        // its inter-ethnic dispute with Tajikistan becomes a dispute between members (the three-party
        // Ferghana dispute already divides Kyrgyzstan and Tajikistan without it)
        for (String id : List.of("dispute-tjk-uzb-interethnic")) {
            List<FindingChange> appeared = changes(w, FindingChange.APPEARED, null, id);
            assertThat(appeared).as("a finding on %s appears", id).hasSize(1);
            assertThat(appeared.get(0).after().factor()).isEqualTo("mutual-trust");
            assertThat(appeared.get(0).after().points()).as("%s counts against trust", id).isNegative();
            assertCausedBy(appeared.get(0), 1, "addMember", "UZB");
        }
        // its clashes with Russian and Kazakh positions
        for (String id : List.of("uzb-opposes-rus-integration", "uzb-opposes-kaz-integration")) {
            assertThat(onlyChange(w, FindingChange.APPEARED, REFUSAL, id).after().points()).isNegative();
        }
        // its opposition could paralyse the Council
        assertThat(changes(w, FindingChange.DISAPPEARED, OPERATING, "inst-council")).hasSize(1);
        assertThat(changes(w, FindingChange.APPEARED, IMPEDED, "inst-council")).hasSize(1);
        assertPhaseNotHigher(w);
    }

    // --- Russia leaves -----------------------------------------------------------------------

    @Test
    void russiaLeavingCollapsesPowerAndPullsTierTwoBelowAscendant() {
        WhatIf w = whatIf("russia-leaves.yaml");

        assertThat(w.whatIf().members()).doesNotContain("RUS");
        assertThat(w.whatIf().scenario().outsiders()).extracting(Outsider::code).contains("RUS");
        assertThat(w.baseline().score("power")).as("power with Russia").isGreaterThanOrEqualTo(67);
        // No core state left: the file has no evidence on power any more (not evidence against it).
        assertThat(w.whatIf().hasEvidence("power")).as("power without Russia").isFalse();
        assertFalls(w, "tier-2");
        assertFalls(w, "transactions");
        assertFalls(w, "mutual-trust");
        assertThat(blockerSubjects(w.baseline())).doesNotContain("tier-2");
        for (String rule : List.of(CORE_CAPABILITY, CORE_COSTS)) {
            assertCausedBy(onlyChange(w, FindingChange.DISAPPEARED, rule, "core-russia"), 1, "removeMember", "RUS");
        }
        assertThat(changes(w, FindingChange.DISAPPEARED, CORE_SEEN_AS, "core-russia-benevolent")).hasSize(1);
        assertThat(findings(w.whatIf(), null).stream().filter(f -> f.factor().equals("power"))).isEmpty();
        for (String id : List.of("tx-russian-training", "tx-arms-domestic-prices", "learn-military-training")) {
            assertThat(changes(w, FindingChange.DISAPPEARED, null, id)).as("%s goes with Russia", id).hasSize(1);
        }
        assertPhaseNotHigher(w);
    }

    // --- Every shipped overlay is covered and explains itself -------------------------------

    @Test
    void everyShippedOverlayHasADirectionTestAndExplainsEachChange() throws IOException {
        Set<String> tested = Set.of("russia-stops-arming-azerbaijan.yaml", "members-back-armenia-on-nagorno-karabakh.yaml",
                "csto-intervenes-in-kyrgyzstan-2010.yaml", "belarus-and-kazakhstan-endorse-crimea.yaml",
                "three-directions-become-one.yaml", "uzbekistan-stays-after-2012.yaml", "russia-leaves.yaml");
        Set<String> shipped;
        try (Stream<Path> files = Files.list(OVERLAYS)) {
            shipped = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(shipped).as("overlays in %s, each with a test here", OVERLAYS).isEqualTo(new TreeSet<>(tested));
        for (String overlay : shipped) {
            WhatIf w = whatIf(overlay);
            assertThat(w.counterfactual().changes()).as("%s changes", overlay).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.because()).as("%s change %s: because", overlay, c.label()).isNotBlank());
            assertThat(w.findingChanges()).as("%s moves some finding", overlay).isNotEmpty();
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private static void assertRises(WhatIf w, String subject) {
        assertThat(w.whatIf().score(subject)).as("%s: what-if against baseline %s", subject, w.baseline().score(subject))
                .isGreaterThan(w.baseline().score(subject));
    }

    private static void assertFalls(WhatIf w, String subject) {
        assertThat(w.whatIf().score(subject)).as("%s: what-if against baseline %s", subject, w.baseline().score(subject))
                .isLessThan(w.baseline().score(subject));
    }

    private static void assertTierOneUnchanged(WhatIf w) {
        for (String subject : List.of("tier-1", "material-change", "new-interpretations", "external-threats")) {
            assertThat(w.whatIf().score(subject)).as("%s is untouched", subject).isEqualTo(w.baseline().score(subject));
        }
    }

    private static void assertPhaseNotLower(WhatIf w) {
        assertThat(rank(w.whatIf())).as("phase %s against baseline %s", w.whatIf().phase().value(), w.baseline().phase().value())
                .isGreaterThanOrEqualTo(rank(w.baseline()));
    }

    private static void assertPhaseNotHigher(WhatIf w) {
        assertThat(rank(w.whatIf())).as("phase %s against baseline %s", w.whatIf().phase().value(), w.baseline().phase().value())
                .isLessThanOrEqualTo(rank(w.baseline()));
    }

    private static int rank(Assessment a) {
        int rank = PHASES.indexOf(a.phase().value());
        assertThat(rank).as("known phase %s", a.phase().value()).isNotNegative();
        return rank;
    }

    private static Set<String> blockerSubjects(Assessment a) {
        return a.blockers().stream().map(Blocker::subject).collect(Collectors.toSet());
    }

    private static List<String> hybridFacts(Assessment a) {
        return a.notes().stream().filter(n -> n.topic().equals("hybrid")).map(Conclusion::reason)
                .flatMap(r -> Arrays.stream(r.substring(r.lastIndexOf(':') + 1).split(","))).map(String::trim).toList();
    }

    /** Findings of the assessment by rule (any rule when null). */
    private static List<Finding> findings(Assessment a, String rule) {
        return a.findings().stream().filter(f -> rule == null || f.rule().equals(rule)).toList();
    }

    /** Changed findings of a kind, by rule (any when null), resting on the fact. */
    private static List<FindingChange> changes(WhatIf w, String kind, String rule, String fact) {
        return w.findingChanges().stream()
                .filter(c -> c.kind().equals(kind))
                .filter(c -> rule == null || c.finding().rule().equals(rule))
                .filter(c -> c.finding().facts().contains(fact))
                .toList();
    }

    private static FindingChange onlyChange(WhatIf w, String kind, String rule, String fact) {
        List<FindingChange> found = changes(w, kind, rule, fact);
        assertThat(found).as("%s finding %s on %s; moved: %s", kind, rule == null ? "(any rule)" : rule, fact,
                w.findingChanges().stream().map(c -> c.kind() + " " + c.finding().rule() + " " + c.finding().facts()).toList())
                .hasSize(1);
        return found.get(0);
    }

    /** The finding change is traced to change number {@code number} (within its overlay), its op and target. */
    private static void assertCausedBy(FindingChange c, int number, String op, String target) {
        assertThat(c.causes()).as("causes of %s", c.finding().rule())
                .anySatisfy(cause -> {
                    assertThat(cause.number()).isEqualTo(number);
                    assertThat(cause.op()).isEqualTo(op);
                    assertThat(cause.target()).isEqualTo(target);
                });
    }

    // --- Two members go to war (issue 12) --------------------------------------------------------

    @Test
    void twoMembersGoingToWarTurnDeutschToNotMetWithASentenceNamingTheWar(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        Path overlay = dir.resolve("war.yaml");
        java.nio.file.Files.writeString(overlay, """
                overlay: Russia invades Kazakhstan
                base: CSTO 2017
                description: A test counterfactual, not a claim about the world.
                changes:
                  - add:
                      id: rus-invades-kaz
                      kind: intervention
                      claim: "Counterfactual: Russia invades Kazakhstan."
                      actors: [RUS]
                      target: KAZ
                      form: armed-intervention
                      hostility: war
                      from: 2017-01-01
                      source: {key: bescotti2017}
                    because: "a test of the decisive-force rules"
                """);
        WhatIf w = WhatIfs.assess(engine, profile, new OverlayReader().read(BASE, List.of(overlay), profile), null);

        assertThat(w.baseline().deutsch().value()).isEqualTo("partly met");
        assertThat(w.whatIf().deutsch().value()).isEqualTo("not met");
        assertThat(w.whatIf().deutsch().reason()).contains("large-scale force between members").contains("rus-invades-kaz");
        assertThat(w.whatIf().score("tier-3")).isLessThanOrEqualTo(33);
    }
}
