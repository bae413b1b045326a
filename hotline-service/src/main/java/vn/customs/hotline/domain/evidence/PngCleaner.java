package vn.customs.hotline.domain.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Rebuilds a PNG from its critical chunks and the ancillary ones that only say how to show the pixels (colour space,
 * gamma, transparency, physical size, animation); every kept chunk is copied with its CRC unchanged. Text (tEXt, zTXt,
 * iTXt), Exif (eXIf), the time stamp (tIME), private chunks and whatever follows IEND are left out. A chunk whose
 * length runs past the file or whose CRC is wrong makes the file refused, never stored as it came.
 */
final class PngCleaner {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> CRITICAL = Set.of("IHDR", "PLTE", "IDAT", "IEND");
    private static final Set<String> DISPLAY = Set.of(
            "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi", "bKGD", "hIST", "tRNS", "pHYs", "sPLT",
            "acTL", "fcTL", "fdAT");

    private PngCleaner() {}

    static boolean recognises(byte[] content) {
        return content.length >= SIGNATURE.length
                && Arrays.equals(content, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    static Cleaned clean(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        boolean removed = false;
        boolean data = false;
        int at = SIGNATURE.length;
        boolean first = true;
        while (true) {
            if (at + 12 > in.length) {
                throw EvidenceRefusals.malformed(EvidenceType.PNG, "a chunk is cut short or IEND is missing");
            }
            long length = readInt(in, at);
            if (length > in.length - at - 12L) {
                throw EvidenceRefusals.malformed(EvidenceType.PNG, "a chunk's length runs past the file");
            }
            String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                throw EvidenceRefusals.malformed(EvidenceType.PNG, "a chunk type that is not four letters");
            }
            int total = 12 + (int) length;
            CRC32 crc = new CRC32();
            crc.update(in, at + 4, 4 + (int) length);
            if (crc.getValue() != readInt(in, at + 8 + (int) length)) {
                throw EvidenceRefusals.malformed(EvidenceType.PNG, "a chunk's CRC does not match");
            }
            if (first != type.equals("IHDR")) {
                throw EvidenceRefusals.malformed(EvidenceType.PNG, "IHDR is not the first chunk");
            }
            first = false;
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (critical && !CRITICAL.contains(type)) {
                throw EvidenceRefusals.malformed(EvidenceType.PNG, "an unknown critical chunk");
            }
            if (CRITICAL.contains(type) || DISPLAY.contains(type)) {
                out.write(in, at, total);
            } else {
                removed = true;
            }
            data |= type.equals("IDAT");
            at += total;
            if (type.equals("IEND")) {
                if (!data) {
                    throw EvidenceRefusals.malformed(EvidenceType.PNG, "no image data");
                }
                return new Cleaned(out.toByteArray(), removed || at < in.length);
            }
        }
    }

    private static long readInt(byte[] in, int at) {
        return ((long) (in[at] & 0xFF) << 24)
                | ((in[at + 1] & 0xFF) << 16)
                | ((in[at + 2] & 0xFF) << 8)
                | (in[at + 3] & 0xFF);
    }
}
