package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.OfficerId;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnitCode;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.briefing.Briefing;
import vn.customs.staffing.domain.briefing.BriefingRepository;
import vn.customs.staffing.domain.officer.OfficerRepository;
import vn.customs.staffing.domain.organisation.OrganisationRepository;

/** Records a discipline briefing held at a unit, with the officers who attended; a unit head records his own. */
@ApplicationScoped
public class RecordBriefing {

    /** What was held: where, when, on what, what was decided, who came. */
    public record Command(String unitCode, LocalDate heldOn, String topic, String decision, List<UUID> attendees) {}

    private final BriefingRepository briefings;
    private final OrganisationRepository organisation;
    private final OfficerRepository officers;
    private final CallerScope scope;
    private final AuditTrail audit;
    private final Today today;

    RecordBriefing(
            BriefingRepository briefings,
            OrganisationRepository organisation,
            OfficerRepository officers,
            CallerScope scope,
            AuditTrail audit,
            Today today) {
        this.briefings = briefings;
        this.organisation = organisation;
        this.officers = officers;
        this.scope = scope;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Briefing record(Command command) {
        organisation
                .unitByCode(new UnitCode(command.unitCode()))
                .orElseThrow(() ->
                        new RuleViolationException("unknown-unit", "No unit with code " + command.unitCode() + "."));
        if (!scope.sees(command.unitCode())) {
            throw new AccessRefusedException(
                    "outside-his-units", "A unit head records the briefings of the units he heads only.");
        }
        for (UUID officerId : command.attendees()) {
            officers.officer(officerId)
                    .orElseThrow(() -> new RuleViolationException("unknown-officer", "No officer " + officerId + "."));
        }
        Briefing briefing = Briefing.record(
                TimeOrderedIds.next(),
                new UnitCode(command.unitCode()),
                command.heldOn(),
                command.topic(),
                command.decision(),
                command.attendees().stream().map(OfficerId::new).toList(),
                today.date(),
                today.now());
        briefings.add(briefing);
        audit.record(
                "record-briefing",
                "briefing",
                briefing.id(),
                Map.of(
                        "unit",
                        command.unitCode(),
                        "heldOn",
                        command.heldOn(),
                        "attendees",
                        command.attendees().size()));
        return briefing;
    }
}
