package org.seccom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Where a report goes: standard output, or a file written whole or not at all (a temporary file
 * beside it, then a rename), and never one of the command's own inputs. The one place every
 * command that writes a file goes through ({@code -o}, {@code --chart}, {@code --junit}).
 *
 * <p>A target is refused (exit 2) when it is, or is reached through, one of the inputs (compared as
 * real files, after links, so a symlink or hard link to an input is caught), when it lies inside an
 * input folder, and when it is anything but a regular file or a new name: a symlink, a folder, a
 * FIFO, a device or a socket. A write that fails (a read-only folder, a full disk) is an error with
 * exit 2 that leaves any existing file as it was.
 */
final class Output {
    private Output() {}

    static void write(String text, Path file, String option, List<Path> inputs, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
            if (out.checkError()) throw stdoutFailed();
            return;
        }
        write(text.getBytes(StandardCharsets.UTF_8), file, option, inputs);
    }

    /** The error for a report standard output did not take whole (a full disk, a closed pipe). */
    static UsageException stdoutFailed() {
        return new UsageException("could not write the report to standard output (a full disk, or the reader"
                + " went away); what was written is incomplete");
    }

    /** Refuses a target that cannot or must not be written, before any work is done. */
    static void check(Path file, String option, List<Path> inputs) {
        if (file == null) return;
        BasicFileAttributes attrs = attributes(file);
        if (attrs != null) {
            String what = attrs.isSymbolicLink() ? "a symbolic link" : attrs.isDirectory() ? "a folder"
                    : attrs.isRegularFile() ? null : "a special file (a FIFO, device or socket)";
            if (what != null) {
                throw new UsageException(option + " " + file + ": it is " + what + "; seccom writes only regular files"
                        + " (it writes a new file and renames it into place); give the path of a file");
            }
        }
        Path target = resolved(file);
        for (Path input : inputs) {
            if (input == null) continue;
            Path in = resolved(input);
            boolean same = target.equals(in) || (attrs != null && Files.exists(input) && sameFile(file, input));
            boolean inside = !same && Files.isDirectory(input) && target.startsWith(in);
            if (same || inside) {
                throw new UsageException("refusing to write the report to " + file + ": it is an input ("
                        + input + (inside ? ", a folder the command reads" : "") + "); choose another output file");
            }
        }
    }

    /** Writes bytes (a PNG, say) to a file, whole or not at all, never over an input. */
    static void write(byte[] bytes, Path file, String option, List<Path> inputs) {
        check(file, option, inputs);
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failed(file, "its folder " + dir + " cannot be created", e);
        }
        // A new file beside the target, with the permissions any new file gets (not a temp file's 0600).
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try {
                Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try (var channel = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw failed(file, null, e);
        }
    }

    private static UsageException failed(Path file, String where, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) reason = "permission denied (is the folder read-only?)";
        else if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException)
            reason = "a part of the path is a file, not a folder";
        else if (e instanceof NoSuchFileException) reason = "no such folder";
        else if (e instanceof FileSystemException fse && fse.getReason() != null) reason = fse.getReason();
        else reason = e.getMessage();
        return new UsageException("cannot write " + file + (where == null ? "" : ": " + where) + ": " + reason
                + "; nothing was written in its place");
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The path as the file system sees it: links in it resolved, for a file that does not exist yet
     * its nearest existing folder resolved and the rest appended.
     */
    static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }
}
