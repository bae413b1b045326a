package vn.customs.hotline.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.customs.hotline.domain.report.ReportFacts;

/**
 * The hash a proof of report signs: SHA-256 over the facts as received, one labelled line per field in a fixed
 * order, so that the reporter (or anyone he shows it to) can recompute it from what he sent.
 */
public final class ReportContent {

    private ReportContent() {}

    public static String hash(ReportFacts facts) {
        String canonical = String.join(
                "\n",
                "kind:" + facts.kind(),
                "category:" + facts.category(),
                "unitCode:" + facts.unitCode().value(),
                "happenedAt:" + (facts.happenedAt() == null ? "" : facts.happenedAt()),
                "accusedOfficerId:" + (facts.accusedOfficerId() == null ? "" : facts.accusedOfficerId()),
                "accusedDescription:" + (facts.accusedDescription() == null ? "" : facts.accusedDescription()),
                "declarationNumber:" + (facts.declarationNumber() == null ? "" : facts.declarationNumber()),
                "text:" + facts.text());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
