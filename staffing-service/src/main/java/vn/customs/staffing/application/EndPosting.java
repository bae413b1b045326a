package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.ExpectedVersion;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.officer.DepartureReason;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;

/**
 * An officer leaves his post without a new one (retirement, long leave, secondment out, dismissal): his open posting
 * ends on the given day and PostingEnded says why; a head post left empty also announces UnitHeadChanged.
 */
@ApplicationScoped
public class EndPosting {

    /** What personnel decided: why he leaves, his last day on the post, under which decision. */
    public record Command(DepartureReason reason, LocalDate lastDay, String decisionNumber) {}

    private final OfficerRepository officers;
    private final OrganisationRepository organisation;
    private final PostingRecorder recorder;
    private final AuditTrail audit;
    private final Today today;

    EndPosting(
            OfficerRepository officers,
            OrganisationRepository organisation,
            PostingRecorder recorder,
            AuditTrail audit,
            Today today) {
        this.officers = officers;
        this.organisation = organisation;
        this.recorder = recorder;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public Officer depart(UUID officerId, ExpectedVersion expected, Command command) {
        Officer officer = officers.officerForUpdate(officerId)
                .orElseThrow(() -> new UnknownObjectException("officer", officerId));
        expected.requireMatches(officer.version());
        Post post = officer.openPosting()
                .flatMap(open -> organisation.post(open.postId()))
                .orElse(null);
        PostingEnded ended = officer.depart(
                command.reason(), command.lastDay(), command.decisionNumber().strip(), today.now());
        recorder.ended(ended, post);
        officers.flush();
        audit.record(
                "end-posting",
                "officer",
                officerId,
                Map.of(
                        "reason", command.reason(),
                        "lastDay", command.lastDay(),
                        "decision", command.decisionNumber()));
        return officer;
    }
}
