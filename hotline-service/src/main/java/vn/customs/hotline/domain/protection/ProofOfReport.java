package vn.customs.hotline.domain.protection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A statement the service signs when it receives a report: the reporter keeps it, and anyone can check it against
 * the service's published keys. Its fields are not validated here, so that a proof typed back by anyone can be given
 * to {@link ReportSigner#verify}, which answers false for anything that is not a good proof.
 *
 * @param reportId the report's id
 * @param receivedAt when the service received the report
 * @param contentHash a hash of the report's content as received
 * @param keyId the name of the key that signed it
 * @param signature the signature of {@link #statement()}, base64
 */
public record ProofOfReport(String reportId, Instant receivedAt, String contentHash, String keyId, String signature) {

    /** The name and version of the statement's layout, its first line. */
    public static final String STATEMENT_TYPE = "customs-hotline-proof-of-report/v1";

    /**
     * The exact bytes signed (UTF-8): {@code "customs-hotline-proof-of-report/v1\n" + reportId + "\n" + receivedAt
     * (ISO-8601) + "\n" + contentHash}.
     */
    public byte[] statement() {
        return (STATEMENT_TYPE + "\n" + reportId + "\n" + receivedAt + "\n" + contentHash)
                .getBytes(StandardCharsets.UTF_8);
    }
}
