package org.seccom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files: compared byte for byte, rewritten on purpose with -Dseccom.updateGolden=true. */
final class Golden {
    private Golden() {}

    static final boolean UPDATE = Boolean.getBoolean("seccom.updateGolden");

    static void assertMatches(Path dir, String name, String actual) throws IOException {
        Path golden = dir.resolve(name);
        if (UPDATE) {
            Files.createDirectories(dir);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden %s (rewrite with -Dseccom.updateGolden=true)", golden).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
