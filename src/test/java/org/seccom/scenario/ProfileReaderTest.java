package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seccom.model.Parameter;
import org.seccom.model.Profile;

/** Every number the rules use says why it is what it is; a profile that does not is rejected with the place. */
class ProfileReaderTest {
    private static final String FIXTURES = "src/test/resources/bad-profiles/";

    private static List<String> messagesReading(String fixture) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ProfileReader().read(Path.of(FIXTURES + fixture)));
        assertThat(e).as("reading %s fails", fixture).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theDefaultProfileReadsAndEveryParameterSaysWhy() {
        Profile profile = new ProfileReader().read(Path.of("rules/profile.yaml"));

        assertThat(profile.parameters()).isNotEmpty();
        assertThat(profile.parameters().values()).allSatisfy(p -> assertThat(p.why()).as(p.key()).isNotBlank());
    }

    @Test
    void aParameterReadsWithItsValueAndWhy() {
        Profile profile = new ProfileReader().read("trust.dispute.open: {value: -8.5, why: \"an open dispute strains trust\"}\n",
                "test.yaml");

        assertThat(profile.parameters()).containsOnlyKeys("trust.dispute.open");
        assertThat(profile.parameters().get("trust.dispute.open"))
                .isEqualTo(new Parameter("trust.dispute.open", -8.5, "an open dispute strains trust"));
        assertThat(profile.get("trust.dispute.open")).isEqualTo(-8.5);
    }

    @Test
    void aParameterWithoutWhyIsRejected() {
        assertThat(messagesReading("parameter-without-why.yaml")).containsExactly(
                FIXTURES + "parameter-without-why.yaml:3:19: missing field 'why' in weight.knowledge:"
                        + " one line on why the value is what it is");
    }

    @Test
    void aParameterWithAnEmptyWhyIsRejected() {
        assertThat(messagesReading("empty-why.yaml")).containsExactly(
                FIXTURES + "empty-why.yaml:3:35: parameter 'weight.knowledge' has an empty why;"
                        + " say in one line why the value is what it is");
    }

    @Test
    void aValueThatIsNotANumberIsRejected() {
        assertThat(messagesReading("non-numeric-value.yaml")).containsExactly(
                FIXTURES + "non-numeric-value.yaml:3:27: weight.knowledge.value is 'one'; expected a number");
    }

    @Test
    void anUnknownFieldInAnEntryIsRejectedWithTheFieldItWasMeantToBe() {
        assertThat(messagesReading("unknown-field-in-entry.yaml")).containsExactly(
                FIXTURES + "unknown-field-in-entry.yaml:3:30: unknown field 'wyh' in weight.knowledge; did you mean 'why'?");
    }
}
