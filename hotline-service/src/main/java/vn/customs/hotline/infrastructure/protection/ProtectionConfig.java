package vn.customs.hotline.infrastructure.protection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * The keys and parameters that protect reporters ({@code hotline.protection.*}): how receipt codes are hashed, the key
 * that signs proofs of report, and the key-encryption keys of reporters' identities. Production takes every key from
 * the environment and has no default for any (docs/decisions.md, "Reporter protection").
 */
@ConfigMapping(prefix = "hotline.protection")
public interface ProtectionConfig {

    /** The slow hash of receipt codes. */
    Receipt receipt();

    /** The key that signs proofs of report. */
    Proof proof();

    /** The key-encryption keys of reporters' identities. */
    Identity identity();

    /** Argon2id parameters for new hashes (OWASP's recommendation by default); stored hashes keep their own. */
    interface Receipt {

        /** Memory in KiB. */
        @WithDefault("19456")
        int memoryKib();

        /** Passes over the memory. */
        @WithDefault("2")
        int iterations();

        /** Lanes. */
        @WithDefault("1")
        int parallelism();
    }

    /** The Ed25519 key that signs proofs of report, and the public keys of retired ones. */
    interface Proof {

        /** The name of the signing key, written into every proof it signs; a new name for a new key. */
        String keyId();

        /** The signing key: an Ed25519 private key, PKCS#8 DER, base64. */
        String privateKey();

        /** Retired keys that proofs already handed out still name, as {@code id:base64} X.509 public keys. */
        Optional<List<String>> retiredPublicKeys();
    }

    /** The AES-256 key-encryption keys that wrap each report's data key. */
    interface Identity {

        /** The name of the key new identities are sealed with, stored with each; a new name for a new key. */
        String kekId();

        /** The key-encryption key: 32 bytes, base64. */
        String kek();

        /** Retired key-encryption keys, as {@code id:base64} items: identities sealed under them still open. */
        Optional<List<String>> retiredKeks();
    }
}
