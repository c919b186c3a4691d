package org.seccom.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers the line and column of every key and value, so that
 * each problem can be reported where it is. Jackson's tree model forgets positions; this keeps them.
 */
public final class YamlTree {

    /** Where a node was written: its file (as messages name it), line and column, from 1. */
    public record Location(String file, int line, int column) {
        public Problem problem(String message) {
            return new Problem(file, line, column, message);
        }
    }

    public sealed interface Node permits MapNode, ListNode, ScalarNode {
        Location at();

        /** How the node is described in messages: "a mapping", "a list", or the scalar's text. */
        String describe();
    }

    public record Entry(String key, Location keyAt, Node value) {}

    public record MapNode(Location at, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Entry entry(String key) {
            return entries.get(key);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    public record ListNode(Location at, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    public enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    public record ScalarNode(Location at, String text, ScalarType type) implements Node {
        @Override
        public String describe() {
            return type == ScalarType.NULL ? "empty" : "'" + text + "'";
        }
    }

    /** The most characters a YAML document may have (SnakeYAML's code-point limit). */
    public static final int MAX_CHARACTERS = 3 * 1024 * 1024;
    /** The deepest nesting of mappings and lists; the shipped scenarios use fewer than ten levels. */
    public static final int MAX_DEPTH = 100;
    /** The most digits a number may have. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The most characters one text value may have. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private static final YAMLFactory FACTORY = factory();

    private static YAMLFactory factory() {
        org.yaml.snakeyaml.LoaderOptions loader = new org.yaml.snakeyaml.LoaderOptions();
        loader.setCodePointLimit(MAX_CHARACTERS);
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setMaxAliasesForCollections(0); // aliases are refused below; nothing is expanded
        loader.setAllowDuplicateKeys(true); // duplicates are reported here, with both places
        YAMLFactory f = YAMLFactory.builder().loaderOptions(loader).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        return f;
    }

    private YamlTree() {}

    /**
     * Parses one YAML document. Malformed YAML and duplicate keys are added to {@code problems};
     * the result is null when the document could not be read at all.
     */
    public static Node parse(String text, String file, List<Problem> problems) {
        if (text.length() > MAX_CHARACTERS) {
            problems.add(new Problem(file, 0, 0, "the file has " + text.length() + " characters; seccom reads at most "
                    + MAX_CHARACTERS + " in one file: split it or shorten it"));
            return null;
        }
        JsonParser current = null;
        try (JsonParser parser = FACTORY.createParser(text)) {
            current = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(file, 1, 1, "the file is empty; expected a YAML mapping"));
                return null;
            }
            return read(parser, file, problems);
        } catch (StreamConstraintsException e) {
            problems.add(limitProblem(file, e, current));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(file, e));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private static Node read(JsonParser p, String file, List<Problem> problems) throws IOException {
        Location at = locationOf(p, file);
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            problems.add(at.problem("alias '*" + p.getText() + "' is not supported: write the value out in full"
                    + " where it is used (seccom does not expand YAML aliases)"));
            return new ScalarNode(at, "", ScalarType.NULL);
        }
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = locationOf(p, file);
                    p.nextToken();
                    Node value = read(p, file, problems);
                    Entry earlier = entries.get(key);
                    if (earlier != null) {
                        problems.add(keyAt.problem(
                                "duplicate key '" + key + "' (first given at line " + earlier.keyAt().line()
                                        + "); give each key once"));
                    } else {
                        entries.put(key, new Entry(key, keyAt, value));
                    }
                }
                return new MapNode(at, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, file, problems));
                return new ListNode(at, items);
            }
            case VALUE_STRING -> {
                return new ScalarNode(at, p.getText(), ScalarType.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new ScalarNode(at, p.getText(), ScalarType.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(at, p.getText(), ScalarType.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(at, p.getText(), ScalarType.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new ScalarNode(at, "", ScalarType.NULL);
            }
            default -> {
                return new ScalarNode(at, p.getText(), ScalarType.STRING);
            }
        }
    }

    /** A limit of the reader exceeded: which one, where the parser stood, and what would be right. */
    static Problem limitProblem(String file, StreamConstraintsException e, JsonParser parser) {
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() <= 0) && parser != null) loc = parser.currentLocation();
        Location at = new Location(file, loc == null ? 0 : Math.max(0, loc.getLineNr()), loc == null ? 0 : Math.max(0, loc.getColumnNr()));
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String text;
        if (m.contains("nesting depth")) {
            text = "mappings and lists are nested more than " + MAX_DEPTH + " deep here; seccom reads at most "
                    + MAX_DEPTH + " levels: flatten the structure";
        } else if (m.contains("Number value length") || m.contains("Number length")) {
            text = "a number here has more than " + MAX_NUMBER_LENGTH + " digits; write it with at most "
                    + MAX_NUMBER_LENGTH + " (e.g. 0.5 or 1e6)";
        } else if (m.contains("String value length") || m.contains("String length")) {
            text = "a text value here is longer than " + MAX_STRING_LENGTH + " characters, the most seccom reads: shorten it";
        } else {
            text = m.replaceAll(",? ?\\(?from `[^`]*`\\)?", "").strip() + ": the file exceeds a limit of the reader";
        }
        return at.problem(text);
    }

    private static Location locationOf(JsonParser p, String file) {
        JsonLocation loc = p.currentTokenLocation();
        return new Location(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static final java.util.regex.Pattern MARK =
            java.util.regex.Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):");

    /**
     * SnakeYAML's message names a context ("while parsing a flow sequence", with where it began)
     * and the problem ("expected ',' or ']'", with where it was found), each followed by a snippet.
     * The problem and its place lead; the context follows in brackets.
     */
    static Problem syntaxProblem(String file, JsonProcessingException e) {
        List<String> statements = new ArrayList<>();
        List<Location> marks = new ArrayList<>();
        String message = e.getOriginalMessage() == null ? "unreadable document" : e.getOriginalMessage();
        for (String line : message.lines().toList()) {
            java.util.regex.Matcher m = MARK.matcher(line);
            if (m.find()) {
                marks.add(new Location(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                statements.add(line.strip());
            }
        }
        Location at;
        if (!marks.isEmpty()) {
            at = marks.get(marks.size() - 1);
        } else {
            JsonLocation loc = e.getLocation();
            at = new Location(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr());
        }
        String text;
        if (statements.size() >= 2 && marks.size() >= 2) {
            Location context = marks.get(0);
            text = statements.get(statements.size() - 1) + " (" + statements.get(0) + " begun at line "
                    + context.line() + ", column " + context.column() + ")";
        } else {
            text = statements.isEmpty() ? message.strip() : String.join(": ", statements);
        }
        return at.problem("malformed YAML: " + text);
    }
}
