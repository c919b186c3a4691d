package org.seccom.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.seccom.scenario.InvalidInputException;
import org.seccom.scenario.Problem;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "seccom",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Is this group of states a security community, how far along, and what would change the answer?",
            "Rules (rules/*.drl) encode Adler and Barnett's three tiers and Deutsch's conditions; scenarios"
                    + " (YAML) hold the sourced facts.",
            ""},
        subcommands = {AssessCommand.class, WhatIfCommand.class, TimelineCommand.class, CompareCommand.class,
                SubgroupsCommand.class, ValidateCommand.class,
                RobustnessCommand.class, ReachCommand.class, TestCommand.class, RulesCommand.class, SchemaCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 unexpected failure (and, for seccom test, a failed expectation), 2 bad usage,"
                + " invalid input, or output that cannot be written (a refused or unwritable file, a full disk,"
                + " standard output cut short).%n"})
public final class Main {
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error (for reporting a bug).")
    boolean stacktrace;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log more to standard error (-vv for debugging).")
    boolean[] verbose = new boolean[0];

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        // System.out keeps write errors to itself (a full disk, a closed pipe): ask it.
        System.out.flush();
        if (System.out.checkError() && code == 0) {
            cl.getErr().println("seccom: " + Output.stdoutFailed().getMessage());
            cl.getErr().flush();
            code = 2;
        }
        System.exit(code);
    }

    /** The command line, with error handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parseResult -> {
            setLogLevel(main.verbose.length);
            // Scenario text reaches the terminal through these: control characters are shown escaped.
            cl.setOut(TerminalText.escaping(cl.getOut()));
            cl.setErr(TerminalText.escaping(cl.getErr()));
            int code = new CommandLine.RunLast().execute(parseResult);
            PrintWriter out = parseResult.commandSpec().commandLine().getOut();
            if (out.checkError() && code == 0) { // checkError flushes first
                PrintWriter err = parseResult.commandSpec().commandLine().getErr();
                err.println("seccom: " + Output.stdoutFailed().getMessage());
                err.flush();
                return 2;
            }
            return code;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code;
            if (ex instanceof InvalidInputException invalid) {
                for (Problem p : invalid.problems()) err.println(p);
                code = 2;
            } else if (ex instanceof UsageException usage) {
                err.println("seccom: " + usage.getMessage());
                code = 2;
            } else {
                err.println("seccom: unexpected failure: " + ex.getMessage());
                if (!main.stacktrace) err.println("(run again with --stacktrace to see where)");
                code = 1;
            }
            if (main.stacktrace) ex.printStackTrace(err);
            err.flush();
            return code;
        });
        return cl;
    }

    private static void setLogLevel(int verbosity) {
        if (!(LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root)) return;
        if (verbosity >= 2) {
            root.setLevel(Level.DEBUG);
            ((Logger) LoggerFactory.getLogger("org.drools")).setLevel(Level.DEBUG);
            ((Logger) LoggerFactory.getLogger("org.kie")).setLevel(Level.DEBUG);
        } else if (verbosity == 1) {
            ((Logger) LoggerFactory.getLogger("org.seccom")).setLevel(Level.DEBUG);
            root.setLevel(Level.INFO);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"seccom " + (v == null ? "(development build)" : v)};
        }
    }
}
