package org.seccom.report;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.seccom.model.ExpectationResult;

/** The results of seccom test: as text for a person, as JUnit XML for a grader or a CI. */
public final class ExpectationReport {
    private ExpectationReport() {}

    /** Results grouped by file, in the order given. */
    private static Map<String, List<ExpectationResult>> byFile(List<ExpectationResult> results) {
        Map<String, List<ExpectationResult>> files = new LinkedHashMap<>();
        for (ExpectationResult r : results) files.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r);
        return files;
    }

    public static String text(List<ExpectationResult> results, Map<String, String> headers, List<String> without) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<ExpectationResult>> e : byFile(results).entrySet()) {
            TextReport.wrap(out, "    ", e.getKey() + ": " + headers.getOrDefault(e.getKey(), ""));
            for (ExpectationResult r : e.getValue()) {
                String line = r.name() + ": " + r.actual()
                        + (r.passed() ? "" : " (expected " + r.expected() + ")")
                        + (r.passed() || r.reason().isEmpty() ? "" : ": " + r.reason());
                TextReport.wrap(out, r.passed() ? "  PASS  " : r.pending() ? "  PEND  " : "  FAIL  ", "          ", line);
            }
            out.append('\n');
        }
        if (!without.isEmpty()) TextReport.wrap(out, "    ", "without expectations: " + String.join(", ", without));
        long failed = results.stream().filter(ExpectationResult::failed).count();
        long pending = results.stream().filter(ExpectationResult::pending).count();
        if (pending > 0) {
            out.append(pending).append(" expectations pending: known disagreements between the rules and the literature\n");
        }
        out.append("expectations: ").append(results.size() - failed - pending).append(" passed, ").append(failed)
                .append(" failed\n");
        return out.toString();
    }

    public static String junit(List<ExpectationResult> results) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "seccom test");
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(results.stream().filter(ExpectationResult::failed).count()));
            xml.writeAttribute("skipped", String.valueOf(results.stream().filter(ExpectationResult::pending).count()));
            for (Map.Entry<String, List<ExpectationResult>> e : byFile(results).entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", e.getKey());
                xml.writeAttribute("tests", String.valueOf(e.getValue().size()));
                xml.writeAttribute("failures", String.valueOf(e.getValue().stream().filter(ExpectationResult::failed).count()));
                xml.writeAttribute("skipped", String.valueOf(e.getValue().stream().filter(ExpectationResult::pending).count()));
                xml.writeAttribute("errors", "0");
                for (ExpectationResult r : e.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", r.scenario());
                    xml.writeAttribute("name", r.name());
                    if (r.pending()) {
                        xml.writeCharacters("\n      ");
                        xml.writeStartElement("skipped");
                        xml.writeAttribute("message", r.reason());
                        xml.writeEndElement();
                        xml.writeCharacters("\n    ");
                    } else if (!r.passed()) {
                        xml.writeCharacters("\n      ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", "expected " + r.expected() + ", found " + r.actual());
                        xml.writeCharacters(r.reason());
                        xml.writeEndElement();
                        xml.writeCharacters("\n    ");
                    }
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }
}
