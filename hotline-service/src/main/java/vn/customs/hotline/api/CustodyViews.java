package vn.customs.hotline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.hotline.domain.custody.IdentityRequest;
import vn.customs.hotline.domain.custody.IdentityRequestStatus;
import vn.customs.hotline.domain.protection.ReporterIdentity;

/** The custodians' request bodies and views: plain records, never the aggregate itself. */
final class CustodyViews {

    private CustodyViews() {}

    /** Sizes the identity's fields are shown with: what a reporter gives (a longer value is shown as given). */
    private static final int NAME_MAX = 200;

    private static final int PHONE_MAX = 40;
    private static final int EMAIL_MAX = 254;
    private static final int TAX_ID_MAX = 14;
    private static final int ADDRESS_MAX = 500;

    /** Why the custodian needs the reporter's identity. */
    record NewIdentityRequest(
            @NotBlank
            @Size(max = IdentityRequest.MAX_TEXT)
            @Schema(
                    maxLength = IdentityRequest.MAX_TEXT,
                    description = "Why the identity is needed; a second custodian judges it")
            String reason) {}

    /** Why a second custodian refuses the request. */
    record Refusal(
            @NotBlank
            @Size(max = IdentityRequest.MAX_TEXT)
            @Schema(maxLength = IdentityRequest.MAX_TEXT, description = "Why the request is refused")
            String note) {}

    /** A request, without the identity it is about. */
    record IdentityRequestView(
            UUID id,
            UUID reportId,

            @Schema(maxLength = IdentityRequest.MAX_SUBJECT, description = "The requesting custodian's token subject")
            String requestedBy,

            @Schema(maxLength = IdentityRequest.MAX_TEXT) String reason,
            Instant requestedAt,
            IdentityRequestStatus status,

            @Schema(maxLength = IdentityRequest.MAX_SUBJECT, description = "The second custodian who decided")
            String decidedBy,

            Instant decidedAt,

            @Schema(maxLength = IdentityRequest.MAX_TEXT, description = "Why it was refused")
            String decisionNote,

            @Schema(minimum = "0", maximum = "2147483647", description = "How often the requester read the identity")
            int reads,

            Instant lastReadAt,

            @Schema(description = "When the approval lapses (seven days after it)")
            Instant expiresAt) {

        static IdentityRequestView of(IdentityRequest request) {
            return new IdentityRequestView(
                    request.id(),
                    request.reportId(),
                    request.requestedBy(),
                    request.reason(),
                    request.requestedAt(),
                    request.status(),
                    request.decidedBy(),
                    request.decidedAt(),
                    request.decisionNote(),
                    request.reads(),
                    request.lastReadAt(),
                    request.expiresAt());
        }
    }

    /** The reporter's identity as he gave it; any field may be absent. */
    record ReporterIdentityView(
            @Schema(maxLength = NAME_MAX) String fullName,
            @Schema(maxLength = PHONE_MAX) String phone,
            @Schema(maxLength = EMAIL_MAX) String email,
            @Schema(maxLength = TAX_ID_MAX) String taxId,
            @Schema(maxLength = ADDRESS_MAX) String address) {

        static ReporterIdentityView of(ReporterIdentity identity) {
            return new ReporterIdentityView(
                    identity.fullName(), identity.phone(), identity.email(), identity.taxId(), identity.address());
        }

        /** Names no value, as {@link ReporterIdentity} does, so that a logged view reveals nothing. */
        @Override
        public String toString() {
            return "ReporterIdentityView[redacted]";
        }
    }
}
