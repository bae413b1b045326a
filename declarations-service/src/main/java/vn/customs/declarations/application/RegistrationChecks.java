package vn.customs.declarations.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.customs.declarations.domain.unit.Unit;
import vn.customs.declarations.domain.unit.UnitDirectory;

/**
 * What registration refuses in a well-formed lodgement, each with the JSON pointer of its field: the gate must be a
 * gate staffing opened and has not closed. Lodging and the dry-run both ask here, so they cannot disagree.
 */
@ApplicationScoped
class RegistrationChecks {

    private final UnitDirectory units;

    RegistrationChecks(UnitDirectory units) {
        this.units = units;
    }

    /** The problems of the gate a lodgement names ({@code null}: none to check, bean validation says so). */
    List<FieldProblem> gate(String gate, LocalDate day) {
        List<FieldProblem> problems = new ArrayList<>();
        if (gate == null) {
            return problems;
        }
        Unit.refusalAsGate(gate, units.find(gate), day)
                .ifPresent(refusal -> problems.add(new FieldProblem("/gateCode", refusal.code(), refusal.detail())));
        return problems;
    }
}
