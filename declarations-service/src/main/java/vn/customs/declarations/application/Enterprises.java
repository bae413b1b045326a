package vn.customs.declarations.application;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.Party;

/** The enterprises a declaration concerns (declarant, counterparty, broker): an officer with an interest stays away. */
final class Enterprises {

    private Enterprises() {}

    static Set<String> of(Declaration declaration) {
        return Stream.of(declaration.declarant(), declaration.counterparty(), declaration.broker())
                .filter(Objects::nonNull)
                .map(Party::taxId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
