package vn.customs.hotline.api;

/** The OpenAPI examples of the evidence endpoints, as JSON text blocks the resource refers to by constant. */
final class EvidenceExamples {

    private EvidenceExamples() {}

    /** A photo a handler added: its Exif (GPS, camera) was removed before it was stored. */
    static final String ITEM = """
            {"id": "01935c4e-7a10-7c3e-9b2a-5d7f1e0a4c21", "reportId": "01935c4a-2b00-7f00-8a11-3c5e7d9f0b12",
             "source": "HANDLER", "addedBy": "handler-hn-03", "mediaType": "image/jpeg", "sizeBytes": 184233,
             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "metadataRemoved": true, "addedAt": "2026-11-27T03:12:45.123456Z",
             "contentUri": "/api/v1/reports/01935c4a-2b00-7f00-8a11-3c5e7d9f0b12/evidence/01935c4e-7a10-7c3e-9b2a-5d7f1e0a4c21"}
            """;

    /** A report's evidence: the reporter's receipt of payment (a PDF) and the handler's photo. */
    static final String LIST = """
            {"reportId": "01935c4a-2b00-7f00-8a11-3c5e7d9f0b12", "maxItems": 20,
             "items": [
              {"id": "01935c4b-0000-7a00-8000-0000000000a1", "reportId": "01935c4a-2b00-7f00-8a11-3c5e7d9f0b12",
               "source": "REPORTER", "addedBy": null, "mediaType": "application/pdf", "sizeBytes": 48211,
               "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
               "metadataRemoved": false, "addedAt": "2026-11-26T08:40:00Z",
               "contentUri": "/api/v1/reports/01935c4a-2b00-7f00-8a11-3c5e7d9f0b12/evidence/01935c4b-0000-7a00-8000-0000000000a1"},
              """ + ITEM + "]}";

    /** A note a handler keeps as plain text evidence (any upload is the file's raw bytes). */
    static final String TEXT_UPLOAD = "Counter 2, 3 March 10:05: the queue ticket shows 42 minutes of waiting.";
}
