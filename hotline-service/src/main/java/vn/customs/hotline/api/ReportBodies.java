package vn.customs.hotline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.report.Complexity;
import vn.customs.hotline.domain.report.IntakeChannel;
import vn.customs.hotline.domain.report.MessageVisibility;
import vn.customs.hotline.domain.report.NonAcceptanceReason;
import vn.customs.hotline.domain.report.Outcome;
import vn.customs.hotline.domain.report.ReportCategory;
import vn.customs.hotline.domain.report.ReportFacts;
import vn.customs.hotline.domain.report.ReportKind;
import vn.customs.hotline.domain.report.ReportMessage;
import vn.customs.hotline.domain.report.ReporterMode;
import vn.customs.hotline.domain.report.Settlement;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.UnitCode;

/** The request bodies of the hotline's API. */
public final class ReportBodies {

    private ReportBodies() {}

    /** Who the reporter is: only for CONFIDENTIAL and IDENTIFIED reports, sealed at once, read only by the custodian. */
    public record Identity(
            @NotBlank @Size(max = 200) String fullName,

            @Size(max = 30) @Pattern(regexp = "^[+0-9 ().-]{6,30}$")
            String phone,

            @Size(max = 254) @Email String email,

            @Size(max = 14) @Pattern(regexp = vn.customs.platform.domain.TaxId.PATTERN)
            String taxId,

            @Size(max = 500) String address) {

        ReporterIdentity toIdentity() {
            return new ReporterIdentity(fullName.strip(), phone, email, taxId, address);
        }
    }

    /** A new report, from the web form or recorded by an operator. */
    public record NewReport(
            @Schema(
                    description =
                            "WEB for the reporter's own filing; any other channel is recorded by a HOTLINE_HANDLER")
            IntakeChannel intakeChannel,

            @NotNull ReportKind kind,
            @NotNull ReportCategory category,

            @NotNull @Size(min = 2, max = 32) @Pattern(regexp = UnitCode.PATTERN)
            String unitCode,

            @Schema(description = "When it happened, as near as the reporter knows")
            Instant happenedAt,

            @Schema(description = "The accused officer's id, when the reporter knows it (from a name badge)")
            UUID accusedOfficerId,

            @Size(max = ReportFacts.MAX_DESCRIPTION) String accusedDescription,

            @Size(max = 20) @Pattern(regexp = "^[0-9]{1,20}$")
            String declarationNumber,

            @NotBlank @Size(max = ReportFacts.MAX_TEXT) String text,
            @NotNull ReporterMode reporterMode,
            @Valid Identity identity) {

        IntakeChannel channel() {
            return intakeChannel == null ? IntakeChannel.WEB : intakeChannel;
        }

        ReportFacts facts() {
            return new ReportFacts(
                    kind,
                    category,
                    new UnitCode(unitCode),
                    happenedAt,
                    accusedOfficerId == null ? null : new OfficerId(accusedOfficerId),
                    accusedDescription,
                    declarationNumber,
                    text);
        }
    }

    /** The reporter writes. */
    public record ReporterMessage(
            @NotBlank @Size(max = ReportMessage.MAX_TEXT) String text) {}

    /** A handler writes, to the reporter or for handlers only. */
    public record HandlerMessage(
            @NotNull MessageVisibility visibility,
            @NotBlank @Size(max = ReportMessage.MAX_TEXT) String text) {}

    /** A complaint withdrawn: whole when {@code part} is absent. */
    public record Withdrawal(
            @Size(max = Settlement.MAX_REASON) String part) {}

    public record Acceptance(@NotNull Complexity complexity) {}

    public record NonAcceptance(
            @NotNull NonAcceptanceReason reason,
            @Size(max = Settlement.MAX_REASON) String note) {}

    public record Transfer(
            @NotBlank @Size(max = Settlement.MAX_REASON) String authority,
            @Size(max = Settlement.MAX_REASON) String note) {}

    public record Handlers(
            @NotNull UUID receiverId,
            @NotNull UUID verifierId,
            @NotNull UUID deciderId) {}

    public record Reason(
            @NotBlank @Size(max = Settlement.MAX_REASON) String reason) {}

    public record Extension(
            @NotNull @Min(1) @Max(90) Integer days,
            @NotBlank @Size(max = Settlement.MAX_REASON) String reason) {}

    public record Accused(@NotNull UUID officerId) {}

    public record Conclusion(
            @NotNull Outcome outcome,
            @NotBlank @Size(max = Settlement.MAX_REASON) String conclusion,
            @Size(max = 50) List<@NotNull UUID> officerIds) {

        List<OfficerId> officers() {
            return officerIds == null
                    ? List.of()
                    : officerIds.stream().map(OfficerId::new).toList();
        }
    }

    public record NewAction(
            @NotBlank @Size(max = Settlement.MAX_REASON) String description, LocalDate dueOn) {}

    public record ActionDone(
            @Size(max = Settlement.MAX_REASON) String note) {}

    /** A proof of report, as the service gave it, to verify. */
    public record Proof(
            @NotBlank @Size(max = 64) String reportId,
            @NotNull Instant receivedAt,
            @NotBlank @Size(max = 64) String contentHash,
            @NotBlank @Size(max = 64) String keyId,
            @NotBlank @Size(max = 200) String signature) {}
}
