package vn.customs.declarations.domain.unit;

import java.util.Optional;

/** The units this service knows from staffing's {@code UnitOpened} and {@code UnitClosed} events. */
public interface UnitDirectory {

    Optional<Unit> find(String code);
}
