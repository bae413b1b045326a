package vn.customs.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.customs.localinfra.LocalTokenIssuer;

/** The roles services check and the roles the tools mint tokens for are the same list. */
class RolesTest {

    @Test
    void theRoleConstantsAreTheRolesTheToolsKnow() {
        Set<String> constants = Arrays.stream(Roles.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(RolesTest::value)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(LocalTokenIssuer.ROLES), constants);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
