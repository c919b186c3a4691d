package org.seccom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.seccom.report.chart.Figure;
import picocli.CommandLine.Option;

/** The main figure of a command that draws one, written alone for papers and slides. */
final class ChartOptions {
    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also write the report's main figure alone to FILE, for papers and slides: SVG"
                    + " (vector) when FILE ends in .svg, PNG (about 300 dpi at its size) when it ends in .png.")
    Path chart;

    /** A --chart file must end in .svg or .png: checked before any work is done. */
    void check() {
        if (chart != null) kind();
    }

    /** Writes the figure to --chart, when given, whole or not at all and never over an input. */
    void write(Supplier<Figure> figure, List<Path> inputs) {
        if (chart == null) return;
        Figure f = figure.get();
        if (kind().equals("svg")) Output.write(f.svgDocument(), chart, "--chart", inputs, null);
        else Output.write(f.png(4), chart, "--chart", inputs);
    }

    private String kind() {
        String name = chart.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) return "svg";
        if (name.endsWith(".png")) return "png";
        throw new UsageException("--chart " + chart + ": the file must end in .svg or .png");
    }
}
