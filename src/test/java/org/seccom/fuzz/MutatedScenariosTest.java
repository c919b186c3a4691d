package org.seccom.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seccom.cli.CliRun;

/**
 * The shipped scenarios and overlays, mutated with a fixed seed: cut at random bytes, with random
 * bytes changed, and with the value of every key (one place per key name and file) swapped for
 * one of another type or an awkward literal. Each mutant is validated and assessed (overlays: what
 * if'd against their base) in-process, and must end in exit 0 or 2, with no stack trace, every
 * error line naming its file (and line and column where there is one), no raw control character on
 * the terminal, and the mutant file left as it was.
 */
class MutatedScenariosTest {
    private static final long SEED = 13L;
    private static final int TRUNCATIONS_PER_FILE = 1;
    private static final int BYTE_FLIPS_PER_FILE = 2;
    /** At most this many key names of a file get a swapped value (chosen with the seed). */
    private static final int SWAPS_PER_FILE = 4;
    /** Assessments and what-ifs compile the rules each time, so only a seeded sample of mutants gets one. */
    private static final int MAX_ASSESSMENTS = 2;
    private static final int MAX_WHAT_IFS = 1;

    /** Values of other types and literals YAML reads in its own way. */
    private static final List<String> REPLACEMENTS = List.of(
            "[a, 1]", "{x: 1}", "42", "\"text\"", "true", "~", ".nan", "-.inf", "0x1F", "0o7", "1_0", "1e400",
            "123456789012345678901234567890123456789012345678901234567890", "\"\\e[31mred\\e[0m\"",
            "*nowhere", "2017-13-45", "\"\\u202eevil\"", "[]", "{}", "-1", "\"\\x07\\x08\"");

    private static final Pattern BLOCK_KEY = Pattern.compile("(?m)^(\\s*(?:-\\s+)?)([A-Za-z][\\w-]*):([ \\t]+[^\\n]*)?$");
    private static final Pattern FLOW_KEY = Pattern.compile("([{,]\\s*)([A-Za-z][\\w-]*):( +[^,}\\n]*)");
    private static final Pattern LOCATED = Pattern.compile("^\\S+?\\.ya?ml(:\\d+(:\\d+)?)?: \\S.*");
    private static final Pattern SUMMARY = Pattern.compile("^\\d+ of \\d+ files (invalid|could not be tested|with warnings( \\(--strict: errors\\))?)$");

    record Mutant(String name, byte[] bytes, Path base) {}

    record Run(int code, String out, String err) {}

    @Test
    void mutantsOfTheShippedScenariosEndInAnErrorWithItsPlaceNeverInACrash(@TempDir Path dir) throws IOException {
        List<Mutant> mutants = mutants();
        assertThat(mutants).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        Random random = new Random(SEED);
        int i = 0;
        int assessed = 0;
        int whatIfs = 0;
        for (Mutant m : mutants) {
            Path file = dir.resolve(String.format("m%04d-%s.yaml", i++, m.name().replaceAll("[^\\w.-]", "_")));
            Files.write(file, m.bytes());
            String before = sha256(file);
            List<String[]> commands = new ArrayList<>();
            if (m.base() == null) {
                Run validated = check(new String[] {"validate", file.toString()}, m, file, failures);
                // Each assessment compiles the rules (about two seconds): a sample, mostly of sound mutants.
                boolean sample = validated.code() == 0 ? random.nextInt(2) == 0 : false;
                if (sample && assessed < MAX_ASSESSMENTS) {
                    assessed++;
                    commands.add(new String[] {"assess", file.toString(), "--rules", "rules"});
                }
            } else if (random.nextInt(3) == 0 && whatIfs < MAX_WHAT_IFS) {
                whatIfs++;
                commands.add(new String[] {"whatif", m.base().toString(), file.toString(), "--rules", "rules"});
            }
            for (String[] args : commands) check(args, m, file, failures);
            if (!sha256(file).equals(before)) failures.add(m.name() + ": the input file was changed");
        }
        assertThat(assessed + whatIfs).isGreaterThan(0);
        assertThat(failures).as("%d of %d mutants failed; the first:%n%s", failures.size(), mutants.size(),
                String.join("\n", failures.stream().limit(30).toList())).isEmpty();
    }

