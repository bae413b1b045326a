package vn.customs.hotline.domain.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import vn.customs.platform.domain.RuleViolationException;

/**
 * Refuses a PDF that can act when opened: JavaScript, launch actions, embedded files. Names are read as PDF writes
 * them ({@code /J#61vaScript} is {@code /JavaScript}), in the file and inside its Flate-compressed streams (object
 * streams hide dictionaries there); a stream that would inflate past the limit is refused rather than read partly.
 * A PDF is stored as it came: its metadata is not an image's location.
 */
final class PdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles");
    private static final String DELIMITERS = "()<>[]{}/%";

    private PdfCheck() {}

    static boolean recognises(byte[] content) {
        if (content.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param inflateLimit how many bytes all compressed streams together may expand to */
    static void check(byte[] in, long inflateLimit) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        if (!text.substring(Math.max(0, text.length() - 1024)).contains("%%EOF")) {
            throw EvidenceRefusals.malformed(EvidenceType.PDF, "no end-of-file marker");
        }
        refuseActiveNames(text);
        long budget = inflateLimit;
        int at = 0;
        while ((at = text.indexOf("stream", at)) >= 0) {
            int start = at + "stream".length();
            if (at >= 3 && text.startsWith("end", at - 3)) {
                at = start;
                continue;
            }
            if (start < text.length() && text.charAt(start) == '\r') {
                start++;
            }
            if (start < text.length() && text.charAt(start) == '\n') {
                start++;
            }
            int end = text.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            byte[] inflated = inflate(in, start, end - start, budget);
            if (inflated != null) {
                budget -= inflated.length;
                refuseActiveNames(new String(inflated, StandardCharsets.ISO_8859_1));
            }
            at = end + "endstream".length();
        }
    }

    private static void refuseActiveNames(String text) {
        int at = 0;
        while ((at = text.indexOf('/', at)) >= 0) {
            StringBuilder name = new StringBuilder();
            int i = at + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c <= ' ' || c > '~' || DELIMITERS.indexOf(c) >= 0) {
                    break;
                }
                if (c == '#' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                    name.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 3;
                } else {
                    name.append(c);
                    i++;
                }
            }
            if (ACTIVE.contains(name.toString())) {
                throw new RuleViolationException(
                        "evidence-active-content",
                        "The PDF carries /" + name + " (scripts, launch actions or embedded files are refused);"
                                + " print it to a plain PDF and send that.");
            }
            at = i;
        }
    }

    /** The stream inflated, or null when it is not Flate data (images, other filters). */
    private static byte[] inflate(byte[] in, int from, int length, long budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in, from, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > budget) {
                    throw EvidenceRefusals.malformed(EvidenceType.PDF, "its compressed streams expand too far");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException notFlate) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
