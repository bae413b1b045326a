package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;

/**
 * The foreign buyer or seller: its own country's tax number (any form, optional), name, address, country (ISO 3166
 * alpha-2).
 */
@Embeddable
public record Counterparty(String taxId, String name, String address, String country) {}
