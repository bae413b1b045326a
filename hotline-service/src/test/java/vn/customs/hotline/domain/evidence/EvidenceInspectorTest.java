package vn.customs.hotline.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.platform.domain.RuleViolationException;

/** The evidence inspector, file by file: what is accepted (and cleaned), what is refused and with which code. */
class EvidenceInspectorTest {

    private static final long LIMIT = 64 * 1024;
    private static final EvidenceInspector INSPECTOR = new EvidenceInspector(LIMIT);

    private static final String PLAIN_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    /** What a file is, what the inspector decides; the name a file had plays no part (there is none to give). */
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(
                        "JPEG with Exif (GPS, camera) and a comment",
                        EvidenceSamples.jpegWithExif(),
                        "image/jpeg",
                        true),
                Arguments.of("JPEG without metadata", EvidenceSamples.plainJpeg(), "image/jpeg", false),
                Arguments.of("JPEG that was called receipt.pdf", EvidenceSamples.plainJpeg(), "image/jpeg", false),
                Arguments.of("PNG with tEXt, eXIf, tIME", EvidenceSamples.pngWithMetadata(), "image/png", true),
                Arguments.of("PNG without metadata", EvidenceSamples.plainPng(), "image/png", false),
                Arguments.of("plain PDF", ascii(PLAIN_PDF), "application/pdf", false),
                Arguments.of(
                        "UTF-8 text",
                        utf8("Cán bộ ở quầy 2\r\nđòi 500.000 đ\tkhông hoá đơn\n"),
                        "text/plain; charset=UTF-8",
                        false));
    }

    @ParameterizedTest(name = "{0}: accepted as {2}")
    @MethodSource("accepted")
    void acceptedFiles(String what, byte[] content, String mediaType, boolean metadataRemoved) {
        InspectedEvidence inspected = INSPECTOR.inspect(content);
        assertEquals(mediaType, inspected.mediaType());
        assertEquals(metadataRemoved, inspected.metadataRemoved());
        assertEquals(EvidenceInspector.sha256Hex(inspected.cleanContent()), inspected.sha256Hex());
    }

    static Stream<Arguments> refused() {
        byte[] jpeg = EvidenceSamples.plainJpeg();
        byte[] png = EvidenceSamples.plainPng();
        byte[] badCrc = png.clone();
        badCrc[8 + 8 + 3] ^= 0x01; // a byte of IHDR's width: its CRC no longer matches
        byte[] longChunk = png.clone();
        longChunk[8] = 0x7F; // IHDR claims two gigabytes
        return Stream.of(
                Arguments.of("empty file", new byte[0], "evidence-empty", ""),
                Arguments.of("over the limit", textOf((int) LIMIT + 1), "evidence-too-large", "" + LIMIT),
                Arguments.of(
                        "ELF executable",
                        bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0),
                        "evidence-type-refused",
                        "an executable"),
                Arguments.of(
                        "PE executable",
                        bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0),
                        "evidence-type-refused",
                        "an executable"),
                Arguments.of(
                        "ZIP archive",
                        bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0),
                        "evidence-type-refused",
                        "a ZIP archive"),
                Arguments.of("random bytes", bytes(0x00, 0x13, 0x88, 0xFE, 0x01), "evidence-type-refused", "unknown"),
                Arguments.of("text with NUL", utf8("abc\0def"), "evidence-type-refused", "unknown"),
                Arguments.of("text with an escape sequence", utf8("\u001b[31mred"), "evidence-type-refused", "unknown"),
                Arguments.of(
                        "Latin-1, not UTF-8",
                        bytes('c', 0xE1, 'n', ' ', 'b', 0xF4),
                        "evidence-type-refused",
                        "unknown"),
                Arguments.of(
                        "JPEG cut in its scan", Arrays.copyOf(jpeg, jpeg.length - 40), "evidence-malformed", "JPEG"),
                Arguments.of("JPEG cut in a segment header", Arrays.copyOf(jpeg, 8), "evidence-malformed", "JPEG"),
                Arguments.of("JPEG without EOI", Arrays.copyOf(jpeg, jpeg.length - 2), "evidence-malformed", "JPEG"),
                Arguments.of("PNG cut short", Arrays.copyOf(png, png.length - 5), "evidence-malformed", "PNG"),
                Arguments.of("PNG with a wrong CRC", badCrc, "evidence-malformed", "CRC"),
                Arguments.of("PNG with a chunk longer than the file", longChunk, "evidence-malformed", "length"),
                Arguments.of(
                        "PDF with /JavaScript",
                        ascii(PLAIN_PDF.replace(
                                "/Type /Catalog",
                                "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")),
                        "evidence-active-content",
                        "/JavaScript"),
                Arguments.of(
                        "PDF with /J#61vaScript",
                        ascii(PLAIN_PDF.replace("/Type /Catalog", "/OpenAction << /S /J#61vaScript >>")),
                        "evidence-active-content",
                        "/JavaScript"),
                Arguments.of(
                        "PDF with /Launch",
                        ascii(PLAIN_PDF.replace("/Type /Catalog", "/OpenAction << /S /Launch /F (cmd.exe) >>")),
                        "evidence-active-content",
                        "/Launch"),
                Arguments.of(
                        "PDF with an embedded file",
                        ascii(PLAIN_PDF.replace("/Type /Catalog", "/Names << /EmbeddedFiles 3 0 R >>")),
                        "evidence-active-content",
                        "/EmbeddedFiles"),
                Arguments.of(
                        "PDF with /JS in a compressed object stream",
                        pdfWithCompressedScript(),
                        "evidence-active-content",
                        "/JS"),
                Arguments.of(
                        "PDF cut short (no %%EOF)",
                        ascii(PLAIN_PDF.replace("%%EOF", "")), "evidence-malformed", "end-of-file"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refused")
    void refusedFiles(String what, byte[] content, String code, String detailNames) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> INSPECTOR.inspect(content));
        assertEquals(code, refused.code());
        assertTrue(refused.getMessage().contains(detailNames), refused.getMessage());
    }

    @Test
    void aJpegLosesItsExifGpsCameraAndCommentAndIsTheSamePictureByteForByte() throws IOException {
        byte[] withExif = EvidenceSamples.jpegWithExif();
        assertTrue(contains(withExif, EvidenceSamples.CAMERA_MODEL), "the sample carries the camera model");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(withExif)), "the sample is a JPEG ImageIO reads");

        byte[] clean = INSPECTOR.inspect(withExif).cleanContent();

        assertFalse(contains(clean, EvidenceSamples.CAMERA_MODEL));
        assertFalse(contains(clean, "GPS"));
        assertFalse(contains(clean, "Exif"));
        assertArrayEquals(EvidenceSamples.plainJpeg(), clean, "exactly the segments ImageIO wrote, in order");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean));
        assertEquals(16, decoded.getWidth());
        assertEquals(16, decoded.getHeight());
    }

    @Test
    void aProgressiveJpegKeepsEveryScanAndTheTablesBetweenThem() throws IOException {
        byte[] progressive = EvidenceSamples.progressiveJpeg();

        byte[] clean = INSPECTOR.inspect(EvidenceSamples.withExif(progressive)).cleanContent();

        assertArrayEquals(progressive, clean);
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(clean)).getWidth());
    }

    @Test
    void aPngLosesItsTextExifAndTimeChunksAndKeepsTheOthersWithTheirCrcs() throws IOException {
        byte[] withMetadata = EvidenceSamples.pngWithMetadata();
        assertNotNull(ImageIO.read(new ByteArrayInputStream(withMetadata)), "the sample is a PNG ImageIO reads");

        byte[] clean = INSPECTOR.inspect(withMetadata).cleanContent();

        assertFalse(contains(clean, "GPS"));
        assertFalse(contains(clean, EvidenceSamples.CAMERA_MODEL));
        assertFalse(contains(clean, "tEXt") || contains(clean, "eXIf") || contains(clean, "tIME"));
        assertArrayEquals(EvidenceSamples.plainPng(), clean, "every other chunk as it was, CRC included");
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(clean)).getWidth());
    }

    @Test
    void aPngKeepsItsColourChunksAndDropsPrivateOnes() {
        byte[] plain = EvidenceSamples.plainPng();
        int afterHeader = 8 + 12 + 13;
        byte[] gamma = EvidenceSamples.chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F});
        byte[] physical = EvidenceSamples.chunk("pHYs", new byte[] {0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1});
        byte[] kept = EvidenceSamples.concat(
                EvidenceSamples.slice(plain, 0, afterHeader),
                gamma,
                physical,
                EvidenceSamples.slice(plain, afterHeader, plain.length));
        byte[] withPrivate = EvidenceSamples.concat(
                EvidenceSamples.slice(kept, 0, afterHeader),
                EvidenceSamples.chunk("prVt", utf8(EvidenceSamples.CAMERA_MODEL)),
                EvidenceSamples.slice(kept, afterHeader, kept.length));

        assertArrayEquals(kept, INSPECTOR.inspect(kept).cleanContent());
        assertFalse(INSPECTOR.inspect(kept).metadataRemoved());
        assertArrayEquals(kept, INSPECTOR.inspect(withPrivate).cleanContent());
    }

    @Test
    void whatFollowsTheEndOfAnImageIsNotStored() {
        byte[] polyglot = EvidenceSamples.concat(EvidenceSamples.plainJpeg(), bytes('P', 'K', 3, 4, 20, 0));
        InspectedEvidence inspected = INSPECTOR.inspect(polyglot);
        assertArrayEquals(EvidenceSamples.plainJpeg(), inspected.cleanContent());
        assertTrue(inspected.metadataRemoved());
    }

    @Test
    void theSizeLimitComesFromTheConfigurationAndDefaultsToFiveMebibytes() {
        assertEquals(4_000_000L, EvidenceInspector.DEFAULT_MAX_BYTES);
        byte[] text = textOf(100);
        assertEquals(
                "evidence-too-large",
                assertThrows(RuleViolationException.class, () -> new EvidenceInspector(99).inspect(text))
                        .code());
        assertEquals(100, new EvidenceInspector(100).inspect(text).cleanContent().length);
    }

    private static byte[] pdfWithCompressedScript() {
        byte[] script = ascii("<< /S /JS /JS (app.alert(1)) >>");
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(script);
        deflater.finish();
        byte[] buffer = new byte[256];
        int length = deflater.deflate(buffer);
        deflater.end();
        return EvidenceSamples.concat(
                ascii("%PDF-1.7\n3 0 obj << /Type /ObjStm /Filter /FlateDecode /Length " + length + " >>\nstream\n"),
                Arrays.copyOf(buffer, length),
                ascii("\nendstream\nendobj\n%%EOF\n"));
    }

    private static byte[] textOf(int length) {
        byte[] text = new byte[length];
        Arrays.fill(text, (byte) 'a');
        return text;
    }

    private static boolean contains(byte[] content, String text) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
