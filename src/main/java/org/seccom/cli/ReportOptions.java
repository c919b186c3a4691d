package org.seccom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.seccom.report.Format;
import org.seccom.report.chart.Figure;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a command writes its report, and its main figure. */
final class ReportOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also write the report's main figure alone to FILE, for papers and slides: SVG"
                    + " (vector) when FILE ends in .svg, PNG (about 300 dpi at its size) when it ends in .png.")
    Path chart;

    void write(String text, List<Path> inputs, CommandSpec spec) {
        Output.write(text, output, inputs, spec.commandLine().getOut());
    }

    /** Writes the figure to --chart, when given; checked before any work is done by {@link #checkChart}. */
    void writeChart(Supplier<Figure> figure, List<Path> inputs) {
        if (chart == null) return;
        Figure f = figure.get();
        if (chartKind().equals("svg")) Output.write(f.svgDocument(), chart, inputs, null);
        else Output.write(f.png(4), chart, inputs);
    }

    /** A --chart file must end in .svg or .png. */
    void checkChart() {
        if (chart != null) chartKind();
    }

    private String chartKind() {
        String name = chart.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) return "svg";
        if (name.endsWith(".png")) return "png";
        throw new UsageException("--chart " + chart + ": the file must end in .svg or .png");
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
