package vn.customs.declarations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.customs.declarations.domain.risk.ComplianceRecord;

/** Counts an enterprise's rejected declarations and the findings {@link ComplianceRecordProjection} keeps. */
@ApplicationScoped
public class JpaComplianceRecord implements ComplianceRecord {

    private final EntityManager entityManager;

    JpaComplianceRecord(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int priorViolations(String taxId) {
        Number count = (Number) entityManager
                .createNativeQuery("SELECT (SELECT COUNT(*) FROM declarations WHERE declarant_tax_id = ?1"
                        + " AND status = 'REJECTED') + (SELECT COUNT(*) FROM enterprise_findings WHERE tax_id = ?1)")
                .setParameter(1, taxId)
                .getSingleResult();
        return count.intValue();
    }
}
