package org.seccom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Values YAML reads but the model cannot use, at every kind of number field of the shipped files,
 * and bytes that are not UTF-8 anywhere in a file: each is an {@link InvalidInputException} at the
 * value's (or byte's) line and column, never another failure.
 */
class UnreadableValuesTest {
    private static final Pattern NUMBER_FIELD = Pattern.compile("(?m)^(.*?\\b(confidence|costShare|value): )([0-9.]+)(?=[ \\t]*(?:$|,))");

    /** A shipped file and the offset of a number in it, with the line and column it is at. */
    record Place(Path file, int start, int end, int line, int column) {}

    static final List<Place> PLACES = places();

    private static List<Place> places() {
        List<Place> out = new ArrayList<>();
        for (Path f : List.of(Path.of("scenarios/csto-2017.yaml"), Path.of("scenarios/european-union.yaml"),
                Path.of("rules/profile.yaml"))) {
            String text = read(f);
            Matcher m = NUMBER_FIELD.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(3)).chars().filter(c -> c == '\n').count() + 1;
                int column = m.start(3) - text.lastIndexOf('\n', m.start(3) - 1);
                out.add(new Place(f, m.start(3), m.end(3), line, column));
            }
        }
        return out;
    }

    @Provide
    Arbitrary<Place> numberPlaces() {
        return Arbitraries.of(PLACES);
    }

    @Provide
    Arbitrary<String> unusableNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.of(".nan", ".NaN", ".inf", "-.inf", "+.inf", "0x1", "0x1F", "0o7", "1_0", "0.5_0", "1e400",
                        "-1e999", "1:30"),
                Arbitraries.strings().numeric().ofMinLength(101).ofMaxLength(400).map(s -> "1" + s));
    }

    @Property(tries = 200, seed = "13")
    void anUnusableNumberIsAnErrorAtItsPlace(@ForAll("numberPlaces") Place place, @ForAll("unusableNumbers") String value) {
        String text = read(place.file());
        String mutated = text.substring(0, place.start()) + value + text.substring(place.end());
        Throwable thrown = catchThrowable(() -> {
            if (place.file().toString().contains("profile")) new ProfileReader().read(mutated, "f.yaml");
            else new ScenarioReader().read(mutated, "f.yaml");
        });
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        List<Problem> problems = ((InvalidInputException) thrown).problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(place.line());
            assertThat(p.column()).isGreaterThan(0);
            assertThat(p.message()).containsAnyOf("expected", "write it", "at most");
        });
    }

    @Property(tries = 200, seed = "13")
    void aByteThatIsNotUtf8IsReportedAtItsLineAndColumn(@ForAll("numberPlaces") Place place,
            @ForAll("latin1") byte bad) {
        byte[] bytes = read(place.file()).getBytes(StandardCharsets.UTF_8);
        String text = read(place.file());
        byte[] before = text.substring(0, place.start()).getBytes(StandardCharsets.UTF_8);
        byte[] mutated = bytes.clone();
        mutated[before.length] = bad; // the first digit of the number, an ASCII byte, becomes Latin-1
        Throwable thrown = catchThrowable(() -> InputFiles.decode(mutated, "f.yaml"));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        Problem p = ((InvalidInputException) thrown).problems().get(0);
        assertThat(p.line()).isEqualTo(place.line());
        assertThat(p.column()).isEqualTo(place.column());
        assertThat(p.message()).contains("not UTF-8").contains("save the file as UTF-8");
    }

    @Provide
    Arbitrary<Byte> latin1() {
        return Arbitraries.integers().between(0xA0, 0xFF).map(i -> (byte) (int) i);
    }

    @Property(tries = 30, seed = "13")
    void nestingBeyondTheLimitIsAnErrorAtItsPlace(@ForAll("depths") int depth) {
        String text = "scenario: x\nfacts: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        Throwable thrown = catchThrowable(() -> new ScenarioReader().read(text, "f.yaml"));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("nested more than " + YamlTree.MAX_DEPTH);
        });
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(YamlTree.MAX_DEPTH + 1, 5000);
    }

    @Property(tries = 20, seed = "13")
    void anAliasIsRefusedWhereItIsUsed(@ForAll("numberPlaces") Place place) {
        if (place.file().toString().contains("profile")) return;
        String text = read(place.file());
        String mutated = text.substring(0, place.start()) + "*x" + text.substring(place.end());
        Throwable thrown = catchThrowable(() -> new ScenarioReader().read(mutated, "f.yaml"));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(place.line());
            assertThat(p.message()).contains("alias '*x' is not supported");
        });
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
