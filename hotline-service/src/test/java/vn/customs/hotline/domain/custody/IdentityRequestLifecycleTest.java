package vn.customs.hotline.domain.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.customs.platform.domain.AccessRefusedException;
import vn.customs.platform.domain.DomainException;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;

/**
 * Every decision and read from every state of an identity request, and the custody rules: four eyes, only the
 * requester reads, an approval lapses after seven days.
 */
class IdentityRequestLifecycleTest {

    private static final Instant AT = Instant.parse("2026-09-01T03:00:00Z");
    private static final String REQUESTER = "custodian-a";
    private static final String SECOND = "custodian-b";
    private static final String OTHER = "custodian-c";

    private static final Map<String, Consumer<IdentityRequest>> TRANSITIONS = Map.of(
            "approve", r -> r.approve(SECOND, AT.plusSeconds(60)),
            "refuse", r -> r.refuse(SECOND, "No case for it.", AT.plusSeconds(60)),
            "read", r -> r.read(REQUESTER, AT.plusSeconds(120)),
            "read by another", r -> r.read(OTHER, AT.plusSeconds(120)),
            "approve own", r -> r.approve(REQUESTER, AT.plusSeconds(60)),
            "refuse own", r -> r.refuse(REQUESTER, "Changed my mind.", AT.plusSeconds(60)));

    /**
     * state, transition, the state it leads to, or the refusal it meets (the class of the exception). Written out, so
     * a change shows here.
     */
    static Stream<Arguments> table() {
        Object[][] rows = {
            {"REQUESTED", "approve", "APPROVED"},
            {"REQUESTED", "refuse", "REFUSED"},
            {"REQUESTED", "read", IllegalTransitionException.class},
            {"REQUESTED", "read by another", AccessRefusedException.class},
            {"REQUESTED", "approve own", RuleViolationException.class},
            {"REQUESTED", "refuse own", RuleViolationException.class},
            {"APPROVED", "approve", IllegalTransitionException.class},
            {"APPROVED", "refuse", IllegalTransitionException.class},
            {"APPROVED", "read", "APPROVED"},
            {"APPROVED", "read by another", AccessRefusedException.class},
            {"APPROVED", "approve own", IllegalTransitionException.class},
            {"APPROVED", "refuse own", IllegalTransitionException.class},
            {"REFUSED", "approve", IllegalTransitionException.class},
            {"REFUSED", "refuse", IllegalTransitionException.class},
            {"REFUSED", "read", IllegalTransitionException.class},
            {"REFUSED", "read by another", AccessRefusedException.class},
            {"REFUSED", "approve own", IllegalTransitionException.class},
            {"REFUSED", "refuse own", IllegalTransitionException.class},
        };
        return Stream.of(rows).map(Arguments::of);
    }

