package vn.customs.staffing.domain.assets;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.UUID;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/**
 * An officer's declaration of income and assets for a year. It is publicized at the workplace, then verified or
 * queried by the asset-control body.
 */
@Entity
@Table(name = "asset_declarations")
public class AssetDeclaration {

    @Id
    private UUID id;

    private UUID officerId;

    @Enumerated(EnumType.STRING)
    private AssetDeclarationKind kind;

    private int year;
    private LocalDate filedOn;
    private BigDecimal totalAssetsVnd;
    private BigDecimal riseVnd;

    @Enumerated(EnumType.STRING)
    private AssetDeclarationStatus status;

    private String note;

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
        if (year > filedOn.getYear()) {
            throw new RuleViolationException("future-year", "A declaration is for this year or an earlier one.");
        }
        if (totalAssetsVnd.signum() < 0 || riseVnd.signum() < 0) {
            throw new RuleViolationException("negative-amount", "Amounts are zero or more.");
        }
        BigDecimal threshold = AssetThreshold.on(filedOn).yearlyRiseVnd();
        if (kind == AssetDeclarationKind.SUPPLEMENTARY && riseVnd.compareTo(threshold) < 0) {
            throw new RuleViolationException(
                    "below-threshold",
                    "A supplementary declaration is owed when assets rose by " + threshold.toPlainString()
                            + " VND or more (threshold in force on " + filedOn + ").");
        }
        AssetDeclaration declaration = new AssetDeclaration();
        declaration.id = id;
        declaration.officerId = officerId;
        declaration.kind = kind;
        declaration.year = year;
        declaration.totalAssetsVnd = totalAssetsVnd;
        declaration.riseVnd = riseVnd;
        declaration.filedOn = filedOn;
        declaration.status = AssetDeclarationStatus.SUBMITTED;
        return declaration;
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
        return officerId;
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

    public long version() {
        return version;
    }
}
