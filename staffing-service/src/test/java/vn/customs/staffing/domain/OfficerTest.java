package vn.customs.staffing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.staffing.OfficerPosted;
import vn.customs.contracts.staffing.PostingEnded;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.staffing.domain.officer.DeclaredInterest;
import vn.customs.staffing.domain.officer.DepartureReason;
import vn.customs.staffing.domain.officer.Exemption;
import vn.customs.staffing.domain.officer.Move;
import vn.customs.staffing.domain.officer.Officer;
import vn.customs.staffing.domain.officer.OfficerProfile;
import vn.customs.staffing.domain.officer.PostingKind;
import vn.customs.staffing.domain.officer.SearchName;
import vn.customs.staffing.domain.organisation.PostFunction;
import vn.customs.staffing.domain.organisation.PostPlacement;
import vn.customs.staffing.domain.organisation.Rank;

/** The posting invariants, kept by the officer aggregate without a database. */
class OfficerTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    private final PostPlacement clearance = placement("HUU_NGHI", true, Rank.ASSOCIATE_INSPECTOR);
    private final PostPlacement hotline = placement("DEPT", false, Rank.ASSOCIATE_INSPECTOR);

    @Test
    void theFirstPostingOpensWithoutEndingAnything() {
        Move move = officer(Rank.INSPECTOR)
                .moveTo(clearance, JAN_2024, PostingKind.INITIAL, "1/QĐ", UUID.randomUUID(), NOW);
        assertEquals(Optional.empty(), move.ended());
        assertEquals("HUU_NGHI", move.posted().unitCode());
        assertEquals("CLEARANCE", move.posted().postFunction());
    }

    @Test
    void aMoveEndsTheOpenPostingTheDayBeforeUnderTheSameDecision() {
        Officer officer = posted(Rank.INSPECTOR);
        Move move = officer.moveTo(hotline, JAN_2025, PostingKind.PERIODIC_ROTATION, "2/QĐ", UUID.randomUUID(), NOW);
        assertEquals(LocalDate.of(2024, 12, 31), move.ended().orElseThrow().to());
        assertEquals("2/QĐ", move.ended().orElseThrow().decisionNumber());
        assertEquals(2, officer.postings().size());
        assertEquals(hotline.postId(), officer.postingOn(JAN_2025).orElseThrow().postId());
        assertEquals(
                clearance.postId(),
                officer.postingOn(LocalDate.of(2024, 12, 31)).orElseThrow().postId());
    }

    @Test
    void postingsNeverOverlap() {
        Officer officer = posted(Rank.INSPECTOR);
        assertCode(
                "posting-overlap",
                () -> officer.takeUpPost(
                        hotline, JAN_2025, PostingKind.TEMPORARY_TRANSFER, "3/QĐ", UUID.randomUUID(), NOW));
        assertCode(
                "posting-too-short",
                () -> officer.moveTo(
                        hotline,
                        LocalDate.of(2023, 6, 1),
                        PostingKind.PERIODIC_ROTATION,
                        "3/QĐ",
                        UUID.randomUUID(),
                        NOW));
        assertEquals(1, officer.postings().size(), "a refused move changes nothing");
    }

    @Test
    void aDepartureEndsTheOpenPostingWithItsReasonAndLeavesNoneOpen() {
        Officer officer = posted(Rank.INSPECTOR);
        PostingEnded ended = officer.depart(DepartureReason.SECONDMENT_OUT, JAN_2025, "4/QĐ", NOW);
        assertEquals("SECONDMENT_OUT", ended.reason());
        assertEquals(JAN_2025, ended.to());
        assertEquals(Optional.empty(), officer.openPosting());
        assertThrows(
                IllegalTransitionException.class,
                () -> officer.depart(DepartureReason.RETIREMENT, JAN_2025.plusDays(1), "5/QĐ", NOW));
        assertEquals(
                "MOVE", posted(Rank.INSPECTOR).endPosting(JAN_2025, "6/QĐ", NOW).reason());
    }

    @Test
    void aMoveToThePostHeldIsRefused() {
        assertCode(
                "same-post",
                () -> posted(Rank.INSPECTOR)
                        .moveTo(clearance, JAN_2025, PostingKind.PERIODIC_ROTATION, "4/QĐ", UUID.randomUUID(), NOW));
    }

    @Test
    void aSuspendedOfficerGoesToNoSensitivePostButMayGoElsewhere() {
        Officer officer = officer(Rank.INSPECTOR);
        officer.disciplineStateChanged(true, true);
        assertCode(
                "officer-suspended",
                () -> officer.moveTo(clearance, JAN_2024, PostingKind.DISCIPLINARY, "5/QĐ", UUID.randomUUID(), NOW));
        OfficerPosted posted = officer.moveTo(
                        hotline, JAN_2024, PostingKind.DISCIPLINARY, "5/QĐ", UUID.randomUUID(), NOW)
                .posted();
        assertEquals("DISCIPLINARY", posted.kind());
    }

    @Test
    void rankMustReachThePostsMinimum() {
        assertCode(
                "rank-below-post",
                () -> officer(Rank.CUSTOMS_STAFF)
                        .moveTo(clearance, JAN_2024, PostingKind.INITIAL, "6/QĐ", UUID.randomUUID(), NOW));
    }

    @Test
    void aPostingNeedsADecisionAndEndingOneNeedsAnOpenPosting() {
        assertCode(
                "decision-required",
                () -> officer(Rank.INSPECTOR)
                        .moveTo(clearance, JAN_2024, PostingKind.INITIAL, " ", UUID.randomUUID(), NOW));
        assertThrows(
                IllegalTransitionException.class, () -> officer(Rank.INSPECTOR).endPosting(JAN_2024, "7/QĐ", NOW));
    }

    @Test
    void exemptionsFollowDisciplineRecordedCircumstancesAndRetirement() {
        Officer officer = officer(Rank.INSPECTOR);
        assertEquals(Optional.empty(), officer.rotationExemption(JAN_2025));
        officer.recordExemption(Exemption.LONG_TRAINING, LocalDate.of(2025, 6, 30));
        assertEquals(Optional.of("Away on long-term training"), officer.rotationExemption(JAN_2025));
        assertEquals(Optional.empty(), officer.rotationExemption(LocalDate.of(2025, 7, 1)), "until the date given");
        officer.disciplineStateChanged(true, false);
        assertEquals(Optional.of("Under discipline review or investigation"), officer.rotationExemption(JAN_2025));
        officer.disciplineStateChanged(false, false);
        assertEquals(
                Optional.of("Less than 18 months before retirement"),
                officer.rotationExemption(LocalDate.of(2045, 1, 1)));
    }

    @Test
    void conflictsComeFromDeclaredInterests() {
        Officer officer = Officer.register(
                UUID.randomUUID(),
                new OfficerProfile(
                        "HQ1",
                        "Lê Thị Hoa",
                        Rank.INSPECTOR,
                        LocalDate.of(1980, 1, 1),
                        LocalDate.of(2040, 1, 1),
                        null,
                        List.of(
                                new DeclaredInterest(
                                        DeclaredInterest.InterestKind.RELATIVE,
                                        "Husband at an agency",
                                        "CHI_MA",
                                        "0101234567"),
                                new DeclaredInterest(
                                        DeclaredInterest.InterestKind.BUSINESS, "Shares", null, "0109876543"))),
                NOW);
        assertEquals(java.util.Set.of("CHI_MA"), officer.conflictUnitCodes());
        assertEquals(
                List.of("0101234567", "0109876543"), officer.registration(NOW).conflictOfInterestTaxIds());
    }

    @Test
    void searchNamesFoldVietnameseDiacriticsCaseAndSpaces() {
        assertEquals("hoang van duc", SearchName.of("  Hoàng  Văn ĐỨC "));
        assertEquals("nguyen thi ngoc anh", SearchName.of("Nguyễn Thị Ngọc Ánh"));
        assertTrue(SearchName.of("Đặng Thùy Dương").startsWith("dang thuy duong"));
    }

    private static void assertCode(String code, Runnable action) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, action::run);
        assertEquals(code, refused.code());
    }

    private Officer posted(Rank rank) {
        Officer officer = officer(rank);
        officer.moveTo(clearance, JAN_2024, PostingKind.INITIAL, "1/QĐ", UUID.randomUUID(), NOW);
        return officer;
    }

    private static Officer officer(Rank rank) {
        return Officer.register(
                UUID.randomUUID(),
                new OfficerProfile(
                        "HQ00001",
                        "Trần Văn Bình",
                        rank,
                        LocalDate.of(1983, 5, 5),
                        LocalDate.of(2045, 5, 5),
                        "HUU_NGHI",
                        List.of()),
                NOW);
    }

    private static PostPlacement placement(String unit, boolean sensitive, Rank minRank) {
        return new PostPlacement(
                UUID.randomUUID(),
                unit,
                sensitive ? PostFunction.CLEARANCE : PostFunction.HOTLINE,
                sensitive,
                false,
                minRank);
    }
}
