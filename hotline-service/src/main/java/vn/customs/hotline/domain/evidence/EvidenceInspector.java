package vn.customs.hotline.domain.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.customs.platform.domain.RuleViolationException;

/**
 * Decides what a file is by its content alone (its name and declared Content-Type are never asked): a JPEG or PNG
 * image, rebuilt without its metadata; a PDF without active content; plain UTF-8 text. Anything else is refused,
 * naming what it looks like. Nothing is stored as it came unless it parsed as what it claims to be.
 */
public final class EvidenceInspector {

    /** The default size limit: 4,000,000 bytes, under the platform's 4 MiB request body limit. */
    public static final long DEFAULT_MAX_BYTES = 4_000_000L;

    /** Compressed PDF streams may expand to this many times the size limit before the file is refused. */
    private static final long INFLATE_FACTOR = 20;

    private final long maxBytes;

    public EvidenceInspector(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the evidence size limit is a positive number of bytes");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public InspectedEvidence inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException("evidence-empty", "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new RuleViolationException(
                    "evidence-too-large",
                    "The file has " + content.length + " bytes; at most " + maxBytes + " are accepted.");
        }
        if (JpegCleaner.recognises(content)) {
            return inspected(EvidenceType.JPEG, JpegCleaner.clean(content));
        }
        if (PngCleaner.recognises(content)) {
            return inspected(EvidenceType.PNG, PngCleaner.clean(content));
        }
        if (PdfCheck.recognises(content)) {
            PdfCheck.check(content, maxBytes * INFLATE_FACTOR);
            return inspected(EvidenceType.PDF, new Cleaned(content, false));
        }
        if (isPlainText(content)) {
            return inspected(EvidenceType.TEXT, new Cleaned(content, false));
        }
        throw EvidenceRefusals.refusedType(FileKinds.describe(content));
    }

    private static InspectedEvidence inspected(EvidenceType type, Cleaned cleaned) {
        byte[] clean = cleaned.content();
        return new InspectedEvidence(type.mediaType(), clean, sha256Hex(clean), cleaned.removed());
    }

    /** Valid UTF-8 with no control character but tab, CR and LF (no NUL, no escape sequences). */
    static boolean isPlainText(byte[] content) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
