package org.seccom.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled theory: DRL files read from disk (or from the jar) and compiled by Drools once per
 * run. Compile errors come back with the file and line the user wrote.
 */
public final class RuleBase {
    private static final Logger log = LoggerFactory.getLogger(RuleBase.class);
    /** Where DRL must sit inside a KieFileSystem; anywhere else Drools ignores it without a word. */
    private static final String KFS_ROOT = "src/main/resources/";
    private static final String RESOURCE_DIR = "seccom/rules/";
    /** Drools names the rule in some messages without giving its line. */
    private static final Pattern RULE_NAME = Pattern.compile("Rule name='([^']*)'");
    /** The parser puts the place of a syntax error in its text, with a zero-based column. */
    private static final Pattern PARSER_PLACE = Pattern.compile("(?<=\\] )Line (\\d+):(\\d+) ");
    /** Where the default rules and profile sit inside the jar. */
    public static final String BUNDLED = "seccom/rules";

    /** A string literal that reads like a profile key ("phase.nascent.tier-1"), outside comments. */
    private static final Pattern PARAMETER_KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    /** Where a rule file names a profile number by a literal key. */
    public record ParameterUse(String file, int line, int column, String key) {}

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private List<ParameterUse> parameterUses = List.of();
    private RuleSketch sketch = RuleSketch.of(List.of());

    private final boolean trusted;

