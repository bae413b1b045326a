package vn.customs.inspections.domain.draw;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.customs.platform.domain.RuleViolationException;
import vn.customs.platform.domain.UnitCode;

/** A revealed draw recomputes to what was committed; any change to its inputs shows. */
class DrawVerificationTest {

    private final WeightFormula formula = DrawSamples.formula("0.05");
    private final List<CandidateSnapshot> gates = DrawSamples.gates(formula);
    private final Seed seed = DrawSamples.seed(1);
    private final DrawSelection made = DrawSelection.compute(formula, gates, 2, seed);

    @Test
    void theRevealedDataRecomputesTheCommitmentAndTheDraw() {
        DrawVerification check = DrawVerification.of(formula, gates, 2, seed, made.drawn(), made.commitment());

        assertThat(check.commitmentMatches(), is(true));
        assertThat(check.drawMatches(), is(true));
        assertThat(check.weightsMatchFormula(), is(true));
        assertThat(check.recomputedDrawn(), equalTo(made.drawn()));
        assertThat(made.commitment(), matchesPattern("[0-9a-f]{64}"));
        assertThat(made.drawn(), hasSize(2));
    }

    @Test
    void candidatesInAnotherOrderAreTheSameDraw() {
        List<CandidateSnapshot> reversed = new ArrayList<>(gates);
        java.util.Collections.reverse(reversed);
        DrawVerification check = DrawVerification.of(formula, reversed, 2, seed, made.drawn(), made.commitment());

        assertThat(check.commitmentMatches(), is(true));
        assertThat(check.drawMatches(), is(true));
    }

    @Test
    void oneChangedWeightBreaksTheCommitment() {
        List<CandidateSnapshot> tampered = new ArrayList<>(gates);
        CandidateSnapshot first = tampered.get(0);
        tampered.set(
                0,
                new CandidateSnapshot(
                        first.unit(), first.signals(), first.weight().add(BigDecimal.ONE)));

        DrawVerification check = DrawVerification.of(formula, tampered, 2, seed, made.drawn(), made.commitment());

        assertThat(check.commitmentMatches(), is(false));
        assertThat(check.weightsMatchFormula(), is(false));
    }

    @Test
    void aWeightLoweredToSteerTheDrawAwayShowsInTheDrawToo() {
        // the drawn unit's weight cut to almost nothing: another unit comes out, and the commitment differs
        UnitCode first = made.drawn().get(0);
        List<CandidateSnapshot> tampered = gates.stream()
                .map(c -> c.unit().equals(first)
                        ? new CandidateSnapshot(c.unit(), c.signals(), new BigDecimal("0.0001"))
                        : c)
                .toList();

        DrawVerification check =
                DrawVerification.of(DrawSamples.formula("0"), tampered, 2, seed, made.drawn(), made.commitment());

        assertThat(check.commitmentMatches(), is(false));
        assertThat(check.drawMatches(), is(false));
        assertThat(check.recomputedDrawn(), not(org.hamcrest.Matchers.hasItem(first)));
    }

    @Test
    void anAddedCandidateBreaksTheCommitment() {
        List<CandidateSnapshot> more = new ArrayList<>(gates);
        more.add(CandidateSnapshot.weighed(new UnitCode("LAO_CAI"), DrawSamples.signals(0, 0, 0, 2), formula));

        DrawVerification check = DrawVerification.of(formula, more, 2, seed, made.drawn(), made.commitment());

        assertThat(check.commitmentMatches(), is(false));
    }

    @Test
    void aChangedCandidateBreaksTheCommitment() {
        List<CandidateSnapshot> changed = new ArrayList<>(gates);
        CandidateSnapshot last = changed.remove(changed.size() - 1);
        changed.add(new CandidateSnapshot(new UnitCode("LAO_CAI"), last.signals(), last.weight()));

        DrawVerification check = DrawVerification.of(formula, changed, 2, seed, made.drawn(), made.commitment());

        assertThat(check.commitmentMatches(), is(false));
    }

