package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;

/** An enterprise named on a declaration: tax id, name (full Unicode), address, country (ISO 3166 alpha-2). */
@Embeddable
public record Party(String taxId, String name, String address, String country) {}
