package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.seccom.model.Assessment;
import org.seccom.model.Bands;
import org.seccom.model.Parameter;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;

/** The weak, partial and met bands are the profile's, carried by each assessment. */
class ScoreBandsTest {
    private static final Scenario TWO = RuleHarness.twoStates("Two",
            "{id: t1, kind: transaction, claim: Trade., flow: trade, parties: [all], intensity: high, source: s}",
            "{id: v1, kind: value, claim: V1., value: v1, holders: [all], source: s}");

    @Test
    void theDefaultProfileOpensThePartialBandAt34AndTheMetBandAt67() {
        Assessment a = RuleHarness.engine().assess(TWO, RuleHarness.profile());

        assertThat(a.bands()).isEqualTo(new Bands(34, 67));
        assertThat(a.band(33.9)).isEqualTo("weak");
        assertThat(a.band(34)).isEqualTo("partial");
        assertThat(a.band(66.9)).isEqualTo("partial");
        assertThat(a.band(67)).isEqualTo("met");
    }

    @Test
    void movingTheThresholdsInTheProfileMovesTheBandsAndNoScore() {
        Assessment before = RuleHarness.engine().assess(TWO, RuleHarness.profile());
        double transactions = before.score("transactions");
        assertThat(before.bandOf("transactions")).isEqualTo("partial");

        Profile lower = RuleHarness.profile().with(Map.of(Bands.MET_KEY, Math.floor(transactions)));
        Assessment after = RuleHarness.engine().assess(TWO, lower);

        assertThat(after.score("transactions")).isEqualTo(transactions);
        assertThat(after.bandOf("transactions")).isEqualTo("met");
        assertThat(after.phase()).isEqualTo(before.phase());
    }

    @Test
    void aProfileWithoutTheBandsIsRejectedNamingEachMissingKey() {
        Map<String, Parameter> parameters = new TreeMap<>(RuleHarness.profile().parameters());
        parameters.remove(Bands.PARTIAL_KEY);
        parameters.remove(Bands.MET_KEY);
        Profile without = new Profile("thin-profile.yaml", parameters);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RuleHarness.engine().assess(TWO, without));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "thin-profile.yaml: the score bands use profile parameter 'band.partial', which is not defined in"
                        + " thin-profile.yaml; add it there with a value and a why",
                "thin-profile.yaml: the score bands use profile parameter 'band.met', which is not defined in"
                        + " thin-profile.yaml; add it there with a value and a why");
    }

    @Test
    void thresholdsOutOfOrderAreRejected() {
        Profile upsideDown = RuleHarness.profile().with(Map.of(Bands.PARTIAL_KEY, 70.0));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RuleHarness.engine().assess(TWO, upsideDown));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "rules/profile.yaml: the score bands need 0 < band.partial < band.met <= 100; rules/profile.yaml sets"
                        + " them to 70 and 67");
    }
}
