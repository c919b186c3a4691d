package org.seccom.cli;

import java.nio.file.Path;
import java.util.List;
import org.seccom.report.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a command writes its report, and which formats it writes. */
final class ReportOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all; never an input, a link, a folder or a special file) instead of standard output.")
    Path output;

    void write(String text, List<Path> inputs, CommandSpec spec) {
        Output.write(text, output, "-o", inputs, spec.commandLine().getOut());
    }

    /**
     * Writes the report after checking both it and the figure's file (neither an input, a link or a
     * special file, nor the same file), so that a refused figure leaves no report behind either.
     */
    void write(String text, List<Path> inputs, CommandSpec spec, ChartOptions chart) {
        Output.check(output, "-o", inputs);
        if (chart.chart != null) {
            Output.check(chart.chart, "--chart", inputs);
            if (output != null && Output.resolved(output).equals(Output.resolved(chart.chart))) {
                throw new UsageException("-o and --chart name the same file (" + output + "); give each its own");
            }
        }
        write(text, inputs, spec);
    }

    /** Refuses a format the command does not write, naming those it does. */
    static void accept(String command, Format format, List<Format> formats) {
        if (!formats.contains(format)) {
            throw new UsageException(command + " does not write " + format + "; it writes " + list(formats));
        }
    }

    private static String list(List<Format> formats) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < formats.size(); i++) {
            if (i > 0) s.append(i == formats.size() - 1 ? " or " : ", ");
            s.append(formats.get(i));
        }
        return s.toString();
    }
}
