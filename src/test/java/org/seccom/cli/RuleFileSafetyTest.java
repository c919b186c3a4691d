package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.seccom.engine.Engine;

/**
 * A rule file from outside the installation is untrusted: each known way for its Java to reach
 * outside the rules is refused before Drools compiles it (exit 2, the file and line named, the
 * escape not made), given with --add-rules or in a folder given with --rules; a rule that runs away
 * at run time is stopped and named.
 */
class RuleFileSafetyTest {
    private static final String CSTO = "scenarios/csto-2017.yaml";
    private static final String MARKER = "MARKER";

    /** A rule whose consequence is the given statement, on line 8. */
    private static String inConsequence(String statement) {
        return """
                package seccom.rules;
                import org.seccom.model.*;

                rule "escape"
                    @tier("framework")
                when
                then
                    %s
                end
                """.formatted(statement);
    }

    /** name, rule file text (MARKER stands for a file the escape would create), line of the offence. */
    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("System.exit", inConsequence("System.exit(3);"), 8),
                Arguments.of("Runtime.exec", inConsequence("Runtime.getRuntime().exec(new String[] {\"touch\", \"MARKER\"});"), 8),
                Arguments.of("ProcessBuilder", inConsequence("new ProcessBuilder(\"touch\", \"MARKER\").start();"), 8),
                Arguments.of("Class.forName", inConsequence(
                        "Object r = Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);"), 8),
                Arguments.of("getClass().getMethod", inConsequence("Object o = \"x\".getClass().getMethod(\"length\").invoke(\"x\");"), 8),
                Arguments.of("setAccessible", inConsequence(
                        "java.lang.reflect.Field f = String.class.getDeclaredField(\"value\"); f.setAccessible(true);"), 8),
                Arguments.of("java.io.File", inConsequence("new java.io.File(\"MARKER\").createNewFile();"), 8),
                Arguments.of("java.nio.file.Files", inConsequence(
                        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"x\");"), 8),
                Arguments.of("java.net.URL", inConsequence("new java.net.URL(\"http://127.0.0.1:9/\").openStream();"), 8),
                Arguments.of("Socket", inConsequence("new java.net.Socket(\"127.0.0.1\", 9);"), 8),
                Arguments.of("fully qualified call", inConsequence(
                        "java.lang.Runtime.getRuntime().exec(new String[] {\"touch\", \"MARKER\"});"), 8),
                Arguments.of("script engine", inConsequence(
                        "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1\");"), 8),
                Arguments.of("thread in a lambda", inConsequence("java.util.List.of(1).forEach(x -> System.exit(4));"), 8),
                Arguments.of("try swallowing", inConsequence("try { insert(\"x\"); } catch (Throwable t) { }"), 8),
                Arguments.of("synchronized", inConsequence("synchronized (\"x\") { insert(\"x\"); }"), 8),
                Arguments.of("infinite loop", inConsequence("while (true) { }"), 8),
                Arguments.of("drools.getKieRuntime", inConsequence("drools.getKieRuntime().halt();"), 8),
                Arguments.of("kcontext", inConsequence("kcontext.getKieRuntime().halt();"), 8),
                Arguments.of("import", """
                        package seccom.rules;
                        import org.seccom.model.*;
                        import java.io.File;

                        rule "escape"
                            @tier("framework")
                        when
                        then
                            new File("MARKER").createNewFile();
                        end
                        """, 3),
                Arguments.of("declared type initialiser", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        declare Evil
                            made : Object = java.nio.file.Files.createFile(java.nio.file.Path.of("MARKER"))
                        end

                        rule "escape"
                            @tier("framework")
                        when
                        then
                            insert(new Evil());
                        end
                        """, 5),
                Arguments.of("declared type extending Thread", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        declare Evil extends java.lang.Thread
                            n : int
                        end
                        """, 4),
                Arguments.of("declared type static initialiser", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        declare Evil
                            static { System.exit(5); }
                        end
                        """, 5),
                Arguments.of("MVEL dialect", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "escape"
                            @tier("framework")
                            dialect "mvel"
                        when
                        then
                            System.exit(6);
                        end
                        """, 6),
                Arguments.of("MVEL dialect for the package", """
                        package seccom.rules;
                        import org.seccom.model.*;
                        dialect "mvel"

                        rule "escape"
                            @tier("framework")
                        when
                        then
                            insert("x");
                        end
                        """, 3),
                Arguments.of("constraint", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "escape"
                            @tier("framework")
                        when
                            Grouping(java.nio.file.Files.createFile(java.nio.file.Path.of("MARKER")) != null)
                        then
                        end
                        """, 7),
                Arguments.of("eval", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "escape"
                            @tier("framework")
                        when
                            eval(new java.io.File("MARKER").createNewFile())
                        then
                        end
                        """, 7),
                Arguments.of("from", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "escape"
                            @tier("framework")
                        when
                            $x : Object() from java.nio.file.Files.createFile(java.nio.file.Path.of("MARKER"))
                        then
                        end
                        """, 7),
                Arguments.of("function", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        function void escape() {
                            System.exit(7);
                        }

                        rule "escape"
                            @tier("framework")
                        when
                        then
                            escape();
                        end
                        """, 5),
                Arguments.of("salience expression", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "escape"
                            @tier("framework")
                            salience (java.nio.file.Files.createFile(java.nio.file.Path.of("MARKER")) == null ? 1 : 0)
                        when
                        then
                        end
                        """, 6));
    }

    private static String marked(String drl, Path dir) {
        return drl.replace(MARKER, dir.resolve("marker").toString().replace("\\", "/"));
    }

    @ParameterizedTest(name = "--add-rules: {0}")
    @MethodSource("escapes")
    void anEscapeGivenWithAddRulesIsRefusedBeforeItRuns(String name, String drl, int line, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("escape.drl");
        Files.writeString(file, marked(drl, dir));
        CliRun r = CliRun.of("assess", CSTO, "--add-rules", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":" + line + ":").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(dir.resolve("marker")).doesNotExist();
    }

    @ParameterizedTest(name = "--rules: {0}")
    @MethodSource("escapes")
    void anEscapeInAFolderGivenWithRulesIsRefusedBeforeItRuns(String name, String drl, int line, @TempDir Path dir) throws IOException {
        Path rules = copyOfShippedRules(dir);
        Path file = rules.resolve("99-escape.drl");
        Files.writeString(file, marked(drl, dir));
        CliRun r = CliRun.of("assess", CSTO, "--rules", rules.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":" + line + ":").doesNotContain("\tat ");
        assertThat(dir.resolve("marker")).doesNotExist();
    }

    private static Path copyOfShippedRules(Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path p : files.toList()) Files.copy(p, rules.resolve(p.getFileName()));
        }
        return rules;
    }

    @Test
    void theShippedRulesGivenWithRulesPassTheCheck() {
        CliRun r = CliRun.of("assess", CSTO, "--rules", "rules");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void trustRulesLetsARuleWithACallOutsideTheAllowListCompile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trusted.drl");
        Files.writeString(file, inConsequence("insert(Long.valueOf(System.nanoTime()));")
                .replace("rule \"escape\"", "rule \"reads a property\""));
        CliRun refused = CliRun.of("assess", CSTO, "--add-rules", file.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(file + ":8:").contains("--trust-rules");
        CliRun trusted = CliRun.of("assess", CSTO, "--add-rules", file.toString(), "--trust-rules");
        assertThat(trusted.err()).doesNotContain(file + ":8:");
        assertThat(trusted.code()).as(trusted.err()).isZero();
    }

    /** Rules that run away at run time: stopped, named, exit 2, no raw error. */
    static Stream<Arguments> runaways() {
        return Stream.of(
                Arguments.of("re-insertion", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        declare Tick
                            n : int
                        end

                        rule "start ticking"
                            @tier("framework")
                        when
                        then
                            insert(new Tick(0));
                        end

                        rule "tick again"
                            @tier("framework")
                        when
                            Tick($n : n)
                        then
                            insert(new Tick($n + 1));
                        end
                        """, "tick again", 15),
                Arguments.of("unbounded recursion", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        function int deeper(int n) {
                            return deeper(n + 1) + 1;
                        }

                        rule "recurse"
                            @tier("framework")
                        when
                        then
                            insert(Integer.valueOf(deeper(0)));
                        end
                        """, "recurse", 8),
                Arguments.of("allocation", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "allocate"
                            @tier("framework")
                        when
                        then
                            long[] all = new long[Integer.MAX_VALUE - 8];
                            insert(Integer.valueOf(all.length));
                        end
                        """, "allocate", 4),
                Arguments.of("a loop that does not end in time", """
                        package seccom.rules;
                        import org.seccom.model.*;

                        rule "spin"
                            @tier("framework")
                        when
                        then
                            long n = 0;
                            for (Object a : java.util.Collections.nCopies(Integer.MAX_VALUE, "a")) {
                                for (Object b : java.util.Collections.nCopies(Integer.MAX_VALUE, "b")) { n = n + 1; }
                            }
                            insert(Long.valueOf(n));
                        end
                        """, "spin", 4));
    }

    @ParameterizedTest(name = "runaway: {0}")
    @MethodSource("runaways")
    void aRuleThatRunsAwayIsStoppedAndNamed(String name, String drl, String rule, int line, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("runaway.drl");
        Files.writeString(file, drl);
        String old = System.getProperty(Engine.TIME_LIMIT_PROPERTY);
        System.setProperty(Engine.TIME_LIMIT_PROPERTY, "3");
        try {
            CliRun r = CliRun.of("assess", CSTO, "--add-rules", file.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains(file + ":" + line + ":").contains("\"" + rule + "\"")
                    .doesNotContain("StackOverflowError").doesNotContain("\tat ");
        } finally {
            if (old == null) System.clearProperty(Engine.TIME_LIMIT_PROPERTY);
            else System.setProperty(Engine.TIME_LIMIT_PROPERTY, old);
        }
    }

}
