package org.seccom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The verdict must come from general rules: no rule and no engine code names a grouping or a state. */
class RulesStayGeneralTest {
    private static final Pattern NAMES = Pattern.compile(
            "\"(ARM|AZE|BLR|KAZ|KGZ|RUS|TJK|UZB|GEO|UKR|USA)\"|CSTO|Collective Security Treaty|Armenia|Russia|Belarus"
                    + "|Kazakhstan|Kyrgyzstan|Tajikistan|Azerbaijan|Uzbekistan|Crimea|Karabakh|Ferghana|csto-2017");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(//|/?\\*|#)");

    @Test
    void noRuleNamesTheCstoOrAnyOfItsMembers() throws IOException {
        assertThat(offendingLines(Path.of("rules"), ".drl")).isEmpty();
    }

    @Test
    void noJavaCodeNamesTheCstoOrAnyOfItsMembers() throws IOException {
        assertThat(offendingLines(Path.of("src/main/java"), ".java")).isEmpty();
    }

    @Test
    void theCheckCatchesANameWhereItOccurs() {
        assertThat(NAMES.matcher("    $s : TrustSignal(actors contains \"RUS\")").find()).isTrue();
        assertThat(NAMES.matcher("    $s : TrustSignal(actors contains $member)").find()).isFalse();
    }

    private static List<String> offendingLines(Path root, String suffix) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!COMMENT.matcher(line).find() && NAMES.matcher(line).find()) hits.add(file + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        return hits;
    }
}