    @Test
    void anotherSeedBreaksTheCommitmentAndAlmostAlwaysTheDraw() {
        int drawsDiffering = 0;
        for (int i = 2; i < 12; i++) {
            DrawVerification check =
                    DrawVerification.of(formula, gates, 2, DrawSamples.seed(i), made.drawn(), made.commitment());
            assertThat(check.commitmentMatches(), is(false));
            drawsDiffering += check.drawMatches() ? 0 : 1;
        }
        assertThat("of 10 other seeds, some draw other units", drawsDiffering > 0, is(true));
    }

    @Test
    void aClaimedDrawThatWasNotTheDrawFails() {
        List<UnitCode> others = gates.stream()
                .map(CandidateSnapshot::unit)
                .filter(u -> !made.drawn().contains(u))
                .limit(2)
                .toList();

        DrawVerification check = DrawVerification.of(formula, gates, 2, seed, others, made.commitment());

        assertThat(check.commitmentMatches(), is(true));
        assertThat(check.drawMatches(), is(false));
    }

    @Test
    void anotherFormulaVersionOrSizeBreaksTheCommitment() {
        WeightFormula renamed =
                WeightFormula.of("2027-01-01", formula.base(), formula.coefficients(), formula.minimumProbability());
        assertThat(
                DrawVerification.of(renamed, gates, 2, seed, made.drawn(), made.commitment())
                        .commitmentMatches(),
                is(false));
        assertThat(
                DrawVerification.of(formula, gates, 3, seed, made.drawn(), made.commitment())
                        .commitmentMatches(),
                is(false));
    }

    @Test
    void theCanonicalTextNamesEveryInputInAFixedForm() {
        String text = made.canonicalText();

        assertThat(text, containsString("customs-inspections-draw/v1\nformula=2026-10-01\nbase=1\n"));
        assertThat(text, containsString("coefficient.accepted-report=2\n"));
        assertThat(text, containsString("coefficient.month-since-last-inspection=0.25\n"));
        assertThat(text, containsString("minimum-probability=0.05\nsize=2\n"));
        // 1 + 3·2 + 1·4 + 4·0.5 + 7·0.25 = 14.75
        assertThat(
                text,
                containsString("candidate=HUU_NGHI;accepted-report=3;substantiated-report=1;charter-breach=4;"
                        + "channel-override=0;override-concentration=0;overdue-rotation=0;open-discipline-case=0;"
                        + "earlier-finding=0;month-since-last-inspection=7;weight=14.75\n"));
        assertThat(text.indexOf("candidate=CHI_MA") < text.indexOf("candidate=COC_NAM"), is(true));
        assertThat(text, containsString("seed=" + seed.hex() + "\n"));
    }

    @Test
    void aDrawNeedsDistinctCandidatesAndASizeTheyCanFill() {
        List<CandidateSnapshot> twice = List.of(gates.get(0), gates.get(0));
        assertThat(
                assertThrows(RuleViolationException.class, () -> DrawSelection.compute(formula, twice, 1, seed))
                        .code(),
                equalTo("duplicate-candidate"));
        assertThat(
                assertThrows(RuleViolationException.class, () -> DrawSelection.compute(formula, gates, 6, seed))
                        .code(),
                equalTo("invalid-draw-size"));
        assertThat(
                assertThrows(RuleViolationException.class, () -> DrawSelection.compute(formula, gates, 0, seed))
                        .code(),
                equalTo("invalid-draw-size"));
        assertThat(
                assertThrows(RuleViolationException.class, () -> DrawSelection.compute(formula, List.of(), 1, seed))
                        .code(),
                equalTo("invalid-candidates"));
    }

    @Test
    void drawingEveryCandidateTakesThemAll() {
        DrawSelection all = DrawSelection.compute(formula, gates, 5, seed);
        assertThat(all.drawn(), hasSize(5));
        assertThat(
                all.drawn().stream().map(UnitCode::value).sorted().toList(),
                contains("CHI_MA", "COC_NAM", "DONG_DANG", "HUU_NGHI", "TAN_THANH"));
    }
}
