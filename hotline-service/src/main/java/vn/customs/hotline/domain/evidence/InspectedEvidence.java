package vn.customs.hotline.domain.evidence;

/**
 * A file that passed inspection: its type as its content shows it, the content as it will be stored (image metadata
 * removed), that content's SHA-256 in lower-case hex, and whether anything was removed.
 */
public record InspectedEvidence(String mediaType, byte[] cleanContent, String sha256Hex, boolean metadataRemoved) {

    public InspectedEvidence {
        if (mediaType == null || cleanContent == null || cleanContent.length == 0 || sha256Hex == null) {
            throw new IllegalArgumentException("inspected evidence has a type, content and its hash");
        }
    }
}
