package vn.customs.hotline.infrastructure.protection;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the keys of {@link ProtectionConfig}: base64 values and {@code id:base64} lists. A value that does not parse
 * stops the service at start with a message naming the configuration key and the key's id, never the key itself.
 */
final class ProtectionKeys {

    private ProtectionKeys() {}

    /** The bytes of a base64 value. */
    static byte[] decode(String property, String id, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(property + " (key " + id + ") is empty");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " (key " + id + ") is not base64");
        }
    }

    /** A key id: not blank, no colon or comma (they separate the items of the retired lists). */
    static String id(String property, String id) {
        if (id == null || id.isBlank() || id.contains(":") || id.contains(",")) {
            throw new IllegalArgumentException(property + " must be a name without ':' or ','");
        }
        return id.trim();
    }

    /** The {@code id:base64} items of a retired-keys list, by id, in order; an id may not repeat {@code currentId}. */
    static Map<String, String> retired(String property, Optional<List<String>> items, String currentId) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (String item : items.orElse(List.of())) {
            if (item == null || item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(property + " holds id:base64 items; one item has no id");
            }
            String id = id(property, item.substring(0, colon));
            if (id.equals(currentId) || byId.containsKey(id)) {
                throw new IllegalArgumentException(property + " names the key " + id + " twice");
            }
            byId.put(id, item.substring(colon + 1).trim());
        }
        return byId;
    }
}
