package org.seccom.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seccom.model.Doc;
import org.seccom.model.Fact;
import org.seccom.model.Scenario;
import org.seccom.model.StateRef;
import org.seccom.scenario.RecordBinder.FieldSpec;

/**
 * The JSON Schema of scenario files (draft 2020-12), derived from the same records the reader binds
 * to, so the published schema cannot drift from what the reader accepts. Checks of meaning (codes
 * that must be members or outsiders, unique ids, date order) are beyond a schema and stay in the reader.
 */
public final class SchemaWriter {
    private final Map<String, Object> defs = new LinkedHashMap<>();

    public static String scenarioSchema() {
        SchemaWriter w = new SchemaWriter();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "seccom scenario or what-if overlay");
        root.put("description", "A scenario (with scenario:), or a what-if overlay (with base:, the title of the scenario it changes).");
        root.put("oneOf", List.of(Map.of("$ref", "#/$defs/scenario"), Map.of("$ref", "#/$defs/overlay")));
        w.defs.put("scenario", w.objectSchema(Scenario.class, null));
        Map<String, Object> overlay = w.objectSchema(OverlayReader.Overlay.class, null);
        w.defs.put("overlay", overlay);
        Map<String, Object> factChoice = new LinkedHashMap<>();
        List<Object> choices = new ArrayList<>();
        for (Map.Entry<String, Class<?>> kind : RecordBinder.KINDS.entrySet()) {
            String name = "fact-" + kind.getKey();
            w.defs.put(name, w.objectSchema(kind.getValue(), kind.getKey()));
            choices.add(Map.of("$ref", "#/$defs/" + name));
        }
        factChoice.put("description", "A fact; its kind selects its fields.");
        factChoice.put("oneOf", choices);
        w.defs.put("fact", factChoice);
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = new LinkedHashMap<>(w.objectSchema(OverlayReader.Spec.class, null));
        w.defs.put("spec", spec); // a change is always a mapping
        Map<String, Object> change = (Map<String, Object>) spec.get("properties");
        ((Map<String, Object>) change.get("add")).put("$ref", "#/$defs/fact");
        ((Map<String, Object>) change.get("addMember")).put("$ref", "#/$defs/member");
        ((Map<String, Object>) change.get("addOutsider")).put("$ref", "#/$defs/outsider");
        root.put("$defs", w.defs);
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> objectSchema(Class<?> type, String kind) {
        Map<String, Object> schema = new LinkedHashMap<>();
        Doc doc = type.getAnnotation(Doc.class);
        if (doc != null) schema.put("description", doc.value());
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (kind != null) {
            properties.put("kind", Map.of("const", kind));
            required.add("kind");
        }
        for (FieldSpec f : RecordBinder.fieldsOf(type)) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (!f.doc().isEmpty()) p.put("description", f.doc());
            p.putAll(typeSchema(f.component().getGenericType(), f.component().isAnnotationPresent(StateRef.class)));
            if (RecordBinder.UNIT_INTERVAL.contains(f.name())) {
                p.put("minimum", 0);
                p.put("maximum", 1);
            }
            properties.put(f.name(), p);
            if (f.required()) required.add(f.name());
        }
        schema.put("properties", properties);
        schema.put("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private Map<String, Object> typeSchema(Type type, boolean stateRef) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type arg = pt.getActualTypeArguments()[raw == Map.class ? 1 : 0];
            if (raw == Map.class) {
                s.put("type", "object");
                s.put("additionalProperties", typeSchema(arg, false));
                return s;
            }
            Map<String, Object> array = new LinkedHashMap<>();
            array.put("type", "array");
            array.put("items", typeSchema(arg, stateRef));
            if (arg == String.class || arg == org.seccom.model.SourceRef.class) {
                s.put("anyOf", List.of(array, typeSchema(arg, stateRef)));
                return s;
            }
            return array;
        }
        Class<?> cls = (Class<?>) type;
        if (cls == Fact.class) return Map.of("$ref", "#/$defs/fact");
        if (YamlTree.Node.class.isAssignableFrom(cls)) return new LinkedHashMap<>(); // any value: an overlay's fact, member or field value
        if (cls.isRecord()) {
            String name = Character.toLowerCase(cls.getSimpleName().charAt(0)) + cls.getSimpleName().substring(1);
            if (!defs.containsKey(name)) {
                defs.put(name, Map.of()); // reserve against recursion
                Map<String, Object> object = objectSchema(cls, null);
                List<FieldSpec> fields = RecordBinder.fieldsOf(cls);
                boolean scalarForm = fields.get(0).component().getType() == String.class
                        && fields.stream().skip(1).noneMatch(FieldSpec::required);
                defs.put(name, scalarForm ? Map.of("anyOf", List.of(Map.of("type", "string"), object)) : object);
            }
            return Map.of("$ref", "#/$defs/" + name);
        }
        if (cls == String.class) {
            s.put("type", "string");
            if (stateRef) s.put("pattern", "^([A-Z][A-Z0-9-]{1,15}|all|none)$");
        } else if (cls == Integer.class) {
            s.put("type", "integer");
        } else if (cls == Double.class) {
            s.put("type", "number");
        } else if (cls == Boolean.class) {
            s.put("type", "boolean");
        } else if (cls == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
        } else if (cls.isEnum()) {
            s.put("enum", RecordBinder.enumNames(cls));
        } else {
            throw new IllegalArgumentException("no schema for " + cls);
        }
        return s;
    }
}
