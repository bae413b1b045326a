package vn.customs.declarations.application;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.customs.declarations.domain.declaration.Counterparty;
import vn.customs.declarations.domain.declaration.Declaration;
import vn.customs.declarations.domain.declaration.Party;
import vn.customs.platform.domain.TaxId;

/** The enterprises a declaration concerns (declarant, counterparty, broker): an officer with an interest stays away. */
final class Enterprises {

    private Enterprises() {}

    static Set<String> of(Declaration declaration) {
        Stream<String> vietnamese = Stream.of(declaration.declarant(), declaration.broker())
                .filter(Objects::nonNull)
                .map(Party::taxId)
                .filter(Objects::nonNull)
                .map(TaxId::value);
        Stream<String> foreign = Stream.ofNullable(declaration.counterparty()).map(Counterparty::taxId);
        return Stream.concat(vietnamese, foreign).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