    @Test
    void theTableCoversEveryStateAndTransition() {
        long rows = table().count();
        assertEquals(IdentityRequestStatus.values().length * TRANSITIONS.size(), rows);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("table")
    void transition(String state, String transition, Object outcome) {
        IdentityRequest request = in(IdentityRequestStatus.valueOf(state));
        long readsBefore = request.reads();
        Consumer<IdentityRequest> act = TRANSITIONS.get(transition);
        if (outcome instanceof Class<?> refusal) {
            DomainException refused = assertThrows(DomainException.class, () -> act.accept(request));
            assertEquals(refusal, refused.getClass());
            assertEquals(state, request.status().name(), "a refused transition changes nothing");
            assertEquals(readsBefore, request.reads());
        } else {
            act.accept(request);
            assertEquals(outcome, request.status().name());
        }
    }

    @Test
    void aNewRequestRecordsWhoAskedWhyAndWhen() {
        UUID report = UUID.randomUUID();
        IdentityRequest request = IdentityRequest.request(UUID.randomUUID(), report, REQUESTER, "  Court order  ", AT);
        assertEquals(report, request.reportId());
        assertEquals(REQUESTER, request.requestedBy());
        assertEquals("Court order", request.reason());
        assertEquals(AT, request.requestedAt());
        assertEquals(IdentityRequestStatus.REQUESTED, request.status());
        assertEquals(0, request.reads());
        assertNull(request.expiresAt());
    }

    @Test
    void aRequestStatesItsReasonOfAtMostAThousandCharacters() {
        UUID report = UUID.randomUUID();
        assertEquals(
                "reason-required", code(() -> IdentityRequest.request(UUID.randomUUID(), report, REQUESTER, " ", AT)));
        assertEquals(
                "reason-required", code(() -> IdentityRequest.request(UUID.randomUUID(), report, REQUESTER, null, AT)));
        assertEquals(
                "reason-too-long",
                code(() -> IdentityRequest.request(UUID.randomUUID(), report, REQUESTER, "x".repeat(1001), AT)));
        assertEquals(
                1000,
                IdentityRequest.request(UUID.randomUUID(), report, REQUESTER, "x".repeat(1000), AT)
                        .reason()
                        .length());
    }

    @Test
    void theRequesterCannotApproveOrRefuseHisOwnRequest() {
        IdentityRequest request = in(IdentityRequestStatus.REQUESTED);
        assertEquals("four-eyes", code(() -> request.approve(REQUESTER, AT)));
        assertEquals("four-eyes", code(() -> request.refuse(REQUESTER, "No.", AT)));
        assertEquals(IdentityRequestStatus.REQUESTED, request.status());
        assertNull(request.decidedBy());
    }

    @Test
    void anApprovalRecordsTheSecondCustodianAndLastsSevenDays() {
        IdentityRequest request = in(IdentityRequestStatus.REQUESTED);
        Instant approvedAt = AT.plusSeconds(3600);
        request.approve(SECOND, approvedAt);
        assertEquals(SECOND, request.decidedBy());
        assertEquals(approvedAt, request.decidedAt());
        assertEquals(approvedAt.plus(Duration.ofDays(7)), request.expiresAt());
        assertEquals(Duration.ofDays(7), IdentityRequest.APPROVAL_VALIDITY);
    }

    @Test
    void aRefusalSaysWhy() {
        IdentityRequest request = in(IdentityRequestStatus.REQUESTED);
        assertEquals("note-required", code(() -> request.refuse(SECOND, " ", AT)));
        assertEquals(IdentityRequestStatus.REQUESTED, request.status());
        request.refuse(SECOND, "Not needed to settle the report.", AT);
        assertEquals("Not needed to settle the report.", request.decisionNote());
        assertEquals(SECOND, request.decidedBy());
        assertNull(request.expiresAt());
    }

    @Test
    void everyReadIsCountedUntilTheApprovalLapses() {
        IdentityRequest request = in(IdentityRequestStatus.APPROVED);
        Instant expires = request.expiresAt();
        request.read(REQUESTER, AT.plusSeconds(120));
        Instant lastMoment = expires.minusMillis(1);
        request.read(REQUESTER, lastMoment);
        assertEquals(2, request.reads());
        assertEquals(lastMoment, request.lastReadAt());
        assertFalse(request.expired(lastMoment));

        assertTrue(request.expired(expires));
        assertEquals("approval-expired", code(() -> request.read(REQUESTER, expires)));
        assertEquals(2, request.reads());
        assertEquals(lastMoment, request.lastReadAt());
    }

    @Test
    void anotherCustodianIsRefusedEvenTheSecondWhoApproved() {
        IdentityRequest request = in(IdentityRequestStatus.APPROVED);
        assertEquals("not-the-requester", code(() -> request.read(SECOND, AT.plusSeconds(120))));
        assertEquals(0, request.reads());
    }

    @Test
    void onlyAnApprovedRequestCanLapse() {
        assertFalse(in(IdentityRequestStatus.REQUESTED).expired(AT.plus(Duration.ofDays(30))));
        assertFalse(in(IdentityRequestStatus.REFUSED).expired(AT.plus(Duration.ofDays(30))));
        assertTrue(in(IdentityRequestStatus.APPROVED).expired(AT.plus(Duration.ofDays(30))));
    }

    private static IdentityRequest in(IdentityRequestStatus status) {
        IdentityRequest request =
                IdentityRequest.request(UUID.randomUUID(), UUID.randomUUID(), REQUESTER, "A court asks for him.", AT);
        switch (status) {
            case REQUESTED -> {}
            case APPROVED -> request.approve(SECOND, AT);
            case REFUSED -> request.refuse(SECOND, "No.", AT);
        }
        return request;
    }

    private static String code(Runnable action) {
        return assertThrows(DomainException.class, action::run).code();
    }
}
