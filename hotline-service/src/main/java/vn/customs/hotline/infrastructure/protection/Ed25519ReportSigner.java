package vn.customs.hotline.infrastructure.protection;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import vn.customs.hotline.domain.protection.ProofOfReport;
import vn.customs.hotline.domain.protection.ReportSigner;

/**
 * Signs proofs of report with the JDK's Ed25519 under the configured key, and verifies them against it and the
 * retired public keys. The public key is derived from the private one, so the two cannot disagree.
 */
@Startup
@ApplicationScoped
public class Ed25519ReportSigner implements ReportSigner {

    private static final String ALGORITHM = "Ed25519";
    private static final int SIGNATURE_BYTES = 64;
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 raw key bytes. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final String PRIVATE_KEY = "hotline.protection.proof.private-key";
    private static final String RETIRED = "hotline.protection.proof.retired-public-keys";

    private final String keyId;
    private final PrivateKey privateKey;
    private final Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
    private final Map<String, String> pems = new LinkedHashMap<>();

    @Inject
    Ed25519ReportSigner(ProtectionConfig config) {
        this(config.proof().keyId(), config.proof().privateKey(), config.proof().retiredPublicKeys());
    }

    Ed25519ReportSigner(String keyId, String privateKeyBase64, Optional<List<String>> retiredPublicKeys) {
        this.keyId = ProtectionKeys.id("hotline.protection.proof.key-id", keyId);
        byte[] pkcs8 = ProtectionKeys.decode(PRIVATE_KEY, this.keyId, privateKeyBase64);
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            this.privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            byte[] seed = ((EdECPrivateKey) privateKey)
                    .getBytes()
                    .orElseThrow(() -> new IllegalArgumentException(PRIVATE_KEY + " has no key bytes"));
            byte[] raw =
                    new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
            add(this.keyId, spki(raw));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException(
                    PRIVATE_KEY + " (key " + this.keyId + ") is not an Ed25519 private key in PKCS#8 DER, base64");
        }
        ProtectionKeys.retired(RETIRED, retiredPublicKeys, this.keyId)
                .forEach((id, base64) -> add(id, ProtectionKeys.decode(RETIRED, id, base64)));
        ProofOfReport probe = sign(new UUID(0, 0), Instant.EPOCH, "start-up self-check");
        if (!verify(probe)) {
            throw new IllegalStateException(PRIVATE_KEY + " (key " + this.keyId + ") does not verify what it signs");
        }
    }

    private void add(String id, byte[] x509) {
        try {
            publicKeys.put(id, KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    RETIRED + ": the key " + id + " is not an Ed25519 public key in X.509 DER, base64");
        }
        pems.put(id, pem(x509));
    }

    @Override
    public ProofOfReport sign(UUID reportId, Instant receivedAt, String contentHash) {
        ProofOfReport unsigned = new ProofOfReport(reportId.toString(), receivedAt, contentHash, keyId, null);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(unsigned.statement());
            String signature = Base64.getEncoder().encodeToString(signer.sign());
            return new ProofOfReport(unsigned.reportId(), receivedAt, contentHash, keyId, signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A proof of report could not be signed", e);
        }
    }

    @Override
    public boolean verify(ProofOfReport proof) {
        if (proof == null
                || proof.reportId() == null
                || proof.receivedAt() == null
                || proof.contentHash() == null
                || proof.keyId() == null
                || proof.signature() == null) {
            return false;
        }
        PublicKey key = publicKeys.get(proof.keyId());
        if (key == null) {
            return false;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(proof.signature());
            if (signature.length != SIGNATURE_BYTES) {
                return false;
            }
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(proof.statement());
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public Map<String, String> publicKeys() {
        return Collections.unmodifiableMap(pems);
    }

    private static byte[] spki(byte[] raw) {
        byte[] x509 = new byte[SPKI_PREFIX.length + raw.length];
        System.arraycopy(SPKI_PREFIX, 0, x509, 0, SPKI_PREFIX.length);
        System.arraycopy(raw, 0, x509, SPKI_PREFIX.length, raw.length);
        return x509;
    }

    private static String pem(byte[] x509) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(x509)
                + "\n-----END PUBLIC KEY-----\n";
    }
}
