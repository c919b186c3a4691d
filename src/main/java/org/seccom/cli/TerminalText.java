package org.seccom.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output and standard error as the tool writes them: text from a scenario may hold
 * terminal escape sequences or other control characters, which would reach the terminal raw and
 * could rewrite what it shows. Each such character is written as {@code \}{@code uXXXX} instead
 * (ESC becomes {@code \}{@code u001b}); line breaks and tabs pass. In a JSON document the same
 * characters are already escapes that decode to the original, so JSON on stdout stays valid.
 */
final class TerminalText extends FilterWriter {

    private TerminalText(Writer out) {
        super(out);
    }

    /** The writer, escaping control characters; a writer already escaping is returned as it is. */
    static PrintWriter escaping(PrintWriter out) {
        if (out instanceof Escaping) return out;
        return new Escaping(new TerminalText(out), out);
    }

    /** Whether a character is shown escaped: C0 and C1 controls but line feed and tab, DEL, bidirectional overrides. */
    static boolean unsafe(int c) {
        if (c == '\n' || c == '\t') return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text with every unsafe character written as {@code \}{@code uXXXX}. */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe(c)) out.write(String.format("\\u%04x", c));
        else out.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.write(escape(new String(buf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(escape(str.substring(off, off + len)));
    }

    /** A PrintWriter over the escaping writer, recognisable so that it is not wrapped twice. */
    private static final class Escaping extends PrintWriter {
        private final PrintWriter target;

        Escaping(Writer out, PrintWriter target) {
            super(out, true);
            this.target = target;
        }

        /** An error of the writer underneath (a full disk) is this writer's error too. */
        @Override
        public boolean checkError() {
            boolean mine = super.checkError();
            return target.checkError() || mine;
        }
    }
}
