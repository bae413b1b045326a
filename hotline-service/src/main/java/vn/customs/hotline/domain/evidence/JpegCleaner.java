package vn.customs.hotline.domain.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rebuilds a JPEG from the segments a decoder needs: SOI, the tables (DQT, DHT, DAC, DRI), the frame (SOFn), each scan
 * (SOS and its entropy-coded data) and EOI, plus APP0 JFIF and APP14 Adobe (colour transform). Everything else is left
 * out: APP1 (Exif with GPS and camera, XMP), the other APPn (ICC profiles, maker notes, Photoshop IRB), comments and
 * whatever follows EOI. A file whose segments do not add up is refused, never stored as it came.
 */
final class JpegCleaner {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP14 = 0xEE;
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);

    private JpegCleaner() {}

    static boolean recognises(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == SOI
                && (content[2] & 0xFF) == 0xFF;
    }

    static Cleaned clean(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(SOI);
        boolean removed = false;
        boolean frame = false;
        boolean scan = false;
        int at = 2;
        while (true) {
            if (at >= in.length || (in[at] & 0xFF) != 0xFF) {
                throw EvidenceRefusals.malformed(EvidenceType.JPEG, "a segment is cut short or misplaced");
            }
            while (at < in.length && (in[at] & 0xFF) == 0xFF) {
                at++; // fill bytes before a marker
            }
            if (at >= in.length) {
                throw EvidenceRefusals.malformed(EvidenceType.JPEG, "no end of image");
            }
            int marker = in[at++] & 0xFF;
            if (marker == EOI) {
                if (!frame || !scan) {
                    throw EvidenceRefusals.malformed(EvidenceType.JPEG, "no frame or no scan");
                }
                out.write(0xFF);
                out.write(EOI);
                return new Cleaned(out.toByteArray(), removed || at < in.length);
            }
            if (marker == 0x00 || marker == SOI || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                throw EvidenceRefusals.malformed(EvidenceType.JPEG, "a marker out of place");
            }
            if (at + 2 > in.length) {
                throw EvidenceRefusals.malformed(EvidenceType.JPEG, "a segment is cut short");
            }
            int length = ((in[at] & 0xFF) << 8) | (in[at + 1] & 0xFF);
            int end = at + length;
            if (length < 2 || end > in.length) {
                throw EvidenceRefusals.malformed(EvidenceType.JPEG, "a segment's length runs past the file");
            }
            if (keeps(marker, in, at + 2, end)) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, at, length);
            } else {
                removed = true;
            }
            frame |= isFrame(marker);
            at = end;
            if (marker == SOS) {
                if (!frame) {
                    throw EvidenceRefusals.malformed(EvidenceType.JPEG, "a scan before its frame");
                }
                scan = true;
                int dataEnd = scanEnd(in, at);
                out.write(in, at, dataEnd - at);
                at = dataEnd;
            }
        }
    }

    /** The segments a decoder needs; APP0 and APP14 only in their JFIF and Adobe forms. */
    private static boolean keeps(int marker, byte[] in, int from, int to) {
        if (marker == APP0) {
            return startsWith(in, from, to, JFIF);
        }
        if (marker == APP14) {
            return startsWith(in, from, to, ADOBE);
        }
        return isFrame(marker)
                || marker == 0xC4 // DHT
                || marker == 0xCC // DAC
                || marker == 0xDB // DQT
                || marker == 0xDC // DNL
                || marker == 0xDD // DRI
                || marker == SOS;
    }

    /** SOF0..SOF15, less DHT, JPG and DAC which share the range. */
    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** The entropy-coded data ends at the first marker other than a stuffed zero or a restart marker. */
    private static int scanEnd(byte[] in, int from) {
        int at = from;
        while (at + 1 < in.length) {
            if ((in[at] & 0xFF) == 0xFF) {
                int next = in[at + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return at;
                }
            }
            at++;
        }
        throw EvidenceRefusals.malformed(EvidenceType.JPEG, "the image data is cut short");
    }

    private static boolean startsWith(byte[] in, int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(in, from, from + prefix.length, prefix, 0, prefix.length);
    }
}
