package vn.customs.declarations.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.customs.declarations.domain.declaration.Counterparty;
import vn.customs.declarations.domain.declaration.DocumentRef;
import vn.customs.declarations.domain.declaration.Flow;
import vn.customs.declarations.domain.declaration.HsCode;
import vn.customs.declarations.domain.declaration.Invoice;
import vn.customs.declarations.domain.declaration.Item;
import vn.customs.declarations.domain.declaration.Lodgement;
import vn.customs.declarations.domain.declaration.Party;
import vn.customs.declarations.domain.declaration.SubmissionChannel;
import vn.customs.declarations.domain.declaration.Transport;
import vn.customs.platform.domain.Money;
import vn.customs.platform.domain.TaxId;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.http.Bounds;

/**
 * A declaration as a declarant's software sends it (submit and dry-run); every field checked, every error pointed at.
 * A {@code @Schema(maxLength)} beside a {@code @Pattern} states the longest text the pattern admits, for the OpenAPI
 * document (the pattern enforces it).
 */
public record LodgementBody(
        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9._/-]{1,35}", message = "1 to 35 letters, digits or . _ / -")
        @Schema(maxLength = 35)
        String lrn,

        @NotNull Flow flow,

        @NotBlank
        @Pattern(regexp = "[A-Z0-9]{3,4}", message = "a procedure code such as A11 or B11")
        @Schema(maxLength = 4)
        String procedureCode,

        @NotBlank
        @Pattern(regexp = Bounds.UNIT_CODE, message = "a gate's unit code such as HUU_NGHI")
        @Schema(maxLength = Bounds.UNIT_CODE_MAX_LENGTH)
        String gateCode,

        @NotNull SubmissionChannel submissionChannel,
        @NotNull @Valid VietnameseParty declarant,
        @NotNull @Valid ForeignParty counterparty,
        @Valid VietnameseParty broker,
        @NotNull @Valid TransportBody transport,
        @NotNull @Valid InvoiceBody invoice,

        @NotEmpty @Size(max = 50, message = "at most 50 items (split larger consignments)")
        List<@NotNull @Valid ItemBody> items,

        @Size(max = 50) List<@NotNull @Valid DocumentBody> documents) {

    /** A Vietnamese enterprise: tax id required. */
    public record VietnameseParty(
            @NotBlank
            @Pattern(regexp = TaxId.PATTERN, message = "a tax id of 10 digits, or 10-3 for a branch")
            @Schema(maxLength = Bounds.TAX_ID_MAX_LENGTH)
            String taxId,

            @NotBlank @Size(max = 255) String name,
            @Size(max = 500) String address) {
        Party party() {
            return new Party(new TaxId(taxId), name.strip(), address, "VN");
        }
    }

    /** The foreign buyer or seller. */
    public record ForeignParty(
            @Size(max = 20) String taxId,
            @NotBlank @Size(max = 255) String name,
            @Size(max = 500) String address,

            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 alpha-2 country code") @Schema(maxLength = 2)
            String country) {
        Counterparty party() {
            return new Counterparty(taxId, name.strip(), address, country);
        }
    }

    /** How the goods travel. */
    public record TransportBody(
            @NotNull
            @Pattern(regexp = "ROAD|RAIL|SEA|AIR|PIPELINE|POST", message = "ROAD, RAIL, SEA, AIR, PIPELINE or POST")
            @Schema(maxLength = 8)
            String mode,

            @Size(max = 64) String meansId,
            @Size(max = 64) String billOfLading,
            LocalDate arrivalDate) {}

    /** The commercial invoice. */
    public record InvoiceBody(
            @NotBlank @Size(max = 64) String number,
            @NotNull LocalDate date,

            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 currency code") @Schema(maxLength = 3)
            String currency,

            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal amount,

            @NotNull @Positive @Digits(integer = 12, fraction = 6)
            BigDecimal exchangeRateVnd,

            @NotNull @Positive @Digits(integer = 12, fraction = 6)
            BigDecimal usdRateVnd,

            @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal freight,

            @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal insurance,

            @Pattern(regexp = "EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP", message = "an Incoterms 2020 code")
            @Schema(maxLength = 3)
            String incoterm) {}

    /** One line of goods. */
    public record ItemBody(
            @NotBlank @Pattern(regexp = "\\d{8}", message = "an HS code of 8 digits") @Schema(maxLength = 8)
            String hsCode,

            @NotBlank @Size(max = 500) String description,

            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 alpha-2 country code") @Schema(maxLength = 2)
            String originCountry,

            @NotNull @Positive @Digits(integer = 16, fraction = 3)
            BigDecimal quantity,

            @NotBlank @Size(max = 8) String unit,

            @DecimalMin("0") @Digits(integer = 16, fraction = 3)
            BigDecimal netMassKg,

            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2)
            BigDecimal customsValue) {}

    /** A supporting document by reference. */
    public record DocumentBody(
            @NotBlank @Pattern(regexp = TYPE_PATTERN, message = "a document type code") @Schema(maxLength = 16)
            String type,

            @NotBlank @Size(max = 128) String reference,

            @Pattern(regexp = SHA256_PATTERN, message = "a SHA-256 in lower-case hex") @Schema(maxLength = 64)
            String sha256) {

        /** A document type code (CO, INV, PL ...), the same wherever a document is named. */
        public static final String TYPE_PATTERN = "[A-Z0-9]{2,16}";

        /** A SHA-256 digest of the document, in lower-case hex. */
        public static final String SHA256_PATTERN = "[0-9a-f]{64}";
    }

    Lodgement lodgement(java.time.Instant now) {
        return new Lodgement(
                lrn,
                flow,
                procedureCode,
                new UnitCode(gateCode),
                submissionChannel,
                declarant.party(),
                counterparty.party(),
                broker == null ? null : broker.party(),
                new Transport(transport.mode(), transport.meansId(), transport.billOfLading(), transport.arrivalDate()),
                new Invoice(
                        invoice.number(),
                        invoice.date(),
                        new Money(invoice.amount(), invoice.currency()),
                        invoice.exchangeRateVnd(),
                        invoice.usdRateVnd(),
                        invoice.freight(),
                        invoice.insurance(),
                        invoice.incoterm()),
                java.util.stream.IntStream.range(0, items.size())
                        .mapToObj(i -> item(i, items.get(i)))
                        .collect(Collectors.toList()),
                documents == null
                        ? List.of()
                        : documents.stream()
                                .map(document ->
                                        new DocumentRef(document.type(), document.reference(), document.sha256(), now))
                                .collect(Collectors.toList()));
    }

    private static Item item(int index, ItemBody item) {
        return new Item(
                index + 1,
                new HsCode(item.hsCode()),
                item.description().strip(),
                item.originCountry(),
                item.quantity(),
                item.unit(),
                item.netMassKg(),
                item.customsValue(),
                null,
                null,
                null);
    }
}
