package vn.customs.declarations.infrastructure;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import vn.customs.declarations.domain.charter.CharterTerms;

/**
 * The charter terms as a domain value for the use cases, from {@link DeclarationsConfig}. A default bean: a producer
 * of {@link CharterTerms} elsewhere in the service replaces it without ambiguity.
 */
@Dependent
public class DefaultCharterTerms {

    @Produces
    @DefaultBean
    CharterTerms charterTerms(DeclarationsConfig config) {
        return new CharterTerms(
                config.charter().green(),
                config.charter().yellow(),
                config.charter().red());
    }
}
