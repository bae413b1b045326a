package vn.customs.hotline.domain.evidence;

/** The kinds of file a report may carry as evidence, each recognised by its content, never by its name. */
public enum EvidenceType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    PDF("application/pdf"),
    TEXT("text/plain; charset=UTF-8");

    private final String mediaType;

    EvidenceType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type it is stored and served under. */
    public String mediaType() {
        return mediaType;
    }
}
