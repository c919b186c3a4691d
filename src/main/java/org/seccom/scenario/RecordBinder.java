package org.seccom.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.seccom.model.Doc;
import org.seccom.model.Fact;
import org.seccom.model.Inline;
import org.seccom.model.Kind;
import org.seccom.model.Omissible;
import org.seccom.model.SourceRef;
import org.seccom.model.Vocabulary;
import org.seccom.scenario.YamlTree.Entry;
import org.seccom.scenario.YamlTree.ListNode;
import org.seccom.scenario.YamlTree.Location;
import org.seccom.scenario.YamlTree.MapNode;
import org.seccom.scenario.YamlTree.Node;
import org.seccom.scenario.YamlTree.ScalarNode;
import org.seccom.scenario.YamlTree.ScalarType;

/**
 * Binds a located YAML tree to the model's records, collecting every problem instead of stopping
 * at the first. The records themselves are the schema: their components name the fields, their
 * types say what each field takes, {@link Omissible} marks the optional ones.
 */
final class RecordBinder {

    /** A YAML field of a record: a component, or a component of an {@link Inline} component. */
    record FieldSpec(String name, RecordComponent component, RecordComponent owner) {
        boolean required() {
            return !component.isAnnotationPresent(Omissible.class);
        }

        String doc() {
            Doc d = component.getAnnotation(Doc.class);
            return d == null ? "" : d.value();
        }
    }

    private static final Map<Class<?>, List<FieldSpec>> FIELDS = new ConcurrentHashMap<>();

    /** A number as the model takes it: decimal digits, an optional fraction and exponent. */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** Fields that take a share or probability, from 0 to 1. */
    static final Set<String> UNIT_INTERVAL = Set.of("confidence", "costShare");

    /** Fact records by the {@code kind:} that selects them, in declaration order. */
    static final Map<String, Class<?>> KINDS = kinds();

    private final List<Problem> problems;
    private final Map<String, Location> locations = new HashMap<>();
    private final Map<Object, String> paths = new java.util.IdentityHashMap<>();

    /**
     * Paths to give nodes that were written somewhere else than where they now sit, e.g. a fact an
     * overlay adds is "changes[0].add" to its author, not "facts[95]".
     */
    private final Map<Node, String> aliases;

    RecordBinder(List<Problem> problems) {
        this(problems, Map.of());
    }

    RecordBinder(List<Problem> problems, Map<Node, String> aliases) {
        this.problems = problems;
        this.aliases = aliases;
    }

    /** Where the value at a path (e.g. {@code facts[3].parties[1]}) was written, if it was. */
    Location locationOf(String path) {
        return locations.get(path);
    }

    /** The path of a record this binder built, e.g. {@code facts[3]}. */
    String pathOf(Object record) {
        return paths.get(record);
    }

