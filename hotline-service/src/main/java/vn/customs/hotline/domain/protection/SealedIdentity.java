package vn.customs.hotline.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A reporter's identity as stored: AES-256-GCM ciphertext under a data key of its own report, the data key wrapped by
 * a key-encryption key that the database does not hold, named by {@code kekId} so that keys can be rotated.
 *
 * @param identityCiphertext the identity, encrypted under the data key (nonce first)
 * @param wrappedDataKey the data key, encrypted under the key-encryption key (nonce first)
 * @param kekId the name of the key-encryption key that wrapped the data key
 */
@Embeddable
public record SealedIdentity(
        @Column(name = "identity_ciphertext") byte[] identityCiphertext,
        @Column(name = "wrapped_data_key") byte[] wrappedDataKey,
        @Column(name = "kek_id") String kekId) {

    public SealedIdentity {
        Objects.requireNonNull(identityCiphertext, "identityCiphertext");
        Objects.requireNonNull(wrappedDataKey, "wrappedDataKey");
        Objects.requireNonNull(kekId, "kekId");
        identityCiphertext = identityCiphertext.clone();
        wrappedDataKey = wrappedDataKey.clone();
    }

    @Override
    public byte[] identityCiphertext() {
        return identityCiphertext.clone();
    }

    @Override
    public byte[] wrappedDataKey() {
        return wrappedDataKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedIdentity that
                && Arrays.equals(identityCiphertext, that.identityCiphertext)
                && Arrays.equals(wrappedDataKey, that.wrappedDataKey)
                && kekId.equals(that.kekId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(identityCiphertext), Arrays.hashCode(wrappedDataKey), kekId);
    }

    /** Sizes and the key's name only. */
    @Override
    public String toString() {
        return "SealedIdentity[" + identityCiphertext.length + " bytes, kekId=" + kekId + "]";
    }
}