    private RuleBase(KieBase kieBase, List<RuleInfo> rules, boolean trusted) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.trusted = trusted;
    }

    /** Whether every file is trusted (shipped, or vouched for with --trust-rules). */
    public boolean trusted() {
        return trusted;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rules, by file and then in the order they are written. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The {@code .drl} files of a folder, in name order. */
    public static List<RuleSource> readFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of(dir.toString(), 0, 0, "no such rules folder");
        }
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                sources.add(readFile(p));
            }
        } catch (IOException e) {
            throw InvalidInputException.of(dir.toString(), 0, 0, "cannot list the rules folder: " + e.getMessage());
        }
        if (sources.isEmpty()) {
            throw InvalidInputException.of(dir.toString(), 0, 0,
                    "the rules folder holds no .drl files; give --rules a folder of rule files");
        }
        return sources;
    }

    public static RuleSource readFile(Path file) {
        if (!file.getFileName().toString().endsWith(".drl")) {
            throw InvalidInputException.of(file.toString(), 0, 0, "not a rule file; expected a .drl file");
        }
        try {
            return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw InvalidInputException.of(file.toString(), 0, 0,
                    Files.exists(file) ? "cannot read: " + e.getMessage() : "no such rule file");
        }
    }

    /** The default rules shipped inside the jar (or on the class path when run from the build). */
    public static List<RuleSource> readBundled() {
        return readBundledFiles(".drl");
    }

    /** Text of the bundled default profile. */
    public static String bundledProfile() {
        return readBundledFiles("profile.yaml").get(0).text();
    }

    private static List<RuleSource> readBundledFiles(String suffix) {
        URL url = RuleBase.class.getClassLoader().getResource(BUNDLED);
        if (url == null) throw new IllegalStateException("the default rules are missing from the class path");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return listBundled(fs.getPath(BUNDLED), suffix);
            }
            return listBundled(Path.of(uri), suffix);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the default rules: " + e.getMessage(), e);
        }
    }

    private static List<RuleSource> listBundled(Path dir, String suffix) throws IOException {
        List<RuleSource> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                out.add(new RuleSource("(built-in) rules/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8), true));
            }
        }
        return out;
    }

    /**
     * Compiles the rule files; all compile errors of all files are reported together. Files that
     * are not trusted are first checked ({@link RuleChecker}): code a rule does not need is refused
     * before Drools compiles anything, so none of it can run.
     */
    public static RuleBase compile(List<RuleSource> sources) {
        if (sources.isEmpty()) throw InvalidInputException.of("rules", 0, 0, "no rule files given");
        long start = System.nanoTime();
        List<RuleSource> untrusted = sources.stream().filter(s -> !s.trusted()).toList();
        List<String> unread = new ArrayList<>();
        if (!untrusted.isEmpty()) {
            List<Problem> refused = RuleChecker.check(untrusted, sources.stream().filter(RuleSource::trusted).toList(), unread);
            if (!refused.isEmpty()) throw new InvalidInputException(refused);
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.seccom", "rules-" + Integer.toHexString(sources.hashCode()), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> displayName = new HashMap<>();
        Map<String, String> textOf = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource s = sources.get(i);
            String fileName = Path.of(s.name()).getFileName().toString();
            String resourcePath = RESOURCE_DIR + String.format("%03d-", i) + fileName;
            displayName.put(KFS_ROOT + resourcePath, s.name());
            displayName.put(resourcePath, s.name());
            textOf.put(s.name(), s.text());
            kfs.write(KFS_ROOT + resourcePath, s.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) throw new InvalidInputException(compileProblems(errors, displayName, textOf));
        if (!unread.isEmpty()) { // the checker's parser failed where the compiler's did not: refuse, fail closed
            throw new InvalidInputException(unread.stream().map(f -> new Problem(f, 0, 0,
                    "this rule file could not be checked (the DRL parser refused it); give --trust-rules if you trust it"))
                    .toList());
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        List<RuleInfo> rules = describe(kieBase, displayName, textOf);
        checkMetadata(rules);
        RuleSketch sketch = RuleSketch.of(sources);
        checkFindingMetadata(sketch);
        log.debug("compiled {} rules from {} files in {} ms", rules.size(), sources.size(),
                (System.nanoTime() - start) / 1_000_000);
        RuleBase base = new RuleBase(kieBase, rules, untrusted.isEmpty());
        base.parameterUses = parameterUses(sources);
        base.sketch = sketch;
        return base;
    }

    /**
     * The profile keys the rule files name literally (in a Parameter pattern, a Requirement, a
     * weight), so a profile that lacks one is reported before any rule runs; keys a rule builds at
     * run time ("shock." + salience) are checked when the rule fires.
     */
    public List<ParameterUse> parameterUses() {
        return parameterUses;
    }

    /** The rule files as read from their text: which kinds they read, which factors they declare. */
    public RuleSketch sketch() {
        return sketch;
    }

    /**
     * Every rule that records a finding must say which factor it scores, by a factor the rules
     * declare, and in that factor's tier: a finding with an unknown factor would land in no score
     * (or fail at run time), so it is a compile error with the rule's file and line. Factors are
     * those declared literally ({@code new Factor("name", "tier-2", ...)}); when the rule files
     * declare none that way, the names are checked after the first run instead ({@link Engine}).
     */
    static void checkFindingMetadata(RuleSketch sketch) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> factors = sketch.factors();
        for (RuleSketch.RuleText r : sketch.rules()) {
            if (!r.recordsFindings()) continue;
            String known = factors.isEmpty() ? "" : " (one of " + String.join(", ", new java.util.TreeSet<>(factors.keySet())) + ")";
            if (r.factor() == null) {
                problems.add(new Problem(r.file(), r.line(), 0, "rule \"" + r.name() + "\" records a finding but has no"
                        + " @factor; add @factor(\"...\") naming the factor it scores" + known));
                continue;
            }
            if (factors.isEmpty()) continue;
            String tierOfFactor = factors.get(r.factor());
            if (tierOfFactor == null) {
                problems.add(new Problem(r.file(), r.factorLine(), 0, "rule \"" + r.name() + "\" has @factor(\"" + r.factor()
                        + "\"), which no rule declares, so its findings would land in no score"
                        + org.seccom.scenario.Suggest.didYouMean(r.factor(), factors.keySet())
                        + "; name a declared factor" + known));
                continue;
            }
            String expected = tierOfFactor.startsWith("tier-") ? tierOfFactor.substring("tier-".length()) : tierOfFactor;
            if (!expected.equals(r.tier()) && !tierOfFactor.equals(r.tier())) {
                problems.add(new Problem(r.file(), r.tierLine() > 0 ? r.tierLine() : r.line(), 0, "rule \"" + r.name()
                        + "\" has @tier(\"" + r.tier() + "\"), but its factor '" + r.factor() + "' is in " + tierOfFactor
                        + "; write @tier(\"" + expected + "\")"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private static List<ParameterUse> parameterUses(List<RuleSource> sources) {
        List<ParameterUse> uses = new ArrayList<>();
        for (RuleSource s : sources) {
            List<String> lines = s.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int comment = line.indexOf("//");
                String code = comment >= 0 && !line.substring(0, comment).contains("\"") ? line.substring(0, comment) : line;
                Matcher m = PARAMETER_KEY.matcher(code);
                while (m.find()) uses.add(new ParameterUse(s.name(), i + 1, m.start() + 1, m.group(1)));
            }
        }
        return List.copyOf(uses);
    }

    private static List<Problem> compileProblems(List<Message> errors, Map<String, String> displayName,
                                                 Map<String, String> textOf) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Message m : errors) {
            String file = m.getPath() == null ? "rules" : displayName.getOrDefault(m.getPath(), m.getPath());
            String full = m.getText().strip();
            // The parser follows each syntax error with this; it adds nothing a person can act on.
            if (full.startsWith("Parser returned a null Package")) continue;
            String text = full.lines().findFirst().orElse(full);
            int line = m.getLine();
            int column = 0;
            Matcher place = PARSER_PLACE.matcher(text);
            if (place.find()) { // "[ERR 102] Line 9:0 mismatched ...": the place leads the message instead
                line = Integer.parseInt(place.group(1));
                column = Integer.parseInt(place.group(2)) + 1;
                text = place.replaceFirst("");
            }
            Matcher rule = RULE_NAME.matcher(full);
            if (rule.find()) {
                text = text + " (in rule \"" + rule.group(1) + "\")";
                if (line <= 0) line = lineOfRule(textOf.get(file), rule.group(1));
            }
            String detail = full.lines().filter(l -> l.startsWith("[Error:")).findFirst().orElse("");
            if (!detail.isEmpty()) text = text + " " + detail;
            Problem p = new Problem(file, line, line > 0 ? column : 0, text);
            problems.putIfAbsent(p.toString(), p);
        }
        if (problems.isEmpty()) {
            Message m = errors.get(0);
            problems.put("", new Problem(displayName.getOrDefault(m.getPath(), "rules"), m.getLine(), 0, m.getText()));
        }
        return new ArrayList<>(problems.values());
    }

    /** The line of {@code rule "name"} in a rule file, or 0 when it cannot be found. */
    private static int lineOfRule(String text, String name) {
        if (text == null) return 0;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("rule") && l.contains("\"" + name + "\"")) return i + 1;
        }
        return 0;
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, String> displayName, Map<String, String> textOf) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                String file = "?";
                int order = 0;
                if (r instanceof RuleImpl impl) {
                    order = impl.getLoadOrder();
                    if (impl.getResource() != null) {
                        String path = impl.getResource().getSourcePath();
                        file = displayName.getOrDefault(path, path);
                    }
                }
                Map<String, Object> meta = r.getMetaData();
                rules.add(new RuleInfo(file, lineOfRule(textOf.get(file), r.getName()), order, r.getName(), str(meta.get("tier")), str(meta.get("factor")),
                        str(meta.get("mechanism"))));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::order).thenComparing(RuleInfo::name));
        return rules;
    }

    private static void checkMetadata(List<RuleInfo> rules) {
        List<Problem> problems = new ArrayList<>();
        for (RuleInfo r : rules) {
            if (r.tier() == null) {
                problems.add(new Problem(r.file(), r.line(), 0, "rule \"" + r.name()
                        + "\" has no @tier; give it @tier(\"1\"), \"2\" or \"3\" (with @factor) or the stage it serves,"
                        + " e.g. @tier(\"scoring\") or @tier(\"phase\")"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
