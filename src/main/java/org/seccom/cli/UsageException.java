package org.seccom.cli;

/** A command used wrongly (a clash of options, an output that would overwrite an input); exit 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
