package vn.customs.launcher;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hotline's reporter protection keys for the local run (docs/decisions.md "Reporter protection"), kept beside the
 * token keys: the Ed25519 key that signs proofs of report ({@code hotline-proof.key}, PKCS#8 DER in base64) and the
 * AES-256 key-encryption key that seals reporters' identities ({@code hotline-identity.key}, 32 random bytes in
 * base64). Made at the first start and kept, so that proofs issued earlier still verify and identities sealed earlier
 * still open after a restart; deleting {@code .suite} drops them with the database they belong to.
 */
final class HotlineKeyFiles {

    /** The id both keys carry in the local run; a rotation would give a new id. */
    static final String KEY_ID = "local-1";

    private HotlineKeyFiles() {}

    /** The variables the hotline's production profile requires, with the kept keys. */
    static Map<String, String> environment(Path keys) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOTLINE_PROTECTION_PROOF_KEY_ID", KEY_ID);
        env.put("HOTLINE_PROTECTION_PROOF_PRIVATE_KEY", proofPrivateKey(keys));
        env.put("HOTLINE_PROTECTION_IDENTITY_KEK_ID", KEY_ID);
        env.put("HOTLINE_PROTECTION_IDENTITY_KEK", identityKek(keys));
        return env;
    }

    /** The proof signing key: an Ed25519 private key, PKCS#8 DER, base64. */
    static String proofPrivateKey(Path keys) {
        return KeptKeyFile.read(keys.resolve("hotline-proof.key"), () -> {
            try {
                byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519")
                        .generateKeyPair()
                        .getPrivate()
                        .getEncoded();
                return Base64.getEncoder().encodeToString(pkcs8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this JDK has no Ed25519", e);
            }
        });
    }

    /** The identity key-encryption key: 32 random bytes, base64. */
    static String identityKek(Path keys) {
        return KeptKeyFile.read(keys.resolve("hotline-identity.key"), () -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
    }
}
