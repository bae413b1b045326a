package vn.customs.declarations.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DocumentRef;
import vn.customs.declarations.domain.declaration.HistoryEntry;
import vn.customs.declarations.domain.declaration.Invoice;
import vn.customs.declarations.domain.declaration.Item;
import vn.customs.declarations.domain.declaration.Party;
import vn.customs.declarations.domain.declaration.Transport;
import vn.customs.platform.domain.time.WorkingCalendar;

/** What the API answers about declarations: records built from the aggregate. */
final class DeclarationViews {

    private DeclarationViews() {}

    /** The charter clock: committed, used and left working minutes, the deadline if nothing pauses it, the state. */
    record ClockView(
            String state,
            Instant startedAt,
            long committedMinutes,
            long usedMinutes,
            long leftMinutes,
            Instant deadline,
            boolean paused,
            Instant stoppedAt) {
        static ClockView of(Declaration declaration, WorkingCalendar calendar, Instant now) {
            CharterClock clock = declaration.clock();
            if (clock == null) {
                return null;
            }
            return new ClockView(
                    clock.state(calendar, now).name(),
                    clock.startedAt(),
                    clock.committed().toMinutes(),
                    clock.used(calendar, now).toMinutes(),
                    clock.left(calendar, now).toMinutes(),
                    clock.stoppedAt() == null ? clock.deadline(calendar, now) : null,
                    clock.pausedSince() != null,
                    clock.stoppedAt());
        }
    }

    /** A declaration with its clock. */
    record DeclarationView(
            UUID id,
            String lrn,
            String number,
            String status,
            String flow,
            String procedureCode,
            String gateCode,
            String submissionChannel,
            Party declarant,
            Party counterparty,
            Party broker,
            Transport transport,
            Invoice invoice,
            List<Item> items,
            List<DocumentRef> documents,
            String channel,
            List<String> riskReasons,
            UUID assignedOfficerId,
            String proposedChannel,
            String channelBeforeOverride,
            UUID overrideApprovedBy,
            String cancellationReason,
            int amendments,
            Instant submittedAt,
            Instant registeredAt,
            Instant finishedAt,
            ClockView clock) {
        static DeclarationView of(Declaration d, WorkingCalendar calendar, Instant now) {
            return new DeclarationView(
                    d.id(),
                    d.lrn(),
                    d.number(),
                    d.status().name(),
                    d.flow(),
                    d.procedureCode(),
                    d.gateCode(),
                    d.submissionChannel(),
                    d.declarant(),
                    d.counterparty(),
                    d.broker(),
                    d.transport(),
                    d.invoice(),
                    d.items(),
                    d.documents(),
                    d.channel() == null ? null : d.channel().name(),
                    d.riskReasons(),
                    d.assignedOfficerId(),
                    d.proposedChannel() == null ? null : d.proposedChannel().name(),
                    d.channelBeforeOverride() == null
                            ? null
                            : d.channelBeforeOverride().name(),
                    d.overrideApprovedBy(),
                    d.cancellationReason(),
                    d.amendments(),
                    d.submittedAt(),
                    d.registeredAt(),
                    d.finishedAt(),
                    ClockView.of(d, calendar, now));
        }
    }

    /** The history of a declaration, oldest first. */
    record HistoryView(UUID declarationId, List<HistoryEntry> entries) {}

    /** A dry run: the items with their duties and the totals in VND. */
    record DryRunView(
            boolean valid, List<Item> items, java.math.BigDecimal importDutyVnd, java.math.BigDecimal vatVnd) {}
}
