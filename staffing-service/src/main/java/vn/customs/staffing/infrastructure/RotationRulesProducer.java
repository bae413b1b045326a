package vn.customs.staffing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.customs.staffing.domain.rotation.RotationRules;

/** Turns {@code staffing.rotation.*} into the domain value the use cases take. */
@ApplicationScoped
class RotationRulesProducer {

    @Produces
    @Singleton
    RotationRules rotationRules(RotationConfig config) {
        return new RotationRules(config.warningDays(), config.noReturnYears(), config.defaultSolveSeconds());
    }
}
