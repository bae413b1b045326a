package vn.customs.declarations.infrastructure;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.customs.declarations.domain.risk.ChannelSelector;
import vn.customs.declarations.domain.risk.RiskRules;

/**
 * The channel selector amendments run again, built as lodging builds it: the default rules with the configured
 * minimum random rates. A default bean: a producer of {@link ChannelSelector} elsewhere replaces it.
 */
@Dependent
public class DefaultChannelSelector {

    @Produces
    @Singleton
    @DefaultBean
    ChannelSelector channelSelector(DeclarationsConfig config) {
        RiskRules defaults = RiskRules.defaults();
        return new ChannelSelector(new RiskRules(
                defaults.redHsChapters(),
                defaults.yellowHsChapters(),
                defaults.watchedOrigins(),
                defaults.violationsForRed(),
                config.risk().minimumRandomRedRate(),
                config.risk().minimumRandomYellowRate()));
    }
}
