package vn.customs.hotline.domain.evidence;

import java.nio.charset.StandardCharsets;

/** Names what a refused file looks like from its first bytes, for the refusal's detail. */
final class FileKinds {

    private FileKinds() {}

    static String describe(byte[] content) {
        if (startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 'M', 'Z')
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCE)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(content, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE)) {
            return "an executable";
        }
        if (startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "an executable or a Java class";
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)
                || startsWith(content, 'P', 'K', 0x05, 0x06)
                || startsWith(content, 'P', 'K', 0x07, 0x08)) {
            return "a ZIP archive (Office documents are ZIP archives too)";
        }
        if (startsWith(content, 'R', 'a', 'r', '!')) {
            return "a RAR archive";
        }
        if (startsWith(content, '7', 'z', 0xBC, 0xAF)) {
            return "a 7-Zip archive";
        }
        if (startsWith(content, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Office document";
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(content, 'I', 'I', '*', 0) || startsWith(content, 'M', 'M', 0, '*')) {
            return "a TIFF image";
        }
        if (startsWith(content, 'R', 'I', 'F', 'F')) {
            return "a RIFF file (WebP, WAV or AVI)";
        }
        if (content.length >= 8 && new String(content, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return "an ISO media file (HEIC, MP4 or MOV)";
        }
        if (startsWith(content, 0xFF, 0xD8)) {
            return "a damaged JPEG image";
        }
        return "unknown";
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
