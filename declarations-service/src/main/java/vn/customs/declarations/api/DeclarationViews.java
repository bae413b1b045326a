package vn.customs.declarations.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.customs.declarations.domain.charter.CharterClock;
import vn.customs.declarations.domain.declaration.ChannelOverride;
import vn.customs.declarations.domain.declaration.Counterparty;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.DocumentRef;
import vn.customs.declarations.domain.declaration.HistoryEntry;
import vn.customs.declarations.domain.declaration.InspectionExtension;
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

    /** A Vietnamese party: tax id, name, address, country. */
    record PartyView(String taxId, String name, String address, String country) {
        static PartyView of(Party party) {
            return party == null
                    ? null
                    : new PartyView(
                            party.taxId() == null ? null : party.taxId().value(),
                            party.name(),
                            party.address(),
                            party.country());
        }
    }

    /** The invoice: amount in its currency, exchange rates, freight, insurance, incoterm. */
    record InvoiceView(
            String number,
            java.time.LocalDate date,
            String currency,
            BigDecimal amount,
            BigDecimal exchangeRateVnd,
            BigDecimal usdRateVnd,
            BigDecimal freight,
            BigDecimal insurance,
            String incoterm) {
        static InvoiceView of(Invoice invoice) {
            return new InvoiceView(
                    invoice.number(),
                    invoice.date(),
                    invoice.currency(),
                    invoice.amount().amount(),
                    invoice.exchangeRateVnd(),
                    invoice.usdRateVnd(),
                    invoice.freight(),
                    invoice.insurance(),
                    invoice.incoterm());
        }
    }

    /** One line of goods with its duties. */
    record ItemView(
            int seq,
            String hsCode,
            String description,
            String originCountry,
            BigDecimal quantity,
            String unit,
            BigDecimal netMassKg,
            BigDecimal customsValue,
            BigDecimal importDutyRate,
            BigDecimal importDutyVnd,
            BigDecimal vatVnd) {
        static ItemView of(Item item) {
            return new ItemView(
                    item.seq(),
                    item.hsCode().value(),
                    item.description(),
                    item.originCountry(),
                    item.quantity(),
                    item.unit(),
                    item.netMassKg(),
                    item.customsValue(),
                    item.importDutyRate(),
                    item.importDutyVnd(),
                    item.vatVnd());
        }

        static List<ItemView> of(List<Item> items) {
            return items.stream().map(ItemView::of).toList();
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
            PartyView declarant,
            Counterparty counterparty,
            PartyView broker,
            Transport transport,
            InvoiceView invoice,
            List<ItemView> items,
            List<DocumentRef> documents,
            String channel,
            List<String> riskReasons,
            String riskRulesVersion,
            UUID assignedOfficerId,
            String proposedChannel,
            String channelBeforeOverride,
            UUID overrideApprovedBy,
            InspectionExtensionView inspectionExtension,
            String cancellationReason,
            int amendments,
            Instant submittedAt,
            Instant registeredAt,
            Instant finishedAt,
            ClockView clock) {
        static DeclarationView of(Declaration d, WorkingCalendar calendar, Instant now) {
            ChannelOverride override = d.override();
            return new DeclarationView(
                    d.id(),
                    d.lrn(),
                    d.number(),
                    d.status().name(),
                    d.flow().name(),
                    d.procedureCode(),
                    d.gateCode().value(),
                    d.submissionChannel().name(),
                    PartyView.of(d.declarant()),
                    d.counterparty(),
                    PartyView.of(d.broker()),
                    d.transport(),
                    InvoiceView.of(d.invoice()),
                    ItemView.of(d.items()),
                    d.documents(),
                    d.channel() == null ? null : d.channel().name(),
                    d.riskReasons(),
                    d.riskRulesVersion(),
                    d.assignedOfficerId() == null ? null : d.assignedOfficerId().value(),
                    override == null || override.proposed() == null
                            ? null
                            : override.proposed().name(),
                    override == null || override.replaced() == null
                            ? null
                            : override.replaced().name(),
                    override == null || override.approvedBy() == null
                            ? null
                            : override.approvedBy().value(),
                    InspectionExtensionView.of(d.extension()),
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
    record DryRunView(boolean valid, List<ItemView> items, BigDecimal importDutyVnd, BigDecimal vatVnd) {}

    /** The inspection's one extension as shown: who asked, for how long and why; who approved, and when. */
    public record InspectionExtensionView(
            UUID requestedBy,
            Integer workingDays,
            String reason,
            Instant requestedAt,
            UUID approvedBy,
            Instant approvedAt) {

        static InspectionExtensionView of(InspectionExtension extension) {
            if (extension == null) {
                return null;
            }
            return new InspectionExtensionView(
                    extension.requestedBy() == null
                            ? null
                            : extension.requestedBy().value(),
                    extension.workingDays(),
                    extension.reason(),
                    extension.requestedAt(),
                    extension.approvedBy() == null
                            ? null
                            : extension.approvedBy().value(),
                    extension.approvedAt());
        }
    }
}
