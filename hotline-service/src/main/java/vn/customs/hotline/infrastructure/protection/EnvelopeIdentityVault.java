package vn.customs.hotline.infrastructure.protection;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.customs.hotline.domain.protection.IdentityVault;
import vn.customs.hotline.domain.protection.ReporterIdentity;
import vn.customs.hotline.domain.protection.SealedIdentity;

/**
 * Envelope encryption of reporters' identities: a random 256-bit data key per report encrypts the identity
 * (AES-256-GCM, a random 12-byte nonce before the ciphertext, the report id as associated data); the data key is
 * wrapped the same way under the key-encryption key from configuration, whose id is stored with the row. Retired
 * key-encryption keys still open the rows they wrapped; new rows always use the current one.
 */
@Startup
@ApplicationScoped
public class EnvelopeIdentityVault implements IdentityVault {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String KEK = "hotline.protection.identity.kek";
    private static final String RETIRED = "hotline.protection.identity.retired-keks";
    /** Associated data prefixes: a data key never opens as an identity, nor the other way round. */
    private static final String IDENTITY_AAD = "customs-hotline-identity/v1\n";

    private static final String DATA_KEY_AAD = "customs-hotline-identity-data-key/v1\n";

    private final String currentId;
    private final Map<String, SecretKeySpec> keks = new HashMap<>();
    private final SecureRandom random;

    @Inject
    EnvelopeIdentityVault(ProtectionConfig config) {
        this(
                config.identity().kekId(),
                config.identity().kek(),
                config.identity().retiredKeks(),
                new SecureRandom());
    }

    EnvelopeIdentityVault(String kekId, String kekBase64, Optional<List<String>> retiredKeks, SecureRandom random) {
        this.currentId = ProtectionKeys.id("hotline.protection.identity.kek-id", kekId);
        this.random = random;
        add(KEK, currentId, kekBase64);
        ProtectionKeys.retired(RETIRED, retiredKeks, currentId).forEach((id, base64) -> add(RETIRED, id, base64));
    }

    private void add(String property, String id, String base64) {
        byte[] key = ProtectionKeys.decode(property, id, base64);
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(property + " (key " + id + ") has " + key.length + " bytes; an AES-256 "
                    + "key-encryption key has exactly " + KEY_BYTES);
        }
        keks.put(id, new SecretKeySpec(key, "AES"));
    }

    @Override
    public SealedIdentity seal(UUID reportId, ReporterIdentity identity) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        byte[] plain = IdentityCodec.encode(identity);
        try {
            byte[] ciphertext = encrypt(new SecretKeySpec(dataKey, "AES"), plain, aad(IDENTITY_AAD, reportId));
            byte[] wrapped = encrypt(keks.get(currentId), dataKey, aad(DATA_KEY_AAD, reportId));
            return new SealedIdentity(ciphertext, wrapped, currentId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The identity of report " + reportId + " could not be sealed", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    @Override
    public ReporterIdentity open(UUID reportId, SealedIdentity sealed) {
        SecretKeySpec kek = keks.get(sealed.kekId());
        if (kek == null) {
            throw new IllegalStateException(
                    "The identity of report " + reportId + " is sealed under the key-encryption key " + sealed.kekId()
                            + ", which this service does not hold");
        }
        byte[] dataKey = null;
        byte[] plain = null;
        try {
            dataKey = decrypt(kek, sealed.wrappedDataKey(), aad(DATA_KEY_AAD, reportId));
            plain = decrypt(
                    new SecretKeySpec(dataKey, "AES"), sealed.identityCiphertext(), aad(IDENTITY_AAD, reportId));
            return IdentityCodec.decode(plain);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // No cause: a decoding failure's message could quote the plaintext.
            throw new IllegalStateException("The sealed identity does not open for report " + reportId + " (key "
                    + sealed.kekId() + "): it belongs to another report or was altered");
        } finally {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private byte[] encrypt(SecretKeySpec key, byte[] plain, byte[] aad) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
        byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        cipher.doFinal(plain, 0, plain.length, out, NONCE_BYTES);
        return out;
    }

    private static byte[] decrypt(SecretKeySpec key, byte[] sealed, byte[] aad) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("too short");
        }
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(aad);
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private static byte[] aad(String purpose, UUID reportId) {
        return (purpose + reportId).getBytes(StandardCharsets.US_ASCII);
    }
}
