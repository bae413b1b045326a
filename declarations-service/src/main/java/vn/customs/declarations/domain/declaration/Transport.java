package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** How the goods travel: mode (ROAD, RAIL, ...), the truck or wagon, the bill of lading, the arrival date. */
@Embeddable
public record Transport(String mode, String meansId, String billOfLading, LocalDate arrivalDate) {}