    private static Run check(String[] args, Mutant m, Path file, List<String> failures) {
        Run r = run(args);
        String what = m.name() + " (" + file.getFileName() + ") " + args[0];
        if (r.code() != 0 && r.code() != 2) failures.add(what + ": exit " + r.code() + "\n" + r.err());
        if (r.err().contains("\tat ") || r.err().contains("Exception")) failures.add(what + ": stack trace\n" + r.err());
        for (String line : r.err().lines().toList()) {
            if (!LOCATED.matcher(line).matches() && !SUMMARY.matcher(line).matches()) {
                failures.add(what + ": error without a place: " + line);
            }
        }
        if (hasRawControl(r.out()) || hasRawControl(r.err())) failures.add(what + ": raw control character on the terminal");
        return r;
    }

    static List<Mutant> mutants() throws IOException {
        Random random = new Random(SEED);
        List<Path> scenarios = yamlIn(Path.of("scenarios"));
        Map<String, Path> byTitle = new LinkedHashMap<>();
        for (Path s : scenarios) {
            Files.readAllLines(s).stream().filter(l -> l.startsWith("scenario:")).findFirst()
                    .ifPresent(l -> byTitle.put(unquote(l.substring("scenario:".length())), s));
        }
        List<Mutant> out = new ArrayList<>();
        List<Path> all = new ArrayList<>(scenarios);
        all.addAll(yamlIn(Path.of("scenarios/what-if")));
        for (Path f : all) {
            byte[] bytes = Files.readAllBytes(f);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Path base = text.lines().filter(l -> l.startsWith("base:")).findFirst()
                    .map(l -> byTitle.get(unquote(l.substring("base:".length())))).orElse(null);
            if (text.contains("\noverlay:") || text.startsWith("overlay:")) {
                if (base == null) continue;
            } else {
                base = null;
            }
            String name = f.getFileName().toString().replace(".yaml", "");
            for (int t = 0; t < TRUNCATIONS_PER_FILE; t++) {
                int at = random.nextInt(bytes.length);
                out.add(new Mutant(name + "-cut" + at, java.util.Arrays.copyOf(bytes, at), base));
            }
            for (int t = 0; t < BYTE_FLIPS_PER_FILE; t++) {
                byte[] copy = bytes.clone();
                int at = random.nextInt(copy.length);
                byte[] choices = {(byte) 0xE9, (byte) 0xFF, 0x00, 0x1B, (byte) (copy[at] ^ (1 << random.nextInt(8)))};
                copy[at] = choices[random.nextInt(choices.length)];
                out.add(new Mutant(name + "-byte" + at, copy, base));
            }
            out.addAll(swaps(name, text, base, random));
        }
        return out;
    }

    /** For each key name of the file, at one place chosen at random, the value replaced by another kind. */
    private static List<Mutant> swaps(String name, String text, Path base, Random random) {
        Map<String, List<int[]>> places = new LinkedHashMap<>();
        for (Pattern p : List.of(BLOCK_KEY, FLOW_KEY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.group(3) == null ? m.end(2) + 1 : m.start(3);
                int end = m.group(3) == null ? m.end(2) + 1 : m.end(3);
                places.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(new int[] {start, end});
            }
        }
        List<String> keys = new ArrayList<>(places.keySet());
        java.util.Collections.shuffle(keys, random);
        List<Mutant> out = new ArrayList<>();
        for (String key : keys.subList(0, Math.min(SWAPS_PER_FILE, keys.size()))) {
            List<int[]> at = places.get(key);
            int[] place = at.get(random.nextInt(at.size()));
            String value = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
            String mutated = text.substring(0, place[0]) + " " + value + text.substring(place[1]);
            out.add(new Mutant(name + "-" + key + "=" + value, mutated.getBytes(StandardCharsets.UTF_8), base));
        }
        return out;
    }

    private static Run run(String... args) {
        CliRun r = CliRun.of(args);
        return new Run(r.code(), r.out(), r.err());
    }

    private static boolean hasRawControl(String s) {
        return s.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F);
    }

    private static List<Path> yamlIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static String unquote(String s) {
        return s.strip().replaceAll("^[\"']|[\"']$", "");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
