package org.seccom.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** State names for the sentences rules write: "Belarus and Kazakhstan" rather than codes. */
public final class Names {
    private final Map<String, String> names;

    public Names(Map<String, String> names) {
        this.names = new TreeMap<>(names);
    }

    public String of(String code) {
        return names.getOrDefault(code, code);
    }

    /** The members among {@code states}: "all members" when that is every one of them, else their names. */
    public String among(Collection<String> states, Collection<String> members) {
        if (states.contains("all")) return members.size() > 1 ? "all members" : list(members);
        List<String> found = states.stream().filter(members::contains).toList();
        if (found.size() > 1 && found.size() == members.size()) return "all members";
        return list(found);
    }

    /** As {@link #among}, as the subject of a verb that agrees with it. */
    public String sayAmong(Collection<String> states, Collection<String> members, String singular, String plural) {
        List<String> found = states.contains("all") ? List.copyOf(members) : states.stream().filter(members::contains).toList();
        return among(states, members) + " " + (found.size() == 1 ? singular : plural);
    }

    /** Names joined as in prose: "A", "A and B", "A, B and C". */
    public String list(Collection<String> codes) {
        List<String> named = codes.stream().map(this::of).toList();
        if (named.isEmpty()) return "no one";
        if (named.size() == 1) return named.get(0);
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
