package org.seccom.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.seccom.scenario.Problem;

/**
 * A forbidden call put anywhere in the consequence of any shipped rule is refused, at the line it
 * was put on: the check reads the consequence as Java, not line by line or by pattern.
 */
class RuleCheckerPropertiesTest {
    private static final List<RuleSource> SHIPPED = RuleBase.readFolder(Path.of("rules"));

    private static final List<String> FORBIDDEN = List.of(
            "System.exit(1);",
            "Runtime.getRuntime().exec(\"touch x\");",
            "new ProcessBuilder(\"touch\", \"x\").start();",
            "Object c = Class.forName(\"java.lang.Runtime\");",
            "Object m = \"x\".getClass().getMethod(\"length\");",
            "new java.io.File(\"x\").delete();",
            "java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));",
            "Object u = new java.net.URL(\"http://127.0.0.1/\");",
            "Object s = new java.net.Socket(\"127.0.0.1\", 9);",
            "java.lang.Runtime.getRuntime().halt(1);",
            "while (true) { }",
            "Thread t = new Thread();",
            "drools.getKieRuntime().halt();",
            "try { insert(\"x\"); } catch (Throwable t) { }",
            "org.drools.core.util.StringUtils.isEmpty(\"x\");");

    /** Where a statement can go: the file, and a line inside a consequence (before which it is put). */
    record Spot(int file, int line) {}

    @Provide
    Arbitrary<Spot> spots() {
        List<Spot> all = new ArrayList<>();
        for (int f = 0; f < SHIPPED.size(); f++) {
            List<String> lines = SHIPPED.get(f).text().lines().toList();
            boolean inThen = false;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.equals("then")) {
                    inThen = true;
                } else if (inThen) {
                    // before a line that starts a statement (not inside a multi-line expression)
                    String prev = lines.get(i - 1).strip();
                    if (prev.equals("then") || prev.endsWith(";") || prev.endsWith("{") || prev.endsWith("}")) all.add(new Spot(f, i));
                    if (l.equals("end")) inThen = false;
                }
            }
        }
        return Arbitraries.of(all);
    }

    @Property(tries = 60)
    void aForbiddenStatementAnywhereInAConsequenceIsRefusedAtItsLine(@ForAll("spots") Spot spot,
            @ForAll("forbidden") String statement, @ForAll("indents") String indent) {
        RuleSource file = SHIPPED.get(spot.file());
        List<String> lines = new ArrayList<>(file.text().lines().toList());
        lines.add(spot.line(), indent + statement);
        RuleSource changed = new RuleSource(file.name(), String.join("\n", lines) + "\n");
        List<RuleSource> context = new ArrayList<>(SHIPPED);
        context.remove(spot.file());
        List<Problem> problems = RuleChecker.check(List.of(changed), context.stream().map(RuleSource::trust).toList(),
                new ArrayList<>());
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file.name());
            assertThat(p.line()).isEqualTo(spot.line() + 1);
            assertThat(p.column()).isGreaterThan(indent.length());
        });
    }

    @Provide
    Arbitrary<String> forbidden() {
        return Arbitraries.of(FORBIDDEN);
    }

    @Provide
    Arbitrary<String> indents() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(" ", "\t"))
                .as((n, c) -> c.repeat(n * 4 / c.length()));
    }
}
