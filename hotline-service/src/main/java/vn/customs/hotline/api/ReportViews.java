package vn.customs.hotline.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.customs.hotline.application.FileReport;
import vn.customs.hotline.domain.clock.DeadlineState;
import vn.customs.hotline.domain.clock.LegalClock;
import vn.customs.hotline.domain.protection.ProofOfReport;
import vn.customs.hotline.domain.report.FollowUpAction;
import vn.customs.hotline.domain.report.Report;
import vn.customs.hotline.domain.report.ReportMessage;
import vn.customs.hotline.domain.report.ReportStatus;

/** What the hotline's API answers. The reporter's identity is in none of these: handlers see a pseudonym. */
public final class ReportViews {

    private ReportViews() {}

    /** The answer to a filing: the receipt, shown this once, and the signed proof. */
    public record Filed(
            String reportId,
            String receipt,
            String receiptNotice,
            ProofView proof,
            ReportStatus status,
            Instant acceptanceDueAt) {

        static Filed of(FileReport.Filed filed) {
            return new Filed(
                    filed.report().id().toString(),
                    filed.receipt().text(),
                    "Keep this receipt. It is shown once and cannot be recovered; with it alone you can follow the"
                            + " report, read our answers, answer and add evidence.",
                    ProofView.of(filed.proof()),
                    filed.report().status(),
                    filed.report().legalClock().dueAt());
        }
    }

    public record ProofView(String reportId, Instant receivedAt, String contentHash, String keyId, String signature) {
        static ProofView of(ProofOfReport proof) {
            return new ProofView(
                    proof.reportId(), proof.receivedAt(), proof.contentHash(), proof.keyId(), proof.signature());
        }
    }

    public record Verification(boolean valid) {}

    /** A message as the reporter reads it: who wrote (him or the hotline), what, when. */
    public record ReporterMessageView(String from, String text, Instant writtenAt) {
        static ReporterMessageView of(ReportMessage message) {
            return new ReporterMessageView(message.author().name(), message.text(), message.writtenAt());
        }
    }

    /** The report as its reporter reads it with the receipt: where it stands, in plain words, and the messages. */
    public record ReporterView(
            ReportStatus status,
            String statusInWords,
            Instant receivedAt,
            String kind,
            String category,
            String unitCode,
            Instant acceptedAt,
            String outcome,
            String outcomeInWords,
            String conclusion,
            String inspectionOutcome,
            List<String> withdrawnParts,
            List<ReporterMessageView> messages) {

        static ReporterView of(vn.customs.hotline.application.FollowReport.ReporterView view) {
            Report report = view.report();
            return new ReporterView(
                    report.status(),
                    inWords(report),
                    report.receivedAt(),
                    report.reportFacts().kind().name(),
                    report.reportFacts().category().name(),
                    report.reportFacts().unitCode().value(),
                    report.acceptedAt(),
                    report.outcome() == null ? null : report.outcome().name(),
                    report.outcome() == null ? null : report.outcome().plainWords(),
                    report.conclusion(),
                    report.inspectionOutcome(),
                    report.withdrawnParts(),
                    view.messages().stream().map(ReporterMessageView::of).toList());
        }

        private static String inWords(Report report) {
            return switch (report.status()) {
                case RECEIVED -> "We received your report and will decide within the legal time whether to accept it.";
                case NOT_ACCEPTED ->
                    "We could not accept your report: "
                            + report.nonAcceptanceReason().name().toLowerCase().replace('_', ' ') + ".";
                case TRANSFERRED ->
                    "Your report was sent on to the authority that settles it: " + report.transferredTo() + ".";
                case ACCEPTED, VERIFYING -> "Your report was accepted and is being verified.";
                case SUSPENDED -> "Verification is suspended for a while; it will resume.";
                case CONCLUDED, ACTIONS_TRACKING ->
                    "Verification is concluded; the actions it requires are followed up.";
                case CLOSED -> "Your report is closed.";
                case WITHDRAWN -> "Your complaint was withdrawn.";
            };
        }
    }

