package org.seccom.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A drawing of a given size that can be written as SVG (inline in an HTML report, or alone for a
 * paper) or as PNG at print resolution. SVG output is deterministic: JFreeSVG's element ids take
 * the figure's own prefix instead of a time-based one.
 */
public final class Figure {
    /** The font family every figure uses; JFreeSVG writes the logical SansSerif as sans-serif. */
    static final String FONT = Font.SANS_SERIF;

    private final String id;
    private final String title;
    private final int width;
    private final int height;
    private final BiConsumer<Graphics2D, Rectangle2D> painter;

    Figure(String id, String title, int width, int height, BiConsumer<Graphics2D, Rectangle2D> painter) {
        this.id = id;
        this.title = title;
        this.width = width;
        this.height = height;
        this.painter = painter;
    }

    static Figure of(String id, JFreeChart chart, int width, int height) {
        return new Figure(id, chart.getTitle() == null ? id : chart.getTitle().getText(), width, height, chart::draw);
    }

    /** A short name for the figure, used for element ids ("tiers", "network"). */
    public String id() {
        return id;
    }

    /** What the figure shows, for captions and the SVG's title. */
    public String title() {
        return title;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The figure as an {@code <svg>} element (no XML prolog), to inline in HTML. */
    public String svgElement() {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("seccom-" + id + "-");
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
        // With a viewBox the drawing scales to the width the page gives it.
        return g.getSVGElement("seccom-" + id, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** The figure as a standalone SVG document. */
    public String svgDocument() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement() + "\n";
    }

    /** The figure as PNG, {@code scale} pixels per point (4 gives about 300 dots per inch in print). */
    public byte[] png(int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width * scale, height * scale);
            g.scale(scale, scale);
            painter.accept(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
