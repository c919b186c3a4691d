package org.seccom.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.seccom.engine.Subgroups;
import org.seccom.model.Assessment;
import org.seccom.model.Bands;
import org.seccom.model.Comparison;
import org.seccom.model.Dyad;
import org.seccom.model.Factor;
import org.seccom.model.Finding;
import org.seccom.model.Subgroup;
import org.seccom.model.TimelineStep;
import org.seccom.model.WhatIf;
import org.seccom.model.Whole;
import org.seccom.report.TrustNetwork;

/**
 * The report's figures, drawn with JFreeChart (and, for the trust network, JGraphT's circular layout
 * on a plain Graphics2D): scores against the band thresholds, findings' points by factor, the
 * members' trust network, a what-if's deltas, a timeline, a comparison and sub-groups.
 */
public final class Charts {
    private Charts() {}

    static final Color TIER = new Color(0x1F4E79);
    static final Color FACTOR = new Color(0x5B9BD5);
    static final Color FOR = new Color(0x2E7D32);
    static final Color AGAINST = new Color(0xC62828);
    static final Color WEAK_BAND = new Color(0xFBE9E7);
    static final Color PARTIAL_BAND = new Color(0xFFF8E1);
    static final Color MET_BAND = new Color(0xE8F5E9);
    static final Color[] SERIES = {new Color(0x1F4E79), new Color(0xED7D31), new Color(0x70AD47), new Color(0x7F7F7F)};

