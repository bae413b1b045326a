package vn.customs.hotline.domain.evidence;

import vn.customs.platform.domain.RuleViolationException;

/** The refusals of an inspected file; their details name the kind of file or the fault, never its content. */
final class EvidenceRefusals {

    private EvidenceRefusals() {}

    static RuleViolationException malformed(EvidenceType type, String fault) {
        return new RuleViolationException(
                "evidence-malformed",
                "The file starts like " + article(type) + " but does not parse as one (" + fault
                        + "); it is not stored.");
    }

    static RuleViolationException refusedType(String kind) {
        return new RuleViolationException(
                "evidence-type-refused",
                "The file's content is " + kind + "; evidence is accepted as JPEG, PNG, PDF or plain UTF-8 text.");
    }

    private static String article(EvidenceType type) {
        return switch (type) {
            case JPEG -> "a JPEG image";
            case PNG -> "a PNG image";
            case PDF -> "a PDF document";
            case TEXT -> "a text";
        };
    }
}
