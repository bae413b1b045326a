package vn.customs.hotline.domain.evidence;

/** What a cleaner gives back: the content to keep and whether anything was taken out. */
record Cleaned(byte[] content, boolean removed) {}
