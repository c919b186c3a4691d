package org.seccom.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file as UTF-8 text, reporting where it is not UTF-8 instead of guessing. */
public final class InputFiles {
    /** The largest input file read at all, in bytes; {@link YamlTree#MAX_CHARACTERS} bounds the text. */
    public static final long MAX_BYTES = 4L * YamlTree.MAX_CHARACTERS;

    private InputFiles() {}

    /**
     * The file's text. A missing file, a folder, a file too large, or bytes that are not UTF-8 are
     * an {@link InvalidInputException} naming the file (and for bad bytes the line and column).
     */
    public static String readUtf8(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw InvalidInputException.of(name, 0, 0, "is a folder; expected a YAML file");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw InvalidInputException.of(name, 0, 0, "the file has " + size + " bytes; seccom reads at most "
                        + MAX_BYTES + ": split it or shorten it");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(name, 0, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw InvalidInputException.of(name, 0, 0, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw InvalidInputException.of(name, 0, 0, "cannot read the file: " + e.getMessage());
        }
        return decode(bytes, name);
    }

    /** The bytes as UTF-8, or the place of the first byte that is not UTF-8. */
    static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw badByte(bytes, in.position(), name);
        result = decoder.flush(out);
        if (result.isError()) throw badByte(bytes, in.position(), name);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static InvalidInputException badByte(byte[] bytes, int at, String name) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column;
        try {
            String before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, at - lineStart)).toString();
            column = before.codePointCount(0, before.length()) + 1;
        } catch (CharacterCodingException e) {
            column = at - lineStart + 1;
        }
        String hex = String.format("0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF);
        return InvalidInputException.of(name, line, column, "byte " + hex + " is not UTF-8 (the file looks like"
                + " Latin-1 or another legacy encoding); save the file as UTF-8");
    }
}
