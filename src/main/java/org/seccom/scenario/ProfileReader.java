package org.seccom.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seccom.model.Doc;
import org.seccom.model.Parameter;
import org.seccom.model.Profile;
import org.seccom.scenario.YamlTree.Node;

/**
 * Reads a profile: a YAML mapping from parameter keys to {@code {value: number, why: "one line"}}.
 * A parameter without its reason is an error: every disputable number says why it is what it is.
 */
public final class ProfileReader {

    /** One entry of a profile file. */
    record Entry(@Doc("The number the rules use.") Double value,
                 @Doc("One line on why the value is what it is.") String why) {}

    public Profile read(Path file) {
        if (!Files.exists(file)) throw InvalidInputException.of(file.toString(), 0, 0, "no such profile file");
        return read(InputFiles.readUtf8(file), file.toString());
    }

    public Profile read(String text, String name) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlTree.parse(text, name, problems);
        if (root == null) throw new InvalidInputException(problems);
        RecordBinder binder = new RecordBinder(problems);
        java.lang.reflect.Type type = new java.lang.reflect.ParameterizedType() {
            @Override
            public java.lang.reflect.Type[] getActualTypeArguments() {
                return new java.lang.reflect.Type[] {String.class, Entry.class};
            }

            @Override
            public java.lang.reflect.Type getRawType() {
                return Map.class;
            }

            @Override
            public java.lang.reflect.Type getOwnerType() {
                return null;
            }
        };
        @SuppressWarnings("unchecked")
        Map<String, Entry> entries = (Map<String, Entry>) binder.bind(root, type, "");
        if (entries == null) throw new InvalidInputException(problems);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        entries.forEach((key, e) -> {
            if (e.why().isBlank()) {
                YamlTree.Location at = binder.locationOf(key + ".why");
                String message = "parameter '" + key + "' has an empty why; say in one line why the value is what it is";
                problems.add(at == null ? new Problem(name, 0, 0, message) : at.problem(message));
            }
            parameters.put(key, new Parameter(key, e.value(), e.why()));
        });
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Profile(name, parameters);
    }
}