    public record ClockView(
            String phase,
            Instant dueAt,
            Instant atRiskAt,
            DeadlineState state,
            int extensionsUsed,
            boolean paused,
            Duration pausedFor,
            boolean acceptanceBreached,
            boolean settlementBreached) {

        static ClockView of(Report report, Instant now) {
            LegalClock clock = report.legalClock();
            return new ClockView(
                    report.status().clockPhase().name(),
                    clock.dueAt(),
                    clock.atRiskAt(),
                    report.deadlineState(now),
                    clock.extensionsUsed(),
                    clock.paused(),
                    clock.pausedFor(),
                    clock.acceptanceBreached(),
                    clock.settlementBreached());
        }
    }

    public record HandlersView(UUID receiverId, UUID verifierId, UUID deciderId) {}

    public record ActionView(int index, String description, LocalDate dueOn, Instant doneAt, String doneNote) {}

    /** The report as handlers see it: everything but the reporter's identity (a pseudonym stands for him). */
    public record HandlerView(
            UUID id,
            ReportStatus status,
            String intakeChannel,
            String recordedBy,
            String reporterMode,
            String reporter,
            String kind,
            String category,
            String unitCode,
            Instant happenedAt,
            UUID accusedOfficerId,
            String accusedDescription,
            String declarationNumber,
            String text,
            String contentHash,
            boolean remoteArea,
            String complexity,
            Instant receivedAt,
            Instant acceptedAt,
            String queueLevel,
            ClockView clock,
            String nonAcceptanceReason,
            String decisionNote,
            String transferredTo,
            HandlersView handlers,
            String suspensionReason,
            String outcome,
            String conclusion,
            Instant concludedAt,
            Boolean concludedWithinLimit,
            List<ActionView> actions,
            List<String> withdrawnParts,
            Instant inspectionRequestedAt,
            String inspectionOutcome,
            long version) {

        static HandlerView of(Report report, Instant now) {
            var facts = report.reportFacts();
            var handlers = report.assignment() == null
                    ? null
                    : new HandlersView(
                            report.assignment().receiver().value(),
                            report.assignment().verifier().value(),
                            report.assignment().decider().value());
            List<FollowUpAction> actions = report.actions();
            return new HandlerView(
                    report.id(),
                    report.status(),
                    report.intakeChannel().name(),
                    report.recordedBy(),
                    report.reporterMode().name(),
                    report.pseudonym(),
                    facts.kind().name(),
                    facts.category().name(),
                    facts.unitCode().value(),
                    facts.happenedAt(),
                    facts.accusedOfficerId() == null
                            ? null
                            : facts.accusedOfficerId().value(),
                    facts.accusedDescription(),
                    facts.declarationNumber(),
                    facts.text(),
                    report.contentHash(),
                    report.remoteArea(),
                    report.complexity().name(),
                    report.receivedAt(),
                    report.acceptedAt(),
                    report.queueLevel().name(),
                    ClockView.of(report, now),
                    report.nonAcceptanceReason() == null
                            ? null
                            : report.nonAcceptanceReason().name(),
                    report.decisionNote(),
                    report.transferredTo(),
                    handlers,
                    report.suspensionReason(),
                    report.outcome() == null ? null : report.outcome().name(),
                    report.conclusion(),
                    report.concludedAt(),
                    report.concludedWithinLimit(),
                    java.util.stream.IntStream.range(0, actions.size())
                            .mapToObj(i -> new ActionView(
                                    i,
                                    actions.get(i).description(),
                                    actions.get(i).dueOn(),
                                    actions.get(i).doneAt(),
                                    actions.get(i).doneNote()))
                            .toList(),
                    report.withdrawnParts(),
                    report.inspectionRequestedAt(),
                    report.inspectionOutcome(),
                    report.version());
        }
    }

    /** A message as handlers see it. */
    public record MessageView(
            UUID id, String author, String handler, String visibility, String text, Instant writtenAt) {
        static MessageView of(ReportMessage message) {
            return new MessageView(
                    message.id(),
                    message.author().name(),
                    message.handler(),
                    message.visibility().name(),
                    message.text(),
                    message.writtenAt());
        }
    }
}
