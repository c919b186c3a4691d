package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seccom.model.Profile;
import org.seccom.model.Scenario;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.ProfileReader;
import org.seccom.scenario.Problem;
import org.seccom.scenario.ScenarioReader;

/** Rule files that cannot be used are reported with the file (and line, where there is one) to fix. */
class RuleBaseErrorsTest {
    private static final String FIXTURES = "src/test/resources/bad-rules/";

    private static List<String> messagesOf(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() {
        List<String> messages = messagesOf(() -> RuleBase.compile(RuleBase.readFolder(Path.of(FIXTURES + "syntax"))));

        assertThat(messages).containsExactly(FIXTURES
                + "syntax/10-broken.drl:9:1: [ERR 102] mismatched input 'whn' in rule \"A grouping has members\"");
    }

    @Test
    void aRuleWithoutTierIsReportedByFileAndName() {
        List<String> messages = messagesOf(() -> RuleBase.compile(RuleBase.readFolder(Path.of(FIXTURES + "no-tier"))));

        assertThat(messages).containsExactly(FIXTURES + "no-tier/10-no-tier.drl:7: rule \"A grouping has members\""
                + " has no @tier; give it @tier(\"1\"), \"2\" or \"3\" (with @factor) or the stage it serves,"
                + " e.g. @tier(\"scoring\") or @tier(\"phase\")");
    }

    @Test
    void aFolderWithoutRuleFilesIsRejected(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "not a rule file");

        assertThat(messagesOf(() -> RuleBase.readFolder(folder))).containsExactly(
                folder + ": the rules folder holds no .drl files; give --rules a folder of rule files");
    }

    @Test
    void aMissingRuleFileIsRejected() {
        assertThat(messagesOf(() -> RuleBase.readFile(Path.of(FIXTURES + "no-such-rules.drl")))).containsExactly(
                FIXTURES + "no-such-rules.drl: no such rule file");
    }

    @Test
    void aRuleThatKeepsRetriggeringItselfStopsTheAssessmentAndIsNamed() {
        RuleBase looping = RuleBase.compile(RuleBase.readFolder(Path.of(FIXTURES + "loop")));
        Scenario scenario = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2017-10-19
                sources: {src1: "A. Author, A Book, 2017."}
                members: [{code: ARM, name: Armenia}, {code: RUS, name: Russia}]
                facts: []
                """, "test.yaml");
        Profile profile = new ProfileReader().read(Path.of("rules/profile.yaml"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new Engine(looping, 1000).assess(scenario, profile));

        assertThat(e).as("an InvalidInputException").isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(FIXTURES
                + "loop/10-loop.drl:7: the rules did not settle after 1000 firings; rule \"The grouping is touched"
                + " again and again\" probably re-triggers itself (it modifies or inserts what it matches); add a"
                + " guard. Busiest rules: \"The grouping is touched again and again\" (1000 times)");
    }

    @Test
    void theSameRuleWithAGuardSettles() {
        RuleBase settling = RuleBase.compile(List.of(new RuleSource("settling.drl", """
                package seccom.rules;

                import org.seccom.model.*;

                // Touches the grouping once: the update does not re-trigger a rule that does not react to it.
                rule "The grouping is touched once"
                    @tier("scoring")
                    no-loop
                when
                    $grouping : Grouping()
                then
                    update($grouping);
                end
                """)));
        Scenario scenario = new ScenarioReader().read("""
                scenario: Test
                grouping: Test Alliance
                asOf: 2017-10-19
                sources: {src1: "A. Author, A Book, 2017."}
                members: [{code: ARM, name: Armenia}]
                facts: []
                """, "test.yaml");

        assertThat(new Engine(settling, 1000).assess(scenario, new ProfileReader().read(Path.of("rules/profile.yaml")))
                .firings()).isEqualTo(1);
    }
}
