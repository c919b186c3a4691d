package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seccom.scenario.Problem;

/** The shipped rules are the reference for what rules need: read as a stranger's, they pass the check. */
class RuleCheckerShippedTest {
    @Test
    void everyShippedRuleFilePassesTheCheck() {
        List<RuleSource> shipped = RuleBase.readFolder(Path.of("rules"));
        List<String> unread = new ArrayList<>();
        List<Problem> problems = RuleChecker.check(shipped, List.of(), unread);
        assertThat(problems).isEmpty();
        assertThat(unread).isEmpty();
    }

    @Test
    void theShippedRulesCompileAsUntrustedFiles() {
        List<RuleSource> untrusted = RuleBase.readFolder(Path.of("rules"));
        assertThat(untrusted).noneMatch(RuleSource::trusted);
        assertThat(RuleBase.compile(untrusted).trusted()).isFalse();
    }
}
