package org.seccom.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seccom.model.Fact;
import org.seccom.model.Kind;
import org.seccom.model.Relevance;

/**
 * What the rule files say, read from their text without compiling them: each rule with its place,
 * metadata and the kinds of fact it matches, the factors they declare, which kinds any rule reads
 * and which it reads after their end (inside a {@code Past(...)} pattern). {@code validate} uses it
 * to say which facts cannot count, and the compiler to check each rule's {@code @factor} and
 * {@code @tier} before anything runs.
 */
public record RuleSketch(List<RuleText> rules, Map<String, String> factors, Set<String> kindsRead,
                         Set<String> kindsOutlasting) {

    /** A rule as written: file, line of {@code rule "..."}, lines of its metadata, and what it reads. */
    public record RuleText(String file, int line, String name, String tier, int tierLine, String factor, int factorLine,
                           boolean recordsFindings, Set<String> kinds) {}

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern TIER = Pattern.compile("@tier\\s*\\(\\s*\"?([^\")]*)\"?\\s*\\)");
    private static final Pattern FACTOR = Pattern.compile("@factor\\s*\\(\\s*\"?([^\")]*)\"?\\s*\\)");
    private static final Pattern DECLARED = Pattern.compile("new\\s+Factor\\s*\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");
    private static final Pattern FINDING = Pattern.compile("Findings\\s*\\.\\s*(of|event)\\s*\\(");
    /** Fact classes by simple name, with their {@code kind:} name. */
    private static final Map<String, String> KINDS = new TreeMap<>();

    static {
        for (Class<?> c : Fact.class.getPermittedSubclasses()) KINDS.put(c.getSimpleName(), c.getAnnotation(Kind.class).value());
    }

    /** The kind names of every fact class. */
    public static Set<String> allKinds() {
        return new TreeSet<>(KINDS.values());
    }

    public static RuleSketch of(List<RuleSource> sources) {
        List<RuleText> rules = new ArrayList<>();
        Map<String, String> factors = new LinkedHashMap<>();
        Set<String> read = new TreeSet<>();
        Set<String> outlasting = new TreeSet<>();
        for (RuleSource s : sources) {
            List<String> lines = s.text().lines().map(RuleSketch::code).toList();
            String whole = String.join("\n", lines);
            Matcher d = DECLARED.matcher(whole);
            while (d.find()) factors.putIfAbsent(d.group(1), d.group(2));
            read.addAll(kindsIn(whole));
            outlasting.addAll(pastKinds(whole));
            for (int i = 0; i < lines.size(); i++) {
                Matcher r = RULE.matcher(lines.get(i));
                if (!r.find()) continue;
                String tier = null;
                String factor = null;
                int tierLine = 0;
                int factorLine = 0;
                StringBuilder body = new StringBuilder();
                int j = i;
                for (; j < lines.size() && (j == i || !END.matcher(lines.get(j)).find()); j++) {
                    String l = lines.get(j);
                    Matcher t = TIER.matcher(l);
                    if (tier == null && t.find()) { tier = t.group(1); tierLine = j + 1; }
                    Matcher f = FACTOR.matcher(l);
                    if (factor == null && f.find()) { factor = f.group(1); factorLine = j + 1; }
                    body.append(l).append('\n');
                }
                rules.add(new RuleText(s.name(), i + 1, r.group(1), tier, tierLine, factor, factorLine,
                        FINDING.matcher(body).find(), kindsIn(body.toString())));
                i = j;
            }
        }
        return new RuleSketch(List.copyOf(rules), Map.copyOf(factors), read, outlasting);
    }

    /** What the rules say about which facts can count. */
    public Relevance relevance() {
        return new Relevance(kindsRead, kindsOutlasting);
    }

    /** Factor name to the kinds of fact read by the rules that record findings for it. */
    public Map<String, Set<String>> kindsByFactor() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String f : factors.keySet()) out.put(f, new TreeSet<>());
        for (RuleText r : rules) {
            if (r.recordsFindings() && r.factor() != null && out.containsKey(r.factor())) out.get(r.factor()).addAll(r.kinds());
        }
        return out;
    }

    /** The line without its {@code //} comment (when the comment is not inside a string). */
    private static String code(String line) {
        int comment = line.indexOf("//");
        return comment >= 0 && !line.substring(0, comment).contains("\"") ? line.substring(0, comment) : line;
    }

    private static Set<String> kindsIn(String text) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Map.Entry<String, String> k : KINDS.entrySet()) {
            if (Pattern.compile("(?<![\\w.])" + k.getKey() + "\\s*\\(|instanceof\\s+" + k.getKey() + "\\b").matcher(text).find()) {
                kinds.add(k.getValue());
            }
        }
        return kinds;
    }

    /** The kinds named in {@code Past(...)} patterns; every kind when one such pattern names none. */
    private static Set<String> pastKinds(String text) {
        Set<String> kinds = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.])Past\\s*\\(").matcher(text);
        while (m.find()) {
            int depth = 1;
            int k = m.end();
            while (k < text.length() && depth > 0) {
                char c = text.charAt(k++);
                if (c == '(') depth++;
                else if (c == ')') depth--;
            }
            Set<String> named = new TreeSet<>();
            Matcher n = Pattern.compile("instanceof\\s+(\\w+)").matcher(text.substring(m.end(), k));
            while (n.find()) if (KINDS.containsKey(n.group(1))) named.add(KINDS.get(n.group(1)));
            kinds.addAll(named.isEmpty() ? KINDS.values() : named);
        }
        return kinds;
    }
}
