package vn.customs.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.customs.platform.domain.UnknownObjectException;

/**
 * Who is calling, from the verified token: subject, roles and the claims object-level checks need. Use cases
 * ask it rather than reading the token themselves.
 */
@RequestScoped
public class Caller {

    public static final String TAX_ID_CLAIM = "tax_id";
    public static final String OFFICER_ID_CLAIM = "officer_id";

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The token's subject; "anonymous" for public endpoints called without a token. */
    public String subject() {
        return token.getSubject() == null ? "anonymous" : token.getSubject();
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The enterprise a DECLARANT acts for. */
    public Optional<String> taxId() {
        return claim(TAX_ID_CLAIM);
    }

    /** The officer an OFFICER is. */
    public Optional<String> officerId() {
        return claim(OFFICER_ID_CLAIM);
    }

    /** The officer an OFFICER or UNIT_HEAD is, when the claim holds an officer id (a UUID). */
    public Optional<UUID> officerUuid() {
        return officerId().flatMap(text -> {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
    }

    /**
     * Refuses access to an enterprise's object by anyone acting for another enterprise, answering exactly as if the
     * object did not exist, so its existence does not leak.
     */
    public void requireEnterprise(String ownerTaxId, String objectType, Object objectId) {
        if (hasRole(Roles.DECLARANT) && !taxId().map(ownerTaxId::equals).orElse(false)) {
            throw new UnknownObjectException(objectType, objectId);
        }
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}