    static List<FieldSpec> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<FieldSpec> specs = new ArrayList<>();
            for (RecordComponent c : t.getRecordComponents()) {
                if (c.isAnnotationPresent(Inline.class)) {
                    for (RecordComponent inner : c.getType().getRecordComponents()) {
                        specs.add(new FieldSpec(inner.getName(), inner, c));
                    }
                } else {
                    specs.add(new FieldSpec(c.getName(), c, null));
                }
            }
            return List.copyOf(specs);
        });
    }

    Object bind(Node node, Type type, String path) {
        String alias = aliases.get(node);
        if (alias != null) path = alias;
        locations.put(path, node.at());
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (raw == List.class) return bindList(node, pt.getActualTypeArguments()[0], path);
            if (raw == Map.class) return bindMap(node, pt.getActualTypeArguments()[1], path);
            throw new IllegalArgumentException("unsupported field type " + type);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == Node.class) return node; // kept as written, for a later step to bind
        if (cls == Fact.class) return bindFact(node, path);
        if (cls.isRecord()) return bindRecord(node, cls, path, Set.of());
        if (!(node instanceof ScalarNode scalar) || scalar.type() == ScalarType.NULL) {
            return fail(node, path + " is " + node.describe() + "; expected " + expectation(cls));
        }
        String text = scalar.text();
        if (cls == String.class) return text;
        if (cls == Integer.class) {
            if (scalar.type() == ScalarType.INTEGER) {
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    // falls through to the problem below
                }
            }
            return fail(node, path + " is '" + text + "'; expected " + expectation(cls));
        }
        if (cls == Double.class) {
            String expected = UNIT_INTERVAL.contains(lastName(path)) ? "a number from 0 to 1" : expectation(cls);
            if (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.DECIMAL) {
                if (!PLAIN_NUMBER.matcher(text).matches()) {
                    // YAML also reads .nan, .inf, 0x1, 0o7, 1_000 and 1:30 as numbers; the model does not.
                    String what = text.toLowerCase(Locale.ROOT).contains("nan") ? "not a number"
                            : text.toLowerCase(Locale.ROOT).contains("inf") ? "infinite"
                            : "not written as a plain decimal number";
                    return fail(node, path + " is '" + text + "', which is " + what + "; expected " + expected);
                }
                if (text.length() > YamlTree.MAX_NUMBER_LENGTH) {
                    return fail(node, path + " has " + text.length() + " characters; write it with at most "
                            + YamlTree.MAX_NUMBER_LENGTH + " (e.g. 0.5 or 1e6), as " + expected);
                }
                double value;
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return fail(node, path + " is '" + text + "'; expected " + expected);
                }
                if (Double.isInfinite(value)) {
                    return fail(node, path + " is '" + text + "', which is too large to compute with; expected " + expected);
                }
                return value;
            }
            return fail(node, path + " is '" + text + "'; expected " + expected);
        }
        if (cls == Boolean.class) {
            // The parser reads YAML 1.1 booleans: true/false, yes/no, on/off.
            if (scalar.type() == ScalarType.BOOLEAN) return Set.of("true", "yes", "on", "y").contains(text.toLowerCase(Locale.ROOT));
            return fail(node, path + " is '" + text + "'; expected " + expectation(cls));
        }
        if (cls == LocalDate.class) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return fail(node, path + " is '" + text + "'; expected " + expectation(cls));
            }
        }
        if (cls.isEnum()) {
            for (Object constant : cls.getEnumConstants()) {
                if (Vocabulary.nameOf((Enum<?>) constant).equals(text)) return constant;
            }
            List<String> names = enumNames(cls);
            return fail(node, path + " is '" + text + "'; expected one of " + String.join(", ", names)
                    + Suggest.didYouMean(text, names));
        }
        throw new IllegalArgumentException("unsupported field type " + cls);
    }

    private Object bindList(Node node, Type itemType, String path) {
        if (node instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL && itemType == String.class) {
            return List.of(scalar.text()); // a lone value stands for a list of one
        }
        if (itemType == SourceRef.class && !(node instanceof ListNode)) {
            Object one = bind(node, itemType, path); // a lone source stands for a list of one
            return one == null ? null : List.of(one);
        }
        if (!(node instanceof ListNode list)) {
            return fail(node, path + " is " + node.describe() + "; expected a list");
        }
        // Items that could not be bound are left out (their problems are recorded), so that the
        // rest can still be checked for meaning and every problem of the file reported at once.
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Object item = bind(list.items().get(i), itemType, path + "[" + i + "]");
            if (item != null) out.add(item);
        }
        return out;
    }

    private Object bindMap(Node node, Type valueType, String path) {
        if (!(node instanceof MapNode map)) {
            return fail(node, path + " is " + node.describe() + "; expected a mapping of keys to values");
        }
        // As with lists, entries that could not be bound are left out and their problems recorded.
        Map<String, Object> out = new LinkedHashMap<>();
        for (Entry e : map.entries().values()) {
            Object value = bind(e.value(), valueType, path.isEmpty() ? e.key() : path + "." + e.key());
            if (value != null) out.put(e.key(), value);
        }
        return out;
    }

    private Object bindFact(Node node, String path) {
        if (!(node instanceof MapNode map)) {
            return fail(node, path + " is " + node.describe() + "; expected a fact (a mapping with a kind)");
        }
        Entry kindEntry = map.entry("kind");
        if (kindEntry == null) {
            return fail(node, path + " has no kind; expected one of " + String.join(", ", KINDS.keySet()));
        }
        String kind = kindEntry.value() instanceof ScalarNode s ? s.text() : kindEntry.value().describe();
        Class<?> cls = KINDS.get(kind);
        if (cls == null) {
            Location at = kindEntry.value().at();
            problems.add(at.problem("unknown fact kind '" + kind + "' in " + path
                    + Suggest.didYouMean(kind, KINDS.keySet()) + " (kinds: " + String.join(", ", KINDS.keySet()) + ")"));
            return null;
        }
        return bindRecord(node, cls, path, Set.of("kind"));
    }

    private Object bindRecord(Node node, Class<?> cls, String path, Set<String> extraKeys) {
        List<FieldSpec> fields = fieldsOf(cls);
        if (node instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL && scalarForm(fields)) {
            Object[] args = new Object[fields.size()];
            args[0] = scalar.text();
            return remember(construct(cls, args), path);
        }
        if (!(node instanceof MapNode map)) {
            return fail(node, path + " is " + node.describe() + "; expected a mapping with "
                    + fields.stream().filter(FieldSpec::required).map(FieldSpec::name).collect(Collectors.joining(", ")));
        }
        Set<String> known = new LinkedHashSet<>(extraKeys);
        fields.forEach(f -> known.add(f.name()));
        boolean ok = true;
        Set<String> misspelt = new java.util.HashSet<>();
        for (Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                ok = false;
                Suggest.closest(e.key(), known).ifPresent(misspelt::add);
                problems.add(e.keyAt().problem(
                        "unknown field '" + e.key() + "' in " + label(path, cls) + Suggest.didYouMean(e.key(), known)
                                .transform(s -> s.isEmpty() ? "; expected one of " + String.join(", ", known) : s)));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (FieldSpec f : fields) {
            Entry e = map.entry(f.name());
            String fieldPath = path.isEmpty() ? f.name() : path + "." + f.name();
            boolean absent = e == null || (e.value() instanceof ScalarNode s && s.type() == ScalarType.NULL);
            if (absent) {
                locations.put(fieldPath, map.at());
                if (f.required()) {
                    ok = false;
                    if (misspelt.contains(f.name())) continue; // already reported as "did you mean"
                    problems.add(map.at().problem(
                            "missing field '" + f.name() + "' in " + label(path, cls) + describe(f)));
                }
                continue;
            }
            Object value = bind(e.value(), f.component().getGenericType(), fieldPath);
            if (value == null) ok = false;
            values.put(f.name(), value);
        }
        if (!ok) return null;
        return remember(construct(cls, argsFor(cls, values)), path);
    }

    private Object remember(Object record, String path) {
        paths.put(record, path);
        return record;
    }

    private static Object[] argsFor(Class<?> cls, Map<String, Object> values) {
        RecordComponent[] components = cls.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (c.isAnnotationPresent(Inline.class)) {
                args[i] = construct(c.getType(), argsFor(c.getType(), values));
            } else {
                args[i] = values.get(c.getName());
            }
        }
        return args;
    }

    static Object construct(Class<?> cls, Object[] args) {
        Class<?>[] types = Arrays.stream(cls.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName(), e);
        }
    }

    /** ": what the field means; one of a, b, c" for a missing-field message. */
    private static String describe(FieldSpec f) {
        String doc = f.doc().strip();
        if (doc.endsWith(".")) doc = doc.substring(0, doc.length() - 1);
        if (!doc.isEmpty()) doc = ": " + Character.toLowerCase(doc.charAt(0)) + doc.substring(1);
        Class<?> type = f.component().getType();
        if (type.isEnum()) doc += "; one of " + String.join(", ", enumNames(type));
        return doc;
    }

    /** A record whose first field is text and whose others may be left out can be written as that text. */
    private static boolean scalarForm(List<FieldSpec> fields) {
        return !fields.isEmpty() && fields.get(0).component().getType() == String.class
                && fields.stream().skip(1).noneMatch(FieldSpec::required);
    }

    private static String label(String path, Class<?> cls) {
        if (path.isEmpty()) return "the scenario";
        Kind kind = cls.getAnnotation(Kind.class);
        return kind == null ? path : path + " (a " + kind.value() + ")";
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static String expectation(Class<?> cls) {
        if (cls == String.class) return "text";
        if (cls == Integer.class) return "a whole number";
        if (cls == Double.class) return "a number";
        if (cls == Boolean.class) return "true or false";
        if (cls == LocalDate.class) return "a date like 2017-10-19";
        if (cls.isEnum()) return "one of " + String.join(", ", enumNames(cls));
        return cls.getSimpleName();
    }

    static List<String> enumNames(Class<?> cls) {
        return Arrays.stream(cls.getEnumConstants()).map(c -> Vocabulary.nameOf((Enum<?>) c)).toList();
    }

    private Object fail(Node node, String message) {
        problems.add(node.at().problem(message));
        return null;
    }

    private static Map<String, Class<?>> kinds() {
        Map<String, Class<?>> kinds = new LinkedHashMap<>();
        for (Class<?> c : Fact.class.getPermittedSubclasses()) kinds.put(c.getAnnotation(Kind.class).value(), c);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
