package org.seccom.report;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.seccom.engine.Subgroups;
import org.seccom.model.Assessment;
import org.seccom.model.CoreState;
import org.seccom.model.Dyad;
import org.seccom.model.Fact;
import org.seccom.model.Member;

/**
 * The members' dyadic trust network: members as nodes (the core states marked), and between two
 * members the net points of the mutual-trust findings that concern them (disputes, acts, threats),
 * positive where trust is shown, negative where it is denied. Exported as GraphML (Gephi, yEd) and
 * DOT (Graphviz) with JGraphT's exporters.
 */
public record TrustNetwork(String title, List<Node> nodes, List<Dyad> edges) {

    public record Node(String code, String name, boolean core) {}

    public TrustNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static TrustNetwork of(Assessment a) {
        Set<String> cores = new TreeSet<>();
        for (Fact f : a.scenario().factsOn(a.asOf())) {
            if (f instanceof CoreState c && a.members().contains(c.state())) cores.add(c.state());
        }
        List<Node> nodes = new ArrayList<>();
        for (Member m : a.scenario().members()) {
            if (a.members().contains(m.code())) nodes.add(new Node(m.code(), m.name(), cores.contains(m.code())));
        }
        nodes.sort(java.util.Comparator.comparing(Node::code));
        List<Dyad> edges = Subgroups.dyads(a.scenario(), a).stream().filter(d -> d.net() != 0).toList();
        return new TrustNetwork(a.scenario().scenario(), nodes, edges);
    }

    private Graph<String, DefaultEdge> graph(Map<DefaultEdge, Dyad> dyadOf) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (Node n : nodes) g.addVertex(n.code());
        for (Dyad d : edges) dyadOf.put(g.addEdge(d.a(), d.b()), d);
        return g;
    }

    private Map<String, Node> byCode() {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Node n : nodes) out.put(n.code(), n);
        return out;
    }

    private static String sign(double net) {
        return net > 0 ? "trust" : "distrust";
    }

    /** GraphML with node attributes name and core, edge attributes weight (net points), sign and facts. */
    public String graphml() {
        Map<DefaultEdge, Dyad> dyadOf = new LinkedHashMap<>();
        Graph<String, DefaultEdge> g = graph(dyadOf);
        Map<String, Node> node = byCode();
        GraphMLExporter<String, DefaultEdge> exporter = new GraphMLExporter<>(v -> v);
        exporter.setExportEdgeWeights(true);
        exporter.registerAttribute("name", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("core", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("sign", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("facts", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("name", DefaultAttribute.createAttribute(xmlText(node.get(v).name())));
            m.put("core", DefaultAttribute.createAttribute(node.get(v).core()));
            return m;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Dyad d = dyadOf.get(e);
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("weight", DefaultAttribute.createAttribute(d.net()));
            m.put("sign", DefaultAttribute.createAttribute(sign(d.net())));
            m.put("facts", DefaultAttribute.createAttribute(String.join(" ", d.facts())));
            return m;
        });
        exporter.setEdgeIdProvider(e -> dyadOf.get(e).a() + "-" + dyadOf.get(e).b());
        StringWriter out = new StringWriter();
        exporter.exportGraph(g, out);
        return out.toString();
    }

    /** Text XML 1.0 can carry: control characters other than tab and line breaks (ESC, say) become spaces. */
    static String xmlText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) out.append(Character.isISOControl(ch) && ch != '\t' && ch != '\n' && ch != '\r' ? ' ' : ch);
        return out.toString();
    }

    /**
     * DOT: members as nodes (core states doubled), edges green for trust and red for distrust, pen
     * width by size; {@code net} carries the signed net points and {@code weight} their size (Graphviz
     * takes no negative weights). Every ID and string is quoted and escaped ({@link #dotString}), so
     * any title or name gives a file Graphviz reads.
     */
    public String dot() {
        StringBuilder out = new StringBuilder("strict graph \"trust\" {\n");
        out.append("  label=").append(dotString(title + ": trust between members (net points)")).append(";\n");
        out.append("  layout=\"circo\";\n");
        for (Node n : nodes) {
            out.append("  ").append(dotString(n.code())).append(" [label=").append(dotString(n.name()))
                    .append(", shape=\"").append(n.core() ? "doublecircle" : "circle").append("\"];\n");
        }
        for (Dyad d : edges) {
            out.append("  ").append(dotString(d.a())).append(" -- ").append(dotString(d.b()))
                    .append(" [label=\"").append(String.format(Locale.ROOT, "%+.1f", d.net()))
                    .append("\", color=\"").append(d.net() > 0 ? "darkgreen" : "firebrick")
                    .append("\", penwidth=\"").append(String.format(Locale.ROOT, "%.1f", 1 + Math.min(6, Math.abs(d.net()) / 10)))
                    .append("\", net=\"").append(Numbers.decimal(d.net(), 2).toPlainString())
                    .append("\", weight=\"").append(Numbers.decimal(Math.abs(d.net()), 2).toPlainString()).append("\"];\n");
        }
        return out.append("}\n").toString();
    }

    /**
     * A DOT quoted string that shows {@code s} as written: backslashes and quotes escaped (so
     * {@code \\l} in a name is text, not a Graphviz escape), line breaks as {@code \\n}, other
     * control characters (tabs, terminal escapes) as spaces.
     */
    static String dotString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(Character.isISOControl(ch) ? ' ' : ch);
            }
        }
        return out.append('"').toString();
    }
}
