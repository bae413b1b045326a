package vn.customs.hotline.domain.evidence;

/** Who added a piece of evidence: the reporter (with his receipt) or a handler. */
public enum EvidenceSource {
    REPORTER,
    HANDLER
}
