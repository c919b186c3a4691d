package org.seccom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.seccom.engine.RuleSketch;
import org.seccom.model.Counterfactual;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.OverlayReader;
import org.seccom.scenario.Problem;
import org.seccom.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Check scenario and what-if overlay files without assessing them: every problem of every file, with"
                    + " file, line and column. Also warns, in the same form, about what is valid but cannot count:"
                    + " a fact wholly after asOf, or ended before it where the rules do not read its kind past its"
                    + " end; a fact that involves no member; a kind no rule reads; a member that joins after asOf; a"
                    + " factor no fact feeds. An overlay (a file with base:) is checked applied to its base, found"
                    + " among the files given or in the overlay's folder and the one above it.",
            "Exit code 0 when all are sound (warnings or not), 2 when any is not, or with --strict when any warning"
                    + " was given.",
            "",
            "Example: seccom validate --strict scenarios/*.yaml scenarios/what-if/*.yaml"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario or overlay files (YAML).")
    List<Path> files;

    @Option(names = "--strict", description = "Treat warnings as errors: exit 2 when any is given.")
    boolean strict;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioReader reader = new ScenarioReader();
        RuleSketch sketch = RuleSketch.of(rules.sources());
        int bad = 0;
        int warned = 0;
        for (Path file : files) {
            try {
                if (isOverlay(file)) {
                    Path base = baseOf(file);
                    Counterfactual cf = new OverlayReader().read(base, List.of(file), rules.profile());
                    out.printf("ok %s: overlay on %s (%s), %d changes%n", file, base, cf.base().scenario(), cf.changes().size());
                    continue;
                }
                ScenarioReader.Checked c = reader.check(file, sketch.relevance(), sketch.kindsByFactor());
                for (Problem p : c.warnings()) err.println(p);
                if (!c.warnings().isEmpty()) warned++;
                out.printf("ok %s: %s, %d members, %d facts%s%n", file, c.scenario().scenario(), c.scenario().members().size(),
                        c.scenario().facts().size(), c.warnings().isEmpty() ? "" : ", " + c.warnings().size() + " warnings");
            } catch (InvalidInputException e) {
                bad++;
                for (Problem p : e.problems()) err.println(p);
            }
        }
        out.flush();
        if (bad > 0) err.printf("%d of %d files invalid%n", bad, files.size());
        if (warned > 0) {
            err.printf("%d of %d files with warnings%s%n", warned, files.size(), strict ? " (--strict: errors)" : "");
        }
        err.flush();
        return bad > 0 || (strict && warned > 0) ? 2 : 0;
    }

    /** An overlay names the scenario it changes with a top-level {@code base:} key. */
    static boolean isOverlay(Path file) {
        return topLevel(file).containsKey("base");
    }

    /** The base scenario of an overlay: among the files given, else in its folder or the one above. */
    private Path baseOf(Path overlay) {
        String title = topLevel(overlay).get("base");
        List<Path> candidates = new ArrayList<>(files);
        Path dir = overlay.getParent() == null ? Path.of(".") : overlay.getParent();
        for (Path d : List.of(dir, dir.resolve("..").normalize())) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(candidates::add);
            } catch (IOException e) {
                // an unreadable folder holds no candidate
            }
        }
        for (Path p : candidates) {
            if (!isOverlay(p) && title.equals(topLevel(p).get("scenario"))) return p;
        }
        int line = 0;
        try {
            List<String> lines = Files.readAllLines(overlay, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size() && line == 0; i++) if (lines.get(i).startsWith("base:")) line = i + 1;
        } catch (IOException e) {
            // reported as unreadable elsewhere
        }
        throw InvalidInputException.of(overlay.toString(), line, line > 0 ? 1 : 0, "this overlay's base '" + title
                + "' is not among the files given nor in its folder or the one above; give the base scenario's file too");
    }

    /** The top-level {@code key: value} lines of a YAML file (plain values, unquoted). */
    private static Map<String, String> topLevel(Path file) {
        Map<String, String> keys = new LinkedHashMap<>();
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = l.indexOf(':');
                if (colon <= 0 || Character.isWhitespace(l.charAt(0)) || l.startsWith("#") || l.startsWith("-")) continue;
                String value = l.substring(colon + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                keys.putIfAbsent(l.substring(0, colon).strip(), value);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file is reported when it is read
        }
        return keys;
    }
}
