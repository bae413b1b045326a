package vn.customs.inspections.domain.draw;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.customs.contracts.inspections.DrawCommitted;
import vn.customs.contracts.inspections.DrawRevealed;
import vn.customs.platform.domain.IllegalTransitionException;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/**
 * A draw's two states: SEALED —reveal→ REVEALED (once every drawn unit's inspection started); REVEALED —reveal→
 * refused.
 */
class DrawLifecycleTest {

    private static final Instant AT = Instant.parse("2026-10-05T02:00:00Z");

    private final WeightFormula formula = DrawSamples.formula("0.05");
    private final Draw draw =
            Draw.commit(UUID.randomUUID(), formula, DrawSamples.gates(formula), 2, DrawSamples.seed(7), "lead-1", AT);

    @Test
    void aCommittedDrawIsSealedAndAnnouncesOnlyItsCommitment() {
        DrawCommitted committed = draw.committed();

        assertThat(draw.status(), equalTo(DrawStatus.SEALED));
        assertThat(draw.revealedSeed().isPresent(), is(false));
        assertThat(committed.commitment(), equalTo(draw.commitment()));
        assertThat(committed.candidates(), equalTo(5));
        assertThat(committed.drawn(), equalTo(2));
        assertThat(committed.formulaVersion(), equalTo("2026-10-01"));
        for (UnitCode unit : draw.drawn()) {
            assertThat(committed.toString().contains(unit.value()), is(false));
        }
        assertThat(draw.selfCheck().commitmentMatches(), is(true));
        assertThat(draw.selfCheck().drawMatches(), is(true));
    }

    @Test
    void sealedToRevealedOnceEveryDrawnInspectionStarted() {
        DrawRevealed revealed = draw.reveal(new HashSet<>(draw.drawn()), "lead-2", AT.plusSeconds(86_400));

        assertThat(draw.status(), equalTo(DrawStatus.REVEALED));
        assertThat(revealed.seed(), equalTo(DrawSamples.seed(7).hex()));
        assertThat(revealed.commitment(), equalTo(draw.commitment()));
        assertThat(
                revealed.drawnUnitCodes(),
                equalTo(draw.drawn().stream().map(UnitCode::value).toList()));
        assertThat(draw.revealedSeed().orElseThrow(), equalTo(DrawSamples.seed(7)));
    }

    @Test
    void sealedStaysSealedWhileADrawnInspectionHasNotStarted() {
        UnitCode first = draw.drawn().get(0);
        UnitCode second = draw.drawn().get(1);

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> draw.reveal(Set.of(first), "lead-2", AT));

        assertThat(refused.code(), equalTo("drawn-inspections-not-started"));
        assertThat(refused.getMessage(), containsString(second.value()));
        assertThat(draw.status(), equalTo(DrawStatus.SEALED));
        assertThat(draw.revealedSeed().isPresent(), is(false));
    }

    @Test
    void revealedCannotBeRevealedAgain() {
        draw.reveal(new HashSet<>(draw.drawn()), "lead-2", AT);

        assertThrows(IllegalTransitionException.class, () -> draw.reveal(new HashSet<>(draw.drawn()), "lead-2", AT));
    }

    @Test
    void theDrawKnowsWhichUnitsItDrew() {
        assertThat(draw.drawn(), hasSize(2));
        for (var candidate : draw.candidates()) {
            assertThat(draw.drew(candidate.unit()), equalTo(candidate.drawn()));
        }
    }
}
