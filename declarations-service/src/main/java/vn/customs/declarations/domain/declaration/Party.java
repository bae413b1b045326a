package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import vn.customs.platform.domain.TaxId;

/** A Vietnamese enterprise named on a declaration (declarant, broker): tax id, name (full Unicode), address, country. */
@Embeddable
public record Party(TaxId taxId, String name, String address, String country) {}
