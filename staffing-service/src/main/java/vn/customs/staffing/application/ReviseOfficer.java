package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.officer.Exemption;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerProfile;
import vn.customs.staffing.domain.officer.OfficerRepository;

/** Revises an officer's record (profile, declared interests, exemption); publishes OfficerRegistered again. */
@ApplicationScoped
public class ReviseOfficer {

    private final OfficerRepository officers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    ReviseOfficer(OfficerRepository officers, Outbox outbox, AuditTrail audit, Today today) {
        this.officers = officers;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    /** Revises the record; an exemption (null clears it) is part of it. The profile's service number may be null. */
    @Transactional
    public Officer revise(
            UUID id, ExpectedVersion expected, OfficerProfile profile, Exemption exemption, LocalDate exemptionUntil) {
        Officer officer = officer(id);
        expected.requireMatches(officer.version());
        if (profile.serviceNumber() != null && !officer.serviceNumber().equals(profile.serviceNumber())) {
            throw new RuleViolationException("service-number-fixed", "An officer's service number never changes.");
        }
        officer.revise(profile);
        if (exemption == null) {
            officer.clearExemption();
        } else {
            officer.recordExemption(exemption, exemptionUntil);
        }
        // sent again so that consumers' copies of the declared interests follow the record
        outbox.publish(officer.registration(today.now()));
        officers.flush();
        Map<String, Object> details = new HashMap<>();
        details.put("rank", profile.rank());
        details.put("exemption", exemption);
        audit.record("revise-officer", "officer", id, details);
        return officer;
    }

    private Officer officer(UUID id) {
        return officers.officer(id).orElseThrow(() -> new UnknownObjectException("officer", id));
    }
}
