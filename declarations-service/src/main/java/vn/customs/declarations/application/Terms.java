package vn.customs.declarations.application;

import vn.customs.declarations.domain.charter.CharterTerms;
import vn.customs.declarations.infrastructure.DeclarationsConfig;

/** The charter terms from configuration. */
final class Terms {

    private Terms() {}

    static CharterTerms of(DeclarationsConfig config) {
        return new CharterTerms(
                config.charter().green(),
                config.charter().yellow(),
                config.charter().red());
    }
}
