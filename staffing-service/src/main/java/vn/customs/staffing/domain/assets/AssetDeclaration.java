package vn.customs.staffing.domain.assets;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.Money;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;

/**
 * An officer's declaration of income and assets for a year. It is publicized at the workplace, then verified or
 * queried by the asset-control body.
 */
@Entity
@Table(name = "asset_declarations")
public class AssetDeclaration {

    /**
     * Days after taking up a post that requires declarations within which the FIRST declaration is due. Assumption:
     * the Anti-Corruption Law 2018 (art. 36(1)(b)) has those newly appointed declare "no later than 10 days" from the
     * appointment; calendar days, counted from the first day of the posting.
     */
    public static final int FIRST_DECLARATION_DAYS = 10;

    @Id
    private UUID id;

    private OfficerId officerId;

    @Enumerated(EnumType.STRING)
    private AssetDeclarationKind kind;

    private int year;
    private LocalDate filedOn;
    private BigDecimal totalAssetsVnd;
    private BigDecimal riseVnd;

    @Enumerated(EnumType.STRING)
    private AssetDeclarationStatus status;

    private String note;

    @ElementCollection
    @CollectionTable(name = "asset_declaration_assets", joinColumns = @JoinColumn(name = "declaration_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "value.amount", column = @Column(name = "value_amount"))
    @AttributeOverride(name = "value.currency", column = @Column(name = "value_currency"))
    private List<DeclaredAsset> assets = new ArrayList<>();

    @Version
    private long version;

    protected AssetDeclaration() {}

    /**
     * Files a declaration. A supplementary one is owed only when assets rose by at least the threshold in force on
     * the filing day; the year cannot lie in the future.
     */
    public static AssetDeclaration file(
            UUID id,
            UUID officerId,
            AssetDeclarationKind kind,
            int year,
            BigDecimal totalAssetsVnd,
            BigDecimal riseVnd,
            LocalDate filedOn) {
        return file(id, officerId, kind, year, totalAssetsVnd, riseVnd, List.of(), filedOn);
    }

    /**
     * Files a declaration that lists single assets on their own. Each must be worth at least the per-asset threshold
     * in force on the filing day (smaller ones are declared only within the total), and together they cannot exceed
     * the total declared.
     */
    public static AssetDeclaration file(
            UUID id,
            UUID officerId,
            AssetDeclarationKind kind,
            int year,
            BigDecimal totalAssetsVnd,
            BigDecimal riseVnd,
            List<DeclaredAsset> assets,
            LocalDate filedOn) {
        if (year > filedOn.getYear()) {
            throw new RuleViolationException("future-year", "A declaration is for this year or an earlier one.");
        }
        if (totalAssetsVnd.signum() < 0 || riseVnd.signum() < 0) {
            throw new RuleViolationException("negative-amount", "Amounts are zero or more.");
        }
        BigDecimal threshold = AssetThreshold.on(filedOn).yearlyRise().amount();
        if (kind == AssetDeclarationKind.SUPPLEMENTARY && riseVnd.compareTo(threshold) < 0) {
            throw new RuleViolationException(
                    "below-threshold",
                    "A supplementary declaration is owed when assets rose by " + threshold.toPlainString()
                            + " VND or more (threshold in force on " + filedOn + ").");
        }
        requireListedAssetsFit(assets, totalAssetsVnd, AssetThreshold.on(filedOn));
        AssetDeclaration declaration = new AssetDeclaration();
        declaration.id = id;
        declaration.officerId = new OfficerId(officerId);
        declaration.kind = kind;
        declaration.year = year;
        declaration.totalAssetsVnd = totalAssetsVnd;
        declaration.riseVnd = riseVnd;
        declaration.filedOn = filedOn;
        declaration.status = AssetDeclarationStatus.SUBMITTED;
        declaration.assets = new ArrayList<>(assets);
        return declaration;
    }

    private static void requireListedAssetsFit(List<DeclaredAsset> assets, BigDecimal total, AssetThreshold threshold) {
        Money listed = Money.vnd(BigDecimal.ZERO);
        for (DeclaredAsset asset : assets) {
            if (!threshold.mustBeListed(asset.value())) {
                throw new RuleViolationException(
                        "asset-below-threshold",
                        "'" + asset.description() + "' is worth less than "
                                + threshold.perAsset().amount().toPlainString()
                                + " VND (threshold in force from " + threshold.validFrom() + "): it is declared within"
                                + " the total, not listed on its own.");
            }
            listed = listed.plus(asset.value());
        }
        if (listed.exceeds(Money.vnd(total))) {
            throw new RuleViolationException(
                    "assets-exceed-total", "The assets listed are worth more than the total declared.");
        }
    }

    /** The last day to file the FIRST declaration for an appointment that began on {@code appointedOn}. */
    public static LocalDate firstDeadline(LocalDate appointedOn) {
        return appointedOn.plusDays(FIRST_DECLARATION_DAYS);
    }

    /** The last day to file an annual declaration for {@code year}. */
    public static LocalDate annualDeadline(int year) {
        return LocalDate.of(year, Month.DECEMBER, 31);
    }

    public void publicize() {
        moveTo(AssetDeclarationStatus.PUBLICIZED, "be publicized", null);
    }

    public void verify() {
        moveTo(AssetDeclarationStatus.VERIFIED, "be verified", null);
    }

    /** The asset-control body asks for explanations. */
    public void query(String question) {
        if (question == null || question.isBlank()) {
            throw new RuleViolationException("question-required", "A query says what must be explained.");
        }
        moveTo(AssetDeclarationStatus.QUERIED, "be queried", question.strip());
    }

    private void moveTo(AssetDeclarationStatus next, String transition, String note) {
        if (!status.next().contains(next)) {
            throw new IllegalTransitionException("asset declaration", status, transition);
        }
        this.status = next;
        this.note = note;
    }

    public boolean onTime() {
        return kind != AssetDeclarationKind.ANNUAL || !filedOn.isAfter(annualDeadline(year));
    }

    public UUID id() {
        return id;
    }

    public UUID officerId() {
        return officerId.value();
    }

    public AssetDeclarationKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public BigDecimal totalAssetsVnd() {
        return totalAssetsVnd;
    }

    public BigDecimal riseVnd() {
        return riseVnd;
    }

    public AssetDeclarationStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    /** The single assets listed on their own, in the declarant's order. */
    public List<DeclaredAsset> assets() {
        return List.copyOf(assets);
    }

    public long version() {
        return version;
    }
}
