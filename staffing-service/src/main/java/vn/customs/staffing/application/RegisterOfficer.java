package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.events.Outbox;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerProfile;
import vn.customs.staffing.domain.officer.OfficerRepository;

/** Registers an officer in the personnel register; publishes OfficerRegistered. */
@ApplicationScoped
public class RegisterOfficer {

    private final OfficerRepository officers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Today today;

    RegisterOfficer(OfficerRepository officers, Outbox outbox, AuditTrail audit, Today today) {
        this.officers = officers;
        this.outbox = outbox;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Officer register(OfficerProfile profile) {
        if (officers.serviceNumberTaken(profile.serviceNumber())) {
            throw new RuleViolationException(
                    "service-number-taken", "An officer with service number " + profile.serviceNumber() + " exists.");
        }
        Officer officer = Officer.register(TimeOrderedIds.next(), profile, today.now());
        officers.add(officer);
        outbox.publish(officer.registration(today.now()));
        officers.flush();
        audit.record("register-officer", "officer", officer.id(), Map.of("serviceNumber", profile.serviceNumber()));
        return officer;
    }
}
