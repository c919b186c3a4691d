package org.seccom.cli;

import java.nio.file.Path;
import java.util.List;
import org.seccom.report.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How and where a command writes its report. */
final class ReportOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path output;

    void write(String text, List<Path> inputs, CommandSpec spec) {
        Output.write(text, output, inputs, spec.commandLine().getOut());
    }
}
