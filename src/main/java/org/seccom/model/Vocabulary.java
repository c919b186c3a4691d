package org.seccom.model;

import java.util.Locale;

/** Enum constants are written in scenarios and reports in lower case with hyphens. */
public interface Vocabulary {
    static String nameOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
