package vn.customs.systemtests;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person of a story with an account in Keycloak: realm roles, and the {@code officer_id} or {@code tax_id} an
 * administrator set on his account (the tokens carry them as claims).
 */
public record User(String username, String password, List<String> roles, Map<String, String> attributes) {

    /** The officer id his tokens carry; fails for a user who is no officer. */
    public UUID officerId() {
        String id = attributes.get("officer_id");
        if (id == null) {
            throw new IllegalStateException(username + " has no officer_id");
        }
        return UUID.fromString(id);
    }
}
