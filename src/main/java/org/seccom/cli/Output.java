package org.seccom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a report goes: standard output, or a file written whole or not at all (a temporary file
 * beside it, then a rename), and never one of the command's own inputs.
 */
final class Output {
    private Output() {}

    static void write(String text, Path file, List<Path> inputs, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), file, inputs);
    }

    /** Writes bytes (a PNG, say) to a file, whole or not at all, never over an input. */
    static void write(byte[] bytes, Path file, List<Path> inputs) {
        Path target = file.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (target.equals(in) || (Files.isDirectory(in) && target.startsWith(in))) {
                throw new UsageException("refusing to write the report to " + file + ": it is an input ("
                        + input + "); choose another output file");
            }
        }
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            // A new file beside the target, with the permissions any new file gets (not a temp file's 0600).
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.write(tmp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
