package org.seccom.report;

import org.seccom.model.Assessment;

/** Turns an assessment into text a person or a program reads. Output is deterministic. */
public interface Renderer {
    String render(Assessment assessment);
}