    private static final StandardChartTheme THEME = theme();

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("seccom");
        t.setExtraLargeFont(new Font(Figure.FONT, Font.BOLD, 15));
        t.setLargeFont(new Font(Figure.FONT, Font.BOLD, 12));
        t.setRegularFont(new Font(Figure.FONT, Font.PLAIN, 11));
        t.setSmallFont(new Font(Figure.FONT, Font.PLAIN, 10));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(new Color(0xDDDDDD));
        t.setRangeGridlinePaint(new Color(0xDDDDDD));
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        return t;
    }

    private static JFreeChart themed(JFreeChart chart) {
        THEME.apply(chart);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        return chart;
    }

    /**
     * Shaded weak, partial and met bands, and lines at their thresholds, on a 0-100 score axis; the
     * thresholds are the profile's (band.partial, band.met), as the assessment carries them.
     */
    private static void bands(CategoryPlot plot, Bands b) {
        plot.addRangeMarker(new IntervalMarker(0, b.partial(), WEAK_BAND), Layer.BACKGROUND);
        plot.addRangeMarker(new IntervalMarker(b.partial(), b.met(), PARTIAL_BAND), Layer.BACKGROUND);
        plot.addRangeMarker(new IntervalMarker(b.met(), 100, MET_BAND), Layer.BACKGROUND);
        for (boolean partial : new boolean[] {true, false}) {
            double v = partial ? b.partial() : b.met();
            ValueMarker m = new ValueMarker(v, new Color(0x9E9E9E), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            m.setLabel((partial ? "partial " : "met ") + Bands.plain(v));
            m.setLabelFont(new Font(Figure.FONT, Font.PLAIN, 10));
            m.setLabelPaint(new Color(0x616161));
            m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
    }

    private static NumberAxis scoreAxis(CategoryPlot plot) {
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, 100);
        axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(10));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        return axis;
    }

    /** The tiers and their factors, and Deutsch's conditions, scored against the bands. */
    public static Figure tiers(Assessment a) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Whole w : a.wholes()) {
            if (w.name().equals("deutsch")) continue;
            boolean tier = a.isTier(w.name());
            data.addValue(a.score(w.name()), tier ? "tier" : "Deutsch's condition", label(w.label()));
            if (tier) {
                for (Factor f : a.factorsOf(w.name())) data.addValue(a.score(f.name()), "factor", "   " + f.label());
            }
        }
        for (Factor f : a.factorsOf("indicators")) data.addValue(a.score(f.name()), "indicators", label(f.label()));
        JFreeChart chart = themed(ChartFactory.createBarChart(a.scenario().scenario() + ": scores against the bands",
                null, "score (0-100)", data, PlotOrientation.HORIZONTAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        scoreAxis(plot);
        bands(plot, a.bands());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setItemMargin(-2.0); // one bar per category: each category has a value in one series only
        r.setMaximumBarWidth(0.8);
        Color[] colours = {TIER, FACTOR, new Color(0x8E44AD), new Color(0x7F7F7F)};
        for (int i = 0; i < data.getRowCount(); i++) r.setSeriesPaint(i, colours[Math.min(i, colours.length - 1)]);
        valueLabels(r);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        int rows = data.getColumnCount();
        return Figure.of("tiers", chart, 860, 90 + rows * 22);
    }

    private static void valueLabels(BarRenderer r) {
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(Figure.FONT, Font.PLAIN, 9));
    }

    private static String label(String s) {
        // "Tier 3: necessary conditions of ..." is long for an axis; the tier number and its name's start.
        return s.length() > 64 ? s.substring(0, 61) + "..." : s;
    }

    /** The findings' points by factor: for (above zero) and against (below), stacked. */
    public static Figure points(Assessment a) {
        Map<String, double[]> byFactor = new LinkedHashMap<>();
        for (Factor f : a.factors()) byFactor.put(f.name(), new double[2]);
        for (Finding f : a.findings()) {
            double[] fa = byFactor.computeIfAbsent(f.factor(), k -> new double[2]);
            if (f.points() > 0) fa[0] += f.points(); else fa[1] += f.points();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Factor> ordered = new ArrayList<>();
        for (Factor f : a.factors()) if (!f.tier().equals("indicators")) ordered.add(f);
        for (Factor f : a.factors()) if (f.tier().equals("indicators")) ordered.add(f);
        for (Factor f : ordered) {
            double[] fa = byFactor.get(f.name());
            data.addValue(fa[0], "points for", f.label());
            data.addValue(fa[1], "points against", f.label());
        }
        JFreeChart chart = themed(ChartFactory.createStackedBarChart(a.scenario().scenario() + ": the findings' points by factor",
                null, "points (sum of findings)", data, PlotOrientation.HORIZONTAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)), Layer.FOREGROUND);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, FOR);
        r.setSeriesPaint(1, AGAINST);
        r.setMaximumBarWidth(0.7);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        return Figure.of("points", chart, 860, 90 + a.factors().size() * 24);
    }

    /**
     * The members' trust network: members on a circle (in code order), an edge where trust findings
     * concern a pair, green for net trust and red for net distrust, thicker the larger; core states ringed.
     */
    public static Figure network(TrustNetwork net) {
        int size = Math.max(420, Math.min(760, 260 + net.nodes().size() * 18));
        return new Figure("network", net.title() + ": trust between members", size, size + 40,
                (g, area) -> drawNetwork(g, area, net));
    }

    private static void drawNetwork(Graphics2D g, Rectangle2D area, TrustNetwork net) {
        g.setColor(Color.WHITE);
        g.fill(area);
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (TrustNetwork.Node n : net.nodes()) graph.addVertex(n.code());
        double w = area.getWidth();
        double margin = 70;
        LayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(area.getX() + margin, area.getY() + margin + 30,
                w - 2 * margin, w - 2 * margin));
        new CircularLayoutAlgorithm2D<String, DefaultEdge>((w - 2 * margin) / 2, Comparator.naturalOrder()).layout(graph, model);
        g.setFont(new Font(Figure.FONT, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(net.title() + ": trust between members", (float) area.getX() + 10, (float) area.getY() + 20);
        g.setFont(new Font(Figure.FONT, Font.PLAIN, 10));
        g.setColor(new Color(0x616161));
        g.drawString("green: net trust, red: net distrust (line width: size of the net points); ringed: core state",
                (float) area.getX() + 10, (float) area.getY() + 36);
        int edge = 0;
        for (Dyad d : net.edges()) {
            double t = edge++ % 2 == 0 ? 0.35 : 0.65; // labels off the middle, where the chords of a circle cross
            org.jgrapht.alg.drawing.model.Point2D a = model.get(d.a());
            org.jgrapht.alg.drawing.model.Point2D b = model.get(d.b());
            g.setColor(d.net() > 0 ? FOR : AGAINST);
            g.setStroke(new BasicStroke((float) (1 + Math.min(6, Math.abs(d.net()) / 8)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(a.getX(), a.getY(), b.getX(), b.getY()));
            g.setFont(new Font(Figure.FONT, Font.PLAIN, 9));
            String label = String.format(Locale.ROOT, "%+.0f", d.net());
            g.drawString(label, (float) (a.getX() + t * (b.getX() - a.getX()) + 3), (float) (a.getY() + t * (b.getY() - a.getY()) - 3));
        }
        g.setStroke(new BasicStroke(1.5f));
        for (TrustNetwork.Node n : net.nodes()) {
            org.jgrapht.alg.drawing.model.Point2D p = model.get(n.code());
            double r = 16;
            g.setColor(n.core() ? new Color(0xFFE082) : new Color(0xE3F2FD));
            g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
            g.setColor(TIER);
            g.draw(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
            if (n.core()) g.draw(new Ellipse2D.Double(p.getX() - r - 4, p.getY() - r - 4, 2 * r + 8, 2 * r + 8));
            g.setColor(Color.BLACK);
            g.setFont(new Font(Figure.FONT, Font.BOLD, 10));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(n.code(), (float) (p.getX() - fm.stringWidth(n.code()) / 2.0), (float) (p.getY() + 4));
            g.setFont(new Font(Figure.FONT, Font.PLAIN, 10));
            fm = g.getFontMetrics();
            String name = n.name() + (n.core() ? " (core)" : "");
            g.drawString(name, (float) (p.getX() - fm.stringWidth(name) / 2.0), (float) (p.getY() + r + 16));
        }
    }

    /** Baseline and counterfactual, tier by tier and factor by factor. */
    public static Figure whatIf(WhatIf w) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Assessment base = w.baseline();
        Assessment cf = w.whatIf();
        for (Whole whole : base.wholes()) {
            if (!base.isTier(whole.name())) continue;
            data.addValue(base.score(whole.name()), "baseline", label(whole.label()));
            data.addValue(cf.score(whole.name()), "what if", label(whole.label()));
            for (Factor f : base.factorsOf(whole.name())) {
                data.addValue(base.score(f.name()), "baseline", "   " + f.label());
                data.addValue(cf.score(f.name()), "what if", "   " + f.label());
            }
        }
        JFreeChart chart = themed(ChartFactory.createBarChart(cf.scenario().scenario() + ": baseline and what if",
                null, "score (0-100)", data, PlotOrientation.HORIZONTAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        scoreAxis(plot);
        bands(plot, cf.bands());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setSeriesPaint(0, new Color(0x9E9E9E));
        r.setSeriesPaint(1, TIER);
        r.setItemMargin(0.05);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        return Figure.of("whatif", chart, 860, 100 + data.getColumnCount() * 30);
    }

    /** Tier scores over time, the phase of each span shaded behind them, turning points marked. */
    public static Figure timeline(String title, List<TimelineStep> steps) {
        XYSeriesCollection data = new XYSeriesCollection();
        // The tiers the rules declare (as the first day has them); a day without evidence on a tier plots 0.
        List<Whole> declared = steps.isEmpty() ? List.of() : steps.get(0).assessment().tiers();
        List<String> tiers = declared.stream().map(Whole::name).toList();
        for (Whole tier : declared) {
            XYSeries s = new XYSeries(label(tier.label()));
            for (TimelineStep step : steps) s.add(millis(step.day()), step.assessment().score(tier.name()));
            data.addSeries(s);
        }
        JFreeChart chart = themed(ChartFactory.createXYLineChart(title + ": tier scores over time", null, "score (0-100)",
                data, PlotOrientation.VERTICAL, true, false, false));
        XYPlot plot = chart.getXYPlot();
        DateAxis time = new DateAxis(null);
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        time.setLocale(Locale.ROOT);
        time.setDateFormatOverride(utcYear());
        time.setLabelFont(THEME.getRegularFont());
        time.setTickLabelFont(THEME.getSmallFont());
        plot.setDomainAxis(time);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int t = 0; t < tiers.size(); t++) {
            r.setSeriesPaint(t, SERIES[t % SERIES.length]);
            r.setSeriesStroke(t, new BasicStroke(2f));
            r.setSeriesShapesVisible(t, steps.size() <= 60);
        }
        Map<String, Color> phaseColours = phaseColours();
        int i = 0;
        while (i < steps.size()) {
            int j = i;
            String phase = steps.get(i).assessment().phase().value();
            while (j + 1 < steps.size() && steps.get(j + 1).assessment().phase().value().equals(phase)) j++;
            double from = millis(steps.get(i).day());
            double to = j + 1 < steps.size() ? millis(steps.get(j + 1).day()) : millis(steps.get(j).day()) + 1;
            IntervalMarker band = new IntervalMarker(from, to, phaseColours.getOrDefault(phase, new Color(0xF5F5F5)));
            band.setLabel(phase);
            band.setLabelFont(new Font(Figure.FONT, Font.PLAIN, 10));
            band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(band, Layer.BACKGROUND);
            i = j + 1;
        }
        for (TimelineStep step : steps) {
            if (!step.turningPoint()) continue;
            plot.addDomainMarker(new ValueMarker(millis(step.day()), new Color(0x424242), new BasicStroke(1f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 2f}, 0f)), Layer.FOREGROUND);
        }
        // The events that moved the scores most: up to six of the largest moves, spaced apart, labelled
        // with what came or went.
        record Move(int index, double size) {}
        List<Move> moves = new ArrayList<>();
        for (int k = 1; k < steps.size(); k++) {
            double size = 0;
            for (String t : tiers) size += Math.abs(steps.get(k).assessment().score(t) - steps.get(k - 1).assessment().score(t));
            if (size >= 2) moves.add(new Move(k, size));
        }
        moves.sort(Comparator.comparingDouble(Move::size).reversed().thenComparingInt(Move::index));
        List<Move> shown = new ArrayList<>();
        for (Move m : moves) { // the largest first, none within two steps of one already shown
            if (shown.size() == 6) break;
            if (shown.stream().noneMatch(o -> Math.abs(o.index() - m.index()) <= 2)) shown.add(m);
        }
        shown.sort(Comparator.comparingInt(Move::index)); // in time order, so neighbours can be staggered
        int labelled = 0;
        for (Move m : shown) {
            labelled++;
            TimelineStep step = steps.get(m.index());
            List<String> events = new ArrayList<>();
            for (String id : step.membersIn()) events.add("joins " + id);
            for (String id : step.membersOut()) events.add("leaves " + id);
            for (String id : step.factsIn()) events.add("+" + id);
            for (String id : step.factsOut()) events.add("-" + id);
            if (events.isEmpty()) continue;
            String text = events.get(0) + (events.size() > 1 ? " (+" + (events.size() - 1) + ")" : "");
            double top = 0;
            for (String t : tiers) top = Math.max(top, step.assessment().score(t));
            org.jfree.chart.annotations.XYPointerAnnotation note = new org.jfree.chart.annotations.XYPointerAnnotation(
                    text, millis(step.day()), Math.min(97, top + 2), -Math.PI / 2 + (labelled % 2 == 0 ? 0.3 : -0.3));
            note.setFont(new Font(Figure.FONT, Font.PLAIN, 9));
            note.setArrowLength(6);
            note.setBaseRadius(16 + (labelled % 3) * 16);
            note.setTipRadius(2);
            note.setPaint(new Color(0x424242));
            note.setArrowPaint(new Color(0x757575));
            plot.addAnnotation(note);
        }
        return Figure.of("timeline", chart, 820, 420);
    }

    private static java.text.DateFormat utcYear() {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat("yyyy", Locale.ROOT);
        f.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return f;
    }

    private static double millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static Map<String, Color> phaseColours() {
        Map<String, Color> c = new LinkedHashMap<>();
        c.put("none", new Color(0xF5F5F5));
        c.put("nascent", new Color(0xFFF3E0));
        c.put("ascendant", new Color(0xFFFDE7));
        c.put("mature-loosely-coupled", new Color(0xE8F5E9));
        c.put("mature-tightly-coupled", new Color(0xC8E6C9));
        return c;
    }

    /** Groupings in rank order, each with its tier scores (the tiers the rules declare; no evidence plots 0). */
    public static Figure comparison(Comparison c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Whole> declared = c.ranked().isEmpty() ? List.of() : c.ranked().get(0).tiers();
        int rank = 1;
        for (Assessment a : c.ranked()) {
            String name = rank++ + ". " + a.scenario().scenario() + " (" + a.phase().value() + ")";
            for (Whole tier : declared) {
                data.addValue(a.score(tier.name()), Assessment.shortLabel(tier).toLowerCase(Locale.ROOT), name);
            }
        }
        JFreeChart chart = themed(ChartFactory.createBarChart("Groupings ranked: tier scores", null, "score (0-100)", data,
                PlotOrientation.HORIZONTAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        scoreAxis(plot);
        if (!c.ranked().isEmpty()) bands(plot, c.ranked().get(0).bands()); // one profile scores every grouping
        BarRenderer r = (BarRenderer) plot.getRenderer();
        for (int t = 0; t < declared.size(); t++) r.setSeriesPaint(t, SERIES[t % SERIES.length]);
        r.setItemMargin(0.05);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        return Figure.of("comparison", chart, 820, 100 + c.ranked().size() * 54);
    }

    /** Sub-groups in rank order, scored by integration (the mean of tiers 2 and 3), with their phase. */
    public static Figure subgroups(Subgroups.Result result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(Subgroups.integration(result.whole()), "the whole grouping",
                "the whole (" + result.whole().phase().value() + ")");
        List<String> seen = new ArrayList<>();
        int rank = 1;
        for (Subgroup s : result.ranked()) {
            String name = rank++ + ". " + s.name() + " (" + s.assessment().phase().value() + ")";
            if (seen.contains(name)) continue;
            seen.add(name);
            data.addValue(Subgroups.integration(s.assessment()), s.declared() ? "declared" : "found from the facts", name);
        }
        JFreeChart chart = themed(ChartFactory.createBarChart(result.whole().scenario().scenario() + ": where is the community?",
                null, "integration (mean of tiers 2 and 3)", data, PlotOrientation.HORIZONTAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        scoreAxis(plot);
        bands(plot, result.whole().bands());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setItemMargin(-2.0);
        r.setSeriesPaint(0, new Color(0x9E9E9E));
        r.setSeriesPaint(1, TIER);
        r.setSeriesPaint(2, FACTOR);
        valueLabels(r);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        return Figure.of("subgroups", chart, 820, 100 + data.getColumnCount() * 26);
    }
}
