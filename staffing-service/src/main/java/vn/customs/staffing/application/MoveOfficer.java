package vn.customs.staffing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.customs.platform.audit.AuditTrail;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.TimeOrderedIds;
import vn.customs.platform.domain.UnknownObjectException;
import vn.customs.platform.time.Today;
import vn.customs.staffing.domain.officer.Move;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerRepository;
import vn.customs.staffing.domain.officer.Posting;
import vn.customs.staffing.domain.officer.PostingKind;
import vn.customs.staffing.domain.organisation.OrganisationRepository;
import vn.customs.staffing.domain.organisation.Post;
import vn.customs.staffing.domain.organisation.Unit;

/**
 * Moves an officer to a post in one transaction: the current posting closes, the next opens, the events go to the
 * outbox. The officer and the target post are locked, so concurrent moves cannot overlap postings or overfill a post.
 */
@ApplicationScoped
public class MoveOfficer {

    /** What personnel decided: which post, from when, why, under which decision. */
    public record Command(UUID postId, LocalDate from, PostingKind kind, String decisionNumber) {}

    private final OfficerRepository officers;
    private final OrganisationRepository organisation;
    private final PostingRecorder recorder;
    private final AuditTrail audit;
    private final Today today;

    MoveOfficer(
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
    public Posting move(UUID officerId, Command command) {
        Officer officer = officers.officerForUpdate(officerId)
                .orElseThrow(() -> new UnknownObjectException("officer", officerId));
        Post target = organisation
                .postForUpdate(command.postId())
                .orElseThrow(() -> new RuleViolationException("unknown-post", "No post " + command.postId() + "."));
        Unit unit = organisation.unit(target.unitId()).orElseThrow();
        unit.requireOpen();
        Optional<Post> previous = officer.openPosting().flatMap(open -> organisation.post(open.postId()));
        target.requireRoomForOneMore(organisation.officersOnOrAfter(target.id(), command.from()));

        UUID postingId = TimeOrderedIds.next();
        Move move = officer.moveTo(
                target.placementIn(unit),
                command.from(),
                command.kind(),
                command.decisionNumber().strip(),
                postingId,
                today.now());
        move.ended().ifPresent(ended -> recorder.ended(ended, previous.orElseThrow()));
        recorder.opened(move.posted(), target);
        audit.record(
                "move-officer",
                "officer",
                officerId,
                Map.of(
                        "post", target.id(),
                        "from", command.from(),
                        "kind", command.kind(),
                        "decision", command.decisionNumber()));
        return officer.postings().stream()
                .filter(posting -> posting.id().equals(postingId))
                .findFirst()
                .orElseThrow();
    }
}
