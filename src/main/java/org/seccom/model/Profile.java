package org.seccom.model;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;

/** The weights and thresholds the rules read, by key; a rule asking for an unknown key fails loudly. */
public final class Profile {
    private final String origin;
    private final SortedMap<String, Parameter> parameters;
    private final Object keys; // shared by copies that keep the same keys

    public Profile(String origin, Map<String, Parameter> parameters) {
        this(origin, parameters, new Object());
    }

    private Profile(String origin, Map<String, Parameter> parameters, Object keys) {
        this.origin = origin;
        this.parameters = new TreeMap<>(parameters);
        this.keys = keys;
    }

    /** Whether this profile is a copy of {@code other} with the same keys (only values changed). */
    public boolean sameKeysAs(Profile other) {
        return keys == other.keys;
    }

    /** Where the profile was read from, for messages. */
    public String origin() {
        return origin;
    }

    public SortedMap<String, Parameter> parameters() {
        return java.util.Collections.unmodifiableSortedMap(parameters);
    }

    /** The value of a parameter; throws when the profile does not define it. */
    public double get(String key) {
        Parameter p = parameters.get(key);
        if (p == null) {
            throw new NoSuchElementException(
                    "profile parameter '" + key + "' is not defined in " + origin);
        }
        return p.value();
    }

    /** A copy with every value recomputed from its parameter (a jitter, say); in key order. */
    public Profile mapValues(java.util.function.ToDoubleFunction<Parameter> value) {
        TreeMap<String, Parameter> copy = new TreeMap<>(parameters); // linear: copied from a sorted map
        for (Map.Entry<String, Parameter> e : copy.entrySet()) {
            Parameter p = e.getValue();
            e.setValue(new Parameter(p.key(), value.applyAsDouble(p), p.why()));
        }
        return new Profile(origin, copy, keys);
    }

    /** A copy with some values replaced, for what-if and sensitivity runs. */
    public Profile with(Map<String, Double> changes) {
        Map<String, Parameter> copy = new TreeMap<>(parameters);
        changes.forEach((k, v) -> {
            Parameter old = copy.get(k);
            copy.put(k, new Parameter(k, v, old == null ? "set by caller" : old.why()));
        });
        return new Profile(origin, copy);
    }
}
