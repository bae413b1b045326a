package vn.customs.declarations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.domain.risk.RiskRules;

/**
 * Turns the service's configuration ({@link DeclarationsConfig}) into the domain values the use cases take: the
 * charter terms and the risk rules. The use cases never see the configuration interface.
 */
@ApplicationScoped
public class DeclarationsSettings {

    @Produces
    @Singleton
    CharterTerms charterTerms(DeclarationsConfig config) {
        return new CharterTerms(
                config.charter().green(),
                config.charter().yellow(),
                config.charter().red());
    }

    @Produces
    @Singleton
    RiskRules riskRules(DeclarationsConfig config) {
        RiskRules defaults = RiskRules.defaults();
        return new RiskRules(
                defaults.redHsChapters(),
                defaults.yellowHsChapters(),
                defaults.watchedOrigins(),
                defaults.violationsForRed(),
                config.risk().minimumRandomRedRate(),
                config.risk().minimumRandomYellowRate());
    }
}
