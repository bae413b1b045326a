package vn.customs.declarations.domain.declaration;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A supporting document by reference: its type code, its reference, the SHA-256 of the file kept elsewhere. */
@Embeddable
public record DocumentRef(String type, String reference, String sha256, Instant addedAt) {}
